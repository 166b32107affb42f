import {
  FIELD_HEADERS,
  type IssueSeverity,
  type MessageLang,
  splitIssueMessage,
  type ValidationIssue,
} from '@org/party-core';
import type { ImportIssue } from '../issues';

/** Fields whose values are never shown: they identify a person (Nghị định 13/2023/NĐ-CP). */
const HIDDEN_VALUE_FIELDS: ReadonlySet<string> = new Set(['fullName']);

/**
 * One problem as a person reads it (vấn đề dữ liệu, để hiển thị): what is
 * wrong, what to do, and where, in one language; personal names never
 * shown. The CLI prints it as a table row, the web adapter sends it as JSON.
 */
export interface PresentedIssue {
  readonly severity: IssueSeverity;
  readonly code: ValidationIssue['code'];
  /** What is wrong. */
  readonly message: string;
  /** What to do; empty when the message says it all. */
  readonly hint: string;
  /** The CSV file, the workbook, the JSON file, or the record kind when the issue has no file. */
  readonly file: string;
  /** The worksheet, for a workbook. */
  readonly sheet?: string;
  /** Row as a spreadsheet user counts it (header = 1). */
  readonly row?: number;
  /** Record number (from 1) in its collection, for canonical JSON. */
  readonly record?: number;
  /** The column header as written (for JSON, the field's header in the language asked). */
  readonly column?: string;
  /** The value as written, cut to `maxValueLength`; left out for personal data. */
  readonly value?: string;
}

/** Options of {@link presentIssue}. */
export interface PresentOptions {
  /** Longest value shown, in characters; a longer one is cut with `…`. Default 200. */
  readonly maxValueLength?: number;
}

/** Whether an issue is located in canonical JSON (or not in a file at all): its place is a record and a field. */
function inJson(issue: ImportIssue | ValidationIssue): boolean {
  return !('source' in issue) || /\.json$/iu.test(issue.source.file);
}

/** The field's header in `lang`: Vietnamese headers from the data contract, the field name in English. */
function fieldHeader(issue: ImportIssue | ValidationIssue, lang: MessageLang): string | undefined {
  const { kind, field } = issue.location;
  if (field === undefined || kind === 'dataset') return undefined;
  const headers = FIELD_HEADERS[kind as keyof typeof FIELD_HEADERS] as
    | Readonly<Record<string, string>>
    | undefined;
  return lang === 'vi' ? (headers?.[field] ?? field) : field;
}

/** The value as shown, or undefined for none or for personal data. */
function shownValue(issue: ImportIssue | ValidationIssue, max: number): string | undefined {
  const value = issue.value;
  if (value === undefined || value === null) return undefined;
  if (HIDDEN_VALUE_FIELDS.has(issue.location.field ?? '')) return undefined;
  const text =
    typeof value === 'string'
      ? value
      : value instanceof Date
        ? value.toISOString().slice(0, 10)
        : JSON.stringify(value);
  if (text === undefined || text === '') return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Presents an import issue (or a core issue with no file) in one language:
 * the one presenter of problems, used by `party validate` and the web
 * adapter, so both apply the same personal-data rule, headers and hints.
 *
 * @example
 * presentIssue(result.issues[0], 'vi', { maxValueLength: 24 })
 * // { severity: 'error', code: 'required', message: 'Thiếu …', hint: 'Hãy …', file: 'dang-vien.csv', row: 7, column: 'Ngày sinh' }
 */
export function presentIssue(
  issue: ImportIssue | ValidationIssue,
  lang: MessageLang,
  options: PresentOptions = {},
): PresentedIssue {
  const source = 'source' in issue ? issue.source : undefined;
  const json = inJson(issue);
  const { message, hint } = splitIssueMessage(issue.message[lang]);
  const column = json ? fieldHeader(issue, lang) : source?.column;
  const value = shownValue(issue, options.maxValueLength ?? 200);
  const record = json && issue.location.index !== undefined ? issue.location.index + 1 : undefined;
  return {
    severity: issue.severity,
    code: issue.code,
    message,
    hint,
    file: source?.file ?? issue.location.kind,
    ...(source?.sheet === undefined ? {} : { sheet: source.sheet }),
    ...(source?.row === undefined ? {} : { row: source.row }),
    ...(record === undefined ? {} : { record }),
    ...(column === undefined ? {} : { column }),
    ...(value === undefined ? {} : { value }),
  };
}

/** How many issues of each severity. */
export interface IssueCounts {
  readonly error: number;
  readonly warning: number;
  readonly notice: number;
}

/** Counts issues by severity. */
export function countIssues(issues: readonly { readonly severity: IssueSeverity }[]): IssueCounts {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

/**
 * An issue with its personal data left out, in the canonical form (every
 * field kept, as `party validate --json` prints it).
 */
export function withoutPersonalData<I extends ImportIssue | ValidationIssue>(issue: I): I {
  return HIDDEN_VALUE_FIELDS.has(issue.location.field ?? '')
    ? { ...issue, value: undefined }
    : issue;
}
