import { labelKey, normalizeText } from '../../common/text';
import { ReportSignature } from '../reportModel';
import type { Problem } from './markdownProblem';
import { parseVietnameseDate } from './parseStated';

/**
 * The fields of the front matter, by their Vietnamese name (matched
 * ignoring case and diacritics) with an English alias.
 */
const FIELDS = {
  captren: 'superior',
  superior: 'superior',
  capuy: 'committee',
  committee: 'committee',
  so: 'number',
  number: 'number',
  kyhieu: 'type',
  type: 'type',
  coquan: 'issuer',
  issuer: 'issuer',
  diadanh: 'place',
  place: 'place',
  ngay: 'date',
  date: 'date',
  trichyeu: 'summary',
  summary: 'summary',
  mau: 'outline',
  outline: 'outline',
  thamquyen: 'authority',
  authority: 'authority',
  chucvu: 'position',
  position: 'position',
  nguoiky: 'name',
  signer: 'name',
} as const;
type Field = (typeof FIELDS)[keyof typeof FIELDS];

/** The fields written in the front matter, each with its value and line. */
export type FrontMatter = Partial<Record<Field, { readonly value: string; readonly line: number }>>;

/**
 * Reads the front matter between the `---` lines at the top, if any, and
 * gives the index of the first line of the body.
 */
export function readFrontMatter(
  lines: readonly string[],
  problem: Problem,
): { fields: FrontMatter; bodyStart: number } {
  const fields: FrontMatter = {};
  if (lines[0]?.trim() !== '---') return { fields, bodyStart: 0 };
  let index = 1;
  while (index < lines.length && lines[index]?.trim() !== '---') {
    const line = lines[index] ?? '';
    const colon = line.indexOf(':');
    if (line.trim() !== '') {
      const field =
        colon > 0 ? FIELDS[labelKey(line.slice(0, colon)) as keyof typeof FIELDS] : undefined;
      if (field) fields[field] = { value: normalizeText(line.slice(colon + 1)), line: index + 1 };
      else
        problem(
          index + 1,
          `không hiểu dòng "${line.trim().slice(0, 40)}"; viết "Trường: giá trị", ví dụ "Ngày: 05/02/2026"`,
          `cannot read "${line.trim().slice(0, 40)}"; write "Field: value", e.g. "Ngày: 05/02/2026"`,
        );
    }
    index += 1;
  }
  if (index >= lines.length)
    problem(1, 'phần đầu chưa có dòng "---" đóng lại', 'the front matter has no closing "---"');
  return { fields, bodyStart: index + 1 };
}

function required(fields: FrontMatter, field: Field, vi: string, en: string, problem: Problem) {
  const found = fields[field]?.value;
  if (!found)
    problem(0, `thiếu "${vi}" ở phần đầu tệp`, `"${en}" is missing from the front matter`);
  return found ?? '';
}

/**
 * The document header and the signer's name from the front matter; what is
 * missing or unreadable is a problem (and left empty for the final check).
 */
export function readHeader(fields: FrontMatter, problem: Problem) {
  const superior = required(fields, 'superior', 'Cấp trên', 'superior', problem);
  const committee = required(fields, 'committee', 'Cấp ủy', 'committee', problem);
  const place = required(fields, 'place', 'Địa danh', 'place', problem);
  const signer = required(fields, 'name', 'Người ký', 'signer', problem);
  const dateText = required(fields, 'date', 'Ngày', 'date', problem);
  const date = dateText ? parseVietnameseDate(dateText) : undefined;
  if (dateText && !date) {
    problem(
      fields.date?.line ?? 0,
      `ngày "${dateText}" không đọc được; viết dd/mm/yyyy, ví dụ 05/02/2026`,
      `cannot read the date "${dateText}"; write dd/mm/yyyy, e.g. 05/02/2026`,
    );
  }
  const numberText = required(fields, 'number', 'Số', 'number', problem);
  const number = Number(numberText);
  if (numberText && !(Number.isInteger(number) && number > 0)) {
    problem(
      fields.number?.line ?? 0,
      `số văn bản "${numberText}" phải là số nguyên dương`,
      `the document number "${numberText}" must be a positive whole number`,
    );
  }
  const header = {
    superior,
    committee,
    symbol: {
      number,
      type: fields.type?.value ?? 'BC',
      issuer: fields.issuer?.value ?? 'ĐU',
    },
    place,
    date: date ?? '',
  };
  return { header, signer };
}

/** The authority or position of the signature, upper-cased; a value not in its list is a problem. */
function signatureChoice<K extends 'authority' | 'position'>(
  fields: FrontMatter,
  field: K,
  vi: string,
  fallback: ReportSignature[K],
  problem: Problem,
): ReportSignature[K] {
  const schema = ReportSignature.shape[field];
  const parsed = schema.safeParse((fields[field]?.value ?? fallback).toUpperCase());
  if (parsed.success) return parsed.data as ReportSignature[K];
  const known = schema.options.join(', ');
  problem(
    fields[field]?.line ?? 0,
    `"${vi}" là một trong: ${known}`,
    `"${field}" is one of: ${known}`,
  );
  return fallback;
}

/** The signature block: authority and position (with their defaults) and the signer. */
export function readSignature(
  fields: FrontMatter,
  name: string,
  problem: Problem,
): ReportSignature {
  return {
    authority: signatureChoice(fields, 'authority', 'Thẩm quyền', 'T/M BAN THƯỜNG VỤ', problem),
    position: signatureChoice(fields, 'position', 'Chức vụ', 'BÍ THƯ', problem),
    name,
  };
}
