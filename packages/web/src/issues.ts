import { COLLECTION_NAMES, type ValidationIssue } from '@org/party-core';
import {
  countIssues as countBySeverity,
  type ImportIssue,
  type ImportResult,
  presentIssue,
} from '@org/party-import';
import type { IssueCounts, Lang, RecordCounts, WebIssue } from './schemas';

/** Longest value sent back, in characters. */
const MAX_VALUE_LENGTH = 200;

/**
 * Turns an import issue into the web's flat form, in the request's language:
 * import's `presentIssue`, the one presenter of problems (the personal-data
 * rule, the headers and the hints are the CLI's too). Issues without a place
 * in the files (core issues passed directly) keep the record kind as their file.
 *
 * @internal
 */
export function toWebIssue(issue: ImportIssue | ValidationIssue, lang: Lang): WebIssue {
  return { ...presentIssue(issue, lang, { maxValueLength: MAX_VALUE_LENGTH }) };
}

/** Counts issues by severity, under the response's names. @internal */
export function countIssues(issues: readonly ValidationIssue[]): IssueCounts {
  const counts = countBySeverity(issues);
  return { errors: counts.error, warnings: counts.warning, notices: counts.notice };
}

/** Record counts of an import. @internal */
export function recordCounts(result: ImportResult): RecordCounts {
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, result.data[name].length]),
  ) as RecordCounts;
}
