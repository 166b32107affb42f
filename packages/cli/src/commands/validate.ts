import {
  COLLECTION_FILES,
  FIELD_HEADERS,
  type ValidationIssue,
  type ValidationResult,
  validateDataset,
} from '@org/party-core';
import { renderTable } from '../format/table';
import type { Lang } from '../i18n';

/** Fields whose values are never printed: they identify a person. */
const HIDDEN_VALUE_FIELDS = new Set(['fullName']);

const SEVERITY_LABEL = {
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  notice: { vi: 'lưu ý', en: 'notice' },
} as const;

/** Counts of issues by severity. */
export function countIssues(issues: readonly ValidationIssue[]) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

function placeName(kind: ValidationIssue['location']['kind'], lang: Lang): string {
  if (kind === 'dataset') return lang === 'vi' ? 'Toàn bộ dữ liệu' : 'Whole dataset';
  const file = COLLECTION_FILES[kind];
  return `${lang === 'vi' ? file.vi : file.en} (${file.file})`;
}

function valueText(issue: ValidationIssue): string {
  if (issue.value === undefined || HIDDEN_VALUE_FIELDS.has(issue.location.field ?? '')) return '';
  const text = typeof issue.value === 'string' ? issue.value : JSON.stringify(issue.value);
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

/**
 * Renders a validation result as text: a summary line, then a table of
 * problems per file. Rows are counted from 1 as records of the JSON file.
 */
export function renderValidation(
  path: string,
  result: ValidationResult,
  lang: Lang,
  width: number,
): string {
  const counts = countIssues(result.issues);
  const vi = lang === 'vi';
  const lines: string[] = [];
  lines.push(`${vi ? 'Tệp' : 'File'}: ${path}`);
  const read = vi
    ? `Đã đọc ${result.data.organizations.length} tổ chức, ${result.data.members.length} đảng viên, ${result.data.movements.length} biến động.`
    : `Read ${result.data.organizations.length} organisations, ${result.data.members.length} members, ${result.data.movements.length} movements.`;
  lines.push(read);
  const verdict = result.ok ? (vi ? 'Hợp lệ' : 'Valid') : vi ? 'Không hợp lệ' : 'Not valid';
  lines.push(
    vi
      ? `${verdict}: ${counts.error} lỗi, ${counts.warning} cảnh báo, ${counts.notice} lưu ý.`
      : `${verdict}: ${counts.error} errors, ${counts.warning} warnings, ${counts.notice} notices.`,
  );

  const groups = new Map<ValidationIssue['location']['kind'], ValidationIssue[]>();
  for (const issue of result.issues) {
    const group = groups.get(issue.location.kind) ?? [];
    group.push(issue);
    groups.set(issue.location.kind, group);
  }
  for (const [kind, issues] of groups) {
    lines.push('', placeName(kind, lang));
    const headers = vi
      ? ['Bản ghi', 'Cột', 'Mức', 'Giá trị', 'Nội dung']
      : ['Record', 'Column', 'Level', 'Value', 'Message'];
    const rows = issues.map((issue) => {
      const { index, field } = issue.location;
      const headerMap = FIELD_HEADERS[kind as keyof typeof FIELD_HEADERS] as
        | Record<string, string>
        | undefined;
      const column = field === undefined ? '' : vi ? (headerMap?.[field] ?? field) : field;
      return [
        index === undefined ? '' : String(index + 1),
        column,
        SEVERITY_LABEL[issue.severity][lang],
        valueText(issue),
        issue.message[lang],
      ];
    });
    lines.push(renderTable(headers, rows, width));
  }
  return `${lines.join('\n')}\n`;
}

/** Validates the raw input and returns the result with its JSON form. */
export function runValidation(input: unknown, asOf: string | undefined): ValidationResult {
  return validateDataset(input, asOf === undefined ? {} : { asOf });
}

/** The `--json` output of `party validate`. */
export function validationJson(path: string, result: ValidationResult): string {
  return `${JSON.stringify({ file: path, ok: result.ok, counts: countIssues(result.issues), issues: result.issues }, null, 2)}\n`;
}
