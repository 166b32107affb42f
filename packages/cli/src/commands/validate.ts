import { COLLECTION_FILES, FIELD_HEADERS } from '@org/party-core';
import type { ImportIssue, ImportResult } from '@org/party-import';
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
export function countIssues(issues: readonly ImportIssue[]) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

/** The group an issue is listed under: the CSV file, the sheet, or the JSON collection. */
function groupOf(issue: ImportIssue, format: ImportResult['format'], lang: Lang): string {
  const vi = lang === 'vi';
  if (format === 'xlsx' && issue.source.sheet)
    return `${vi ? 'Trang tính' : 'Sheet'} ${issue.source.sheet}`;
  if (format === 'csv') return `${vi ? 'Tệp' : 'File'} ${issue.source.file}`;
  const kind = issue.location.kind;
  if (kind === 'dataset') return vi ? 'Toàn bộ dữ liệu' : 'Whole dataset';
  const file = COLLECTION_FILES[kind];
  return `${vi ? file.vi : file.en} (${file.file})`;
}

function rowText(issue: ImportIssue, format: ImportResult['format']): string {
  if (issue.source.row !== undefined) return String(issue.source.row);
  if (format === 'json' && issue.location.index !== undefined)
    return `#${issue.location.index + 1}`;
  return '';
}

function columnText(issue: ImportIssue, format: ImportResult['format'], lang: Lang): string {
  if (issue.location.kind === 'dataset') return '';
  if (format !== 'json' && issue.source.column !== undefined) return issue.source.column;
  const { kind, field } = issue.location;
  if (field === undefined) return '';
  const headers = FIELD_HEADERS[kind as keyof typeof FIELD_HEADERS] as
    | Record<string, string>
    | undefined;
  return lang === 'vi' ? (headers?.[field] ?? field) : field;
}

function valueText(issue: ImportIssue): string {
  if (issue.value === undefined || HIDDEN_VALUE_FIELDS.has(issue.location.field ?? '')) return '';
  const text = typeof issue.value === 'string' ? issue.value : JSON.stringify(issue.value);
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

/**
 * Renders an import result as text: a summary, then a table of problems per
 * file or sheet (row as a spreadsheet user counts it, header = 1; `#n` for the
 * n-th record of a JSON collection), column as written, value, what to do.
 */
export function renderValidation(
  path: string,
  result: ImportResult,
  lang: Lang,
  width: number,
): string {
  const counts = countIssues(result.issues);
  const vi = lang === 'vi';
  const { data } = result;
  const lines: string[] = [];
  lines.push(`${vi ? 'Dữ liệu' : 'Dataset'}: ${path}`);
  lines.push(
    vi
      ? `Đã đọc ${data.organizations.length} tổ chức, ${data.members.length} đảng viên, ${data.movements.length} biến động.`
      : `Read ${data.organizations.length} organisations, ${data.members.length} members, ${data.movements.length} movements.`,
  );
  const verdict = result.ok ? (vi ? 'Hợp lệ' : 'Valid') : vi ? 'Không hợp lệ' : 'Not valid';
  lines.push(
    vi
      ? `${verdict}: ${counts.error} lỗi, ${counts.warning} cảnh báo, ${counts.notice} lưu ý.`
      : `${verdict}: ${counts.error} errors, ${counts.warning} warnings, ${counts.notice} notices.`,
  );
  const groups = new Map<string, ImportIssue[]>();
  for (const issue of result.issues) {
    const key = groupOf(issue, result.format, lang);
    const group = groups.get(key) ?? [];
    group.push(issue);
    groups.set(key, group);
  }
  const headers = vi
    ? ['Dòng', 'Cột', 'Mức', 'Giá trị', 'Nội dung']
    : ['Row', 'Column', 'Level', 'Value', 'Message'];
  for (const [group, issues] of groups) {
    lines.push('', group);
    const rows = issues.map((issue) => [
      rowText(issue, result.format),
      columnText(issue, result.format, lang),
      SEVERITY_LABEL[issue.severity][lang],
      valueText(issue),
      issue.message[lang],
    ]);
    lines.push(renderTable(headers, rows, width));
  }
  return `${lines.join('\n')}\n`;
}

/** The `--json` output of `party validate`. */
export function validationJson(path: string, result: ImportResult): string {
  const issues = result.issues.map((issue) =>
    HIDDEN_VALUE_FIELDS.has(issue.location.field ?? '') ? { ...issue, value: undefined } : issue,
  );
  return `${JSON.stringify(
    {
      file: path,
      format: result.format,
      ok: result.ok,
      counts: countIssues(result.issues),
      issues,
    },
    null,
    2,
  )}\n`;
}
