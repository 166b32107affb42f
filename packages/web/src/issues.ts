import { COLLECTION_NAMES, type ValidationIssue } from '@org/party-core';
import {
  countIssues as countBySeverity,
  type ImportIssue,
  type ImportResult,
  presentIssue,
} from '@org/party-import';
import { kindTitle } from './issueKinds';
import type { IssueCounts, IssueGroup, Lang, RecordCounts, WebIssue } from './schemas';

/** Longest value sent back, in characters. */
const MAX_VALUE_LENGTH = 200;

/** Most issues listed of one group of warnings or notices; errors are never cut. @internal */
export const MAX_LISTED_PER_GROUP = 200;

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

const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 } as const;

/** The group an issue belongs to: same severity and code, in the same file, sheet and column. */
function groupKey(issue: WebIssue): string {
  const { severity, code, file, sheet, column } = issue;
  return JSON.stringify([severity, code, file, sheet ?? null, column ?? null]);
}

/** The issues of a response, listed and grouped by kind. @internal */
export interface PresentedIssues {
  readonly issues: WebIssue[];
  readonly groups: IssueGroup[];
}

/**
 * Presents the issues of a check, for the page and any other client:
 * every error first, in file order, then the warnings and notices in file
 * order, at most `maxPerGroup` of each group; and the groups, each with its
 * count and the positions of its listed issues, errors first, then warnings,
 * then notices, each in the order of its first issue. No error is ever left
 * out, whatever their number.
 *
 * @internal
 */
export function presentIssues(
  all: readonly (ImportIssue | ValidationIssue)[],
  lang: Lang,
  maxPerGroup: number = MAX_LISTED_PER_GROUP,
): PresentedIssues {
  const groups = new Map<string, IssueGroup>();
  const chosen: { web: WebIssue; group: IssueGroup }[] = [];
  for (const issue of all) {
    const web = toWebIssue(issue, lang);
    const key = groupKey(web);
    let group = groups.get(key);
    if (!group) {
      const { severity, code, file, sheet, column } = web;
      group = {
        severity,
        code,
        title: kindTitle(code, lang),
        file,
        ...(sheet === undefined ? {} : { sheet }),
        ...(column === undefined ? {} : { column }),
        count: 0,
        listed: [],
      };
      groups.set(key, group);
    }
    group.count += 1;
    if (web.severity === 'error' || group.count <= maxPerGroup) chosen.push({ web, group });
  }
  // A stable sort: errors first, each part in file order.
  const errorsFirst = (item: { web: WebIssue }) => (item.web.severity === 'error' ? 0 : 1);
  chosen.sort((a, b) => errorsFirst(a) - errorsFirst(b));
  chosen.forEach(({ group }, index) => {
    group.listed.push(index);
  });
  const ordered = [...groups.values()].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
  return { issues: chosen.map(({ web }) => web), groups: ordered };
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
