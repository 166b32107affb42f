import { COLLECTION_NAMES, FIELD_HEADERS, type ValidationIssue } from '@org/party-core';
import type { ImportIssue, ImportResult } from '@org/party-import';
import type { IssueCounts, Lang, RecordCounts, WebIssue } from './schemas';

/** Fields whose values are never sent back: they identify a person. */
const HIDDEN_VALUE_FIELDS = new Set(['fullName']);
/** Longest value sent back, in characters. */
const MAX_VALUE_LENGTH = 200;

/**
 * Splits a catalogue message (“what is wrong. What to do.”) into its two
 * parts: the Vietnamese advice starts with “Hãy”; otherwise the last sentence
 * is the advice. A message of one sentence has no separate hint.
 */
export function splitMessage(text: string): { message: string; hint: string } {
  const advice = text.search(/(?<=[.!?])\s+Hãy\s/u);
  if (advice > 0) return { message: text.slice(0, advice), hint: text.slice(advice).trim() };
  const boundaries = [...text.matchAll(/[.!?]\s+(?=\p{Lu})/gu)];
  const last = boundaries.at(-1);
  if (last?.index === undefined) return { message: text, hint: '' };
  const cut = last.index + 1;
  return { message: text.slice(0, cut), hint: text.slice(cut).trim() };
}

function valueText(issue: ValidationIssue): string | undefined {
  if (issue.value === undefined || issue.value === null) return undefined;
  if (HIDDEN_VALUE_FIELDS.has(issue.location.field ?? '')) return undefined;
  const text =
    typeof issue.value === 'string'
      ? issue.value
      : issue.value instanceof Date
        ? issue.value.toISOString().slice(0, 10)
        : JSON.stringify(issue.value);
  if (text === undefined || text === '') return undefined;
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

function jsonColumn(issue: ValidationIssue, lang: Lang): string | undefined {
  const { kind, field } = issue.location;
  if (field === undefined || kind === 'dataset') return undefined;
  const headers = FIELD_HEADERS[kind as keyof typeof FIELD_HEADERS] as
    | Readonly<Record<string, string>>
    | undefined;
  return lang === 'vi' ? (headers?.[field] ?? field) : field;
}

/**
 * Turns an import issue into the web's flat form, in the request's language.
 * Issues without a place in the files (core issues passed directly) keep the
 * record kind as their file.
 *
 * @internal
 */
export function toWebIssue(issue: ImportIssue | ValidationIssue, lang: Lang): WebIssue {
  const source = 'source' in issue ? issue.source : undefined;
  const { message, hint } = splitMessage(issue.message[lang]);
  const json = source === undefined || /\.json$/iu.test(source.file);
  const out: WebIssue = {
    severity: issue.severity,
    code: issue.code,
    message,
    hint,
    file: source?.file ?? issue.location.kind,
  };
  if (source?.sheet !== undefined) out.sheet = source.sheet;
  if (source?.row !== undefined) out.row = source.row;
  if (json && issue.location.index !== undefined) out.record = issue.location.index + 1;
  const column = json ? jsonColumn(issue, lang) : source?.column;
  if (column !== undefined) out.column = column;
  const value = valueText(issue);
  if (value !== undefined) out.value = value;
  return out;
}

/** Counts issues by severity. @internal */
export function countIssues(issues: readonly ValidationIssue[]): IssueCounts {
  const counts = { errors: 0, warnings: 0, notices: 0 };
  for (const issue of issues) {
    if (issue.severity === 'error') counts.errors += 1;
    else if (issue.severity === 'warning') counts.warnings += 1;
    else counts.notices += 1;
  }
  return counts;
}

/** Record counts of an import. @internal */
export function recordCounts(result: ImportResult): RecordCounts {
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, result.data[name].length]),
  ) as RecordCounts;
}
