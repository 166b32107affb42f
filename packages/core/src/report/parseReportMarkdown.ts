import { z } from 'zod';
import { labelKey, normalizeText } from '../common/text';
import { parseVietnameseDate } from './_internal/parseStated';
import { ReportTemplate } from './buildReport';
import { nq21InterimReview } from './nq21InterimReview';
import { BilingualText, ReportSignature } from './reportModel';

/**
 * A problem in a report written as Markdown (lỗi trong tệp nội dung báo
 * cáo): the line (1-based; 0 for the file as a whole) and what to do.
 *
 * @example
 * ReportTextIssue.parse({ line: 3, message: { vi: 'thiếu ngày ban hành', en: 'the date is missing' } })
 */
export const ReportTextIssue = z.object({ line: z.int().nonnegative(), message: BilingualText });
/** A problem in a report written as Markdown. */
export type ReportTextIssue = z.infer<typeof ReportTextIssue>;

/** What {@link parseReportMarkdown} gives: the template when the text is complete, and every problem found. */
export interface ParsedReportMarkdown {
  readonly ok: boolean;
  readonly data?: ReportTemplate;
  readonly issues: readonly ReportTextIssue[];
}

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

/** Outline names accepted by `Mẫu:`. */
const OUTLINES = new Set(['nq21', 'nq21soket', 'soketnq21']);

const RECIPIENTS = 'noinhan';
const DECLARED = 'solieudoichieu';
const HEADING = /^(#{1,6})\s+(.*)$/u;
const NUMBERED = /^(?:([IVXLC]+)\.|(\d+)\.(?!\d)|(\d+)\.(\d+)\.)\s*(.*)$/u;
const FOOTNOTE = /^\[\^([^\]\s]+)\]:\s*(.*)$/u;

interface Heading {
  numeral?: string;
  number?: string;
  sub?: string;
  title: string;
  line: number;
  text: string[];
}

/**
 * Reads a report written as Markdown by the ward (đọc nội dung báo cáo
 * viết bằng Markdown) into a {@link ReportTemplate}:
 *
 * - a front matter between `---` lines with `Cấp trên`, `Cấp ủy`, `Số`,
 *   `Ký hiệu` (default `BC`), `Cơ quan` (default `ĐU`), `Địa danh`, `Ngày`
 *   (`05/02/2026`), `Trích yếu`, `Thẩm quyền` (default `T/M BAN THƯỜNG VỤ`),
 *   `Chức vụ` (default `BÍ THƯ`), `Người ký`, and optionally `Mẫu: nq21`
 *   to lay the text into the outline of the NQ 21 interim review;
 * - the text before the first heading is the opening;
 * - headings numbered `I.`, `1.` and `1.1.` start parts, sections and
 *   subsections (the number of `#` does not matter; under `Mẫu: nq21` the
 *   titles come from the outline and a heading outside it is a problem);
 * - `[^id]: text` lines are footnotes; a `Nơi nhận` heading lists the
 *   recipients as `- ` lines; a `Số liệu đối chiếu` heading lists the
 *   figures the draft states as `- section | placeholder | stated` lines
 *   (other lines there are remarks).
 *
 * Never throws: problems come back with their line.
 *
 * @example
 * const { ok, data, issues } = parseReportMarkdown(text);
 */
export function parseReportMarkdown(text: string): ParsedReportMarkdown {
  const lines = text
    .normalize('NFC')
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n/u);
  const issues: ReportTextIssue[] = [];
  const problem = (line: number, vi: string, en: string) =>
    issues.push({ line, message: { vi, en } });

  const fields: Partial<Record<Field, { value: string; line: number }>> = {};
  let index = 0;
  if (lines[0]?.trim() === '---') {
    index = 1;
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
    index += 1;
  }

  const preamble: string[] = [];
  const headings: Heading[] = [];
  const footnotes: { id: string; text: string }[] = [];
  const recipients: string[] = [];
  const declared: { section: string; placeholder: string; stated: string }[] = [];
  let mode: 'body' | 'recipients' | 'declared' = 'body';
  for (; index < lines.length; index += 1) {
    const raw = lines[index] ?? '';
    const lineNo = index + 1;
    const footnote = FOOTNOTE.exec(raw.trim());
    if (footnote) {
      footnotes.push({ id: footnote[1] as string, text: footnote[2] as string });
      continue;
    }
    const heading = HEADING.exec(raw.trim());
    if (heading) {
      const title = (heading[2] as string).replace(/\*+/gu, '').trim();
      const key = labelKey(title.replace(/:$/u, ''));
      if (key === RECIPIENTS) {
        mode = 'recipients';
        continue;
      }
      if (key === DECLARED) {
        mode = 'declared';
        continue;
      }
      const numbered = NUMBERED.exec(title);
      if (!numbered) {
        problem(
          lineNo,
          `tiêu đề "${title.slice(0, 40)}" chưa có số thứ tự (I., 1. hoặc 1.1.)`,
          `the heading "${title.slice(0, 40)}" has no number (I., 1. or 1.1.)`,
        );
        continue;
      }
      mode = 'body';
      headings.push({
        numeral: numbered[1],
        number: numbered[2],
        sub: numbered[3] === undefined ? undefined : `${numbered[3]}.${numbered[4]}`,
        title: (numbered[5] as string).trim(),
        line: lineNo,
        text: [],
      });
      continue;
    }
    if (mode === 'recipients') {
      if (raw.trim() !== '') recipients.push(raw.trim().replace(/^[-*+]\s*/u, '- '));
      continue;
    }
    if (mode === 'declared') {
      // Only list lines are figures; other lines are the ward's own remarks.
      if (!/^[-*+]\s/u.test(raw.trim())) continue;
      const line = raw.trim().replace(/^[-*+]\s*/u, '');
      const first = line.indexOf('|');
      const last = line.lastIndexOf('|');
      // The placeholder in the middle may carry filters (`movements.struckOff|pad`).
      const cells =
        first === last
          ? [line]
          : [line.slice(0, first), line.slice(first + 1, last), line.slice(last + 1)].map((cell) =>
              cell.trim(),
            );
      if (cells.length !== 3 || cells.some((cell) => cell === '')) {
        problem(
          lineNo,
          'mỗi số liệu đối chiếu viết "- mục | chỗ điền | số nêu trong dự thảo", ví dụ "- I | movements.net | +17"',
          'write each declared figure as "- section | placeholder | stated", e.g. "- I | movements.net | +17"',
        );
      } else {
        declared.push({
          section: cells[0] as string,
          placeholder: (cells[1] as string).replace(/^\{\{|\}\}$/gu, ''),
          stated: cells[2] as string,
        });
      }
      continue;
    }
    (headings.at(-1)?.text ?? preamble).push(raw);
  }

  const value = (field: Field) => fields[field]?.value;
  const required = (field: Field, vi: string, en: string) => {
    const found = value(field);
    if (!found)
      problem(0, `thiếu "${vi}" ở phần đầu tệp`, `"${en}" is missing from the front matter`);
    return found ?? '';
  };
  const superior = required('superior', 'Cấp trên', 'superior');
  const committee = required('committee', 'Cấp ủy', 'committee');
  const place = required('place', 'Địa danh', 'place');
  const name = required('name', 'Người ký', 'signer');
  const dateText = required('date', 'Ngày', 'date');
  const date = dateText ? parseVietnameseDate(dateText) : undefined;
  if (dateText && !date) {
    problem(
      fields.date?.line ?? 0,
      `ngày "${dateText}" không đọc được; viết dd/mm/yyyy, ví dụ 05/02/2026`,
      `cannot read the date "${dateText}"; write dd/mm/yyyy, e.g. 05/02/2026`,
    );
  }
  const numberText = required('number', 'Số', 'number');
  const number = Number(numberText);
  if (numberText && !(Number.isInteger(number) && number > 0)) {
    problem(
      fields.number?.line ?? 0,
      `số văn bản "${numberText}" phải là số nguyên dương`,
      `the document number "${numberText}" must be a positive whole number`,
    );
  }
  if (recipients.length === 0) {
    problem(
      0,
      'chưa có mục "Nơi nhận" với các dòng "- …"',
      'there is no "Nơi nhận" heading with "- …" lines',
    );
  } else if (!recipients.at(-1)?.startsWith('- Lưu ')) {
    problem(
      0,
      'dòng cuối của "Nơi nhận" là nơi lưu, ví dụ "- Lưu VPĐU."',
      'the last recipient files a copy, e.g. "- Lưu VPĐU."',
    );
  }
  const outline = value('outline');
  const useNq21 = outline !== undefined && OUTLINES.has(labelKey(outline));
  if (outline !== undefined && !useNq21) {
    problem(
      fields.outline?.line ?? 0,
      `không có mẫu "${outline}"; mẫu có sẵn: nq21`,
      `no outline "${outline}"; available: nq21`,
    );
  }

  const join = (text: string[]) => text.join('\n').trim();
  const header = {
    superior,
    committee,
    symbol: { number, type: value('type') ?? 'BC', issuer: value('issuer') ?? 'ĐU' },
    place,
    date: date ?? '',
  };
  const authority = ReportSignature.shape.authority.safeParse(
    (value('authority') ?? 'T/M BAN THƯỜNG VỤ').toUpperCase(),
  );
  const position = ReportSignature.shape.position.safeParse(
    (value('position') ?? 'BÍ THƯ').toUpperCase(),
  );
  if (!authority.success) {
    const known = ReportSignature.shape.authority.options.join(', ');
    problem(
      fields.authority?.line ?? 0,
      `"Thẩm quyền" là một trong: ${known}`,
      `"authority" is one of: ${known}`,
    );
  }
  if (!position.success) {
    const known = ReportSignature.shape.position.options.join(', ');
    problem(
      fields.position?.line ?? 0,
      `"Chức vụ" là một trong: ${known}`,
      `"position" is one of: ${known}`,
    );
  }
  const signature: ReportSignature = {
    authority: authority.data ?? 'T/M BAN THƯỜNG VỤ',
    position: position.data ?? 'BÍ THƯ',
    name,
  };

  let template: unknown;
  if (useNq21) {
    const text: Record<string, string> = {};
    let part = '';
    let section = '';
    for (const heading of headings) {
      let key: string;
      if (heading.numeral) {
        part = heading.numeral;
        section = '';
        key = part;
      } else if (heading.number) {
        section = heading.number;
        key = `${part}.${section}`;
      } else {
        key = `${part}.${heading.sub}`;
        if (!heading.sub?.startsWith(`${section}.`)) {
          problem(
            heading.line,
            `mục ${heading.sub} không nằm trong mục ${section}.`,
            `subsection ${heading.sub} is not under section ${section}.`,
          );
        }
      }
      if (key in text)
        problem(heading.line, `mục ${key} viết hai lần`, `heading ${key} is written twice`);
      text[key] = join(heading.text);
    }
    const built = nq21Safe({
      header,
      summary: value('summary'),
      preamble: join(preamble),
      text,
      footnotes,
      recipients,
      signature,
      declared,
    });
    for (const message of built.problems) problem(0, message.vi, message.en);
    template = built.template;
  } else {
    const parts: {
      numeral: string;
      title: string;
      text: string;
      sections: {
        number: string;
        title: string;
        text: string;
        subsections: { number: string; title: string; text: string }[];
      }[];
    }[] = [];
    for (const heading of headings) {
      const body = join(heading.text);
      if (heading.numeral) {
        parts.push({ numeral: heading.numeral, title: heading.title, text: body, sections: [] });
        continue;
      }
      const part = parts.at(-1);
      if (!part) {
        problem(
          heading.line,
          'mục đầu tiên phải là một phần La Mã, ví dụ "# I. ĐẶC ĐIỂM TÌNH HÌNH"',
          'the first heading must be a part with a Roman numeral, e.g. "# I. …"',
        );
        continue;
      }
      if (heading.number) {
        part.sections.push({
          number: `${heading.number}.`,
          title: heading.title,
          text: body,
          subsections: [],
        });
        continue;
      }
      const section = part.sections.at(-1);
      if (!section) {
        problem(
          heading.line,
          `mục ${heading.sub} chưa có mục cấp trên (1., 2., …)`,
          `subsection ${heading.sub} has no section above it`,
        );
        continue;
      }
      section.subsections.push({ number: `${heading.sub}.`, title: heading.title, text: body });
    }
    if (!value('summary'))
      problem(0, 'thiếu "Trích yếu" ở phần đầu tệp', '"summary" is missing from the front matter');
    template = {
      header,
      summary: value('summary') ?? '',
      preamble: join(preamble),
      parts,
      footnotes,
      recipients,
      signature,
      declared,
    };
  }
  if (issues.length > 0) return { ok: false, issues };
  const checked = ReportTemplate.safeParse(template);
  if (!checked.success) {
    return {
      ok: false,
      issues: checked.error.issues.map((issue) => ({
        line: 0,
        message: {
          vi: `nội dung chưa hợp lệ ở ${issue.path.join('.')}: ${issue.message}`,
          en: `invalid content at ${issue.path.join('.')}: ${issue.message}`,
        },
      })),
    };
  }
  return { ok: true, data: checked.data, issues };
}

function nq21Safe(input: Parameters<typeof nq21InterimReview>[0]): {
  template?: ReportTemplate;
  problems: BilingualText[];
} {
  try {
    return { template: nq21InterimReview(input), problems: [] };
  } catch (error) {
    if (error instanceof z.ZodError) {
      return {
        problems: error.issues.map((issue) => ({
          vi: `nội dung chưa hợp lệ ở ${issue.path.join('.')}: ${issue.message}`,
          en: `invalid content at ${issue.path.join('.')}: ${issue.message}`,
        })),
      };
    }
    throw error;
  }
}
