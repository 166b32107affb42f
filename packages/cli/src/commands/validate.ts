import { COLLECTION_FILES, OptionalWindow } from '@org/party-core';
import {
  countIssues,
  type ImportIssue,
  type ImportResult,
  type PresentedIssue,
  presentIssue,
  withoutPersonalData,
} from '@org/party-import';
import type { Command } from 'commander';
import { EXIT } from '../exitCodes';
import { renderTable } from '../format/table';
import { type Lang, type TextKey, text } from '../i18n';
import { loadDataset } from '../loadDataset';
import { addCommand, type CommandContext, terminalWidth, windowOptions } from './context';

/** The longest value a validation table shows; a longer one is cut with `…`. */
const MAX_VALUE_LENGTH = 24;

const SEVERITY_KEY: Record<ImportIssue['severity'], TextKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  notice: 'severityNotice',
};

/** The group an issue is listed under: the CSV file, the sheet, or the JSON collection. */
function groupOf(issue: ImportIssue, format: ImportResult['format'], lang: Lang): string {
  if (format === 'xlsx' && issue.source.sheet) {
    return text(lang, 'groupSheet', { sheet: issue.source.sheet });
  }
  if (format === 'csv') return text(lang, 'groupFile', { file: issue.source.file });
  const kind = issue.location.kind;
  if (kind === 'dataset') return text(lang, 'groupDataset');
  const file = COLLECTION_FILES[kind];
  return `${file[lang]} (${file.file})`;
}

/** The row as a spreadsheet user counts it, or `#n` for the n-th record of a JSON collection. */
function rowText(issue: PresentedIssue): string {
  if (issue.row !== undefined) return String(issue.row);
  if (issue.record !== undefined) return `#${issue.record}`;
  return '';
}

/** One issue as a row of the table: row, column, level, value, message and what to do. */
function issueRow(issue: ImportIssue, lang: Lang): string[] {
  const shown = presentIssue(issue, lang, { maxValueLength: MAX_VALUE_LENGTH });
  return [
    rowText(shown),
    shown.column ?? '',
    text(lang, SEVERITY_KEY[shown.severity]),
    shown.value ?? '',
    shown.hint ? `${shown.message} ${shown.hint}` : shown.message,
  ];
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
  const { data } = result;
  const lines: string[] = [
    text(lang, 'datasetLine', { path }),
    text(lang, 'datasetRead', {
      organizations: data.organizations.length,
      members: data.members.length,
      movements: data.movements.length,
    }),
    text(lang, 'issueCounts', { verdict: text(lang, result.ok ? 'valid' : 'notValid'), ...counts }),
  ];
  const groups = new Map<string, ImportIssue[]>();
  for (const issue of result.issues) {
    const key = groupOf(issue, result.format, lang);
    groups.set(key, [...(groups.get(key) ?? []), issue]);
  }
  const headers = (
    ['columnRow', 'columnColumn', 'columnLevel', 'columnValue', 'columnMessage'] as const
  ).map((key) => text(lang, key));
  for (const [group, issues] of groups) {
    lines.push('', group);
    lines.push(
      renderTable(
        headers,
        issues.map((issue) => issueRow(issue, lang)),
        width,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The `--json` output of `party validate`: every issue in its canonical form, personal data left out. */
export function validationJson(path: string, result: ImportResult): string {
  const body = {
    file: path,
    format: result.format,
    ok: result.ok,
    counts: countIssues(result.issues),
    issues: result.issues.map((issue) => withoutPersonalData(issue)),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/**
 * Stops a command whose data has errors: says why on stderr, lists the
 * problems on stdout and sets exit status 1.
 */
export function refuseInvalidData(
  context: CommandContext,
  path: string,
  result: ImportResult,
  why: TextKey,
): void {
  const { io, lang } = context;
  io.stderr.write(text(lang, why));
  io.stdout.write(renderValidation(path, result, lang, terminalWidth(io)));
  context.setExit(EXIT.invalidData);
}

/** `party validate <dataset>`: lists every error, warning and notice; exit 1 when there is an error. */
export function validateCommand(program: Command, context: CommandContext): void {
  const { io, lang } = context;
  addCommand(program, lang, {
    name: 'validate',
    description: 'validateDescription',
    dataset: 'datasetArgument',
    usage: 'datasetUsage',
    examples: [
      'party validate examples/minimal/dataset.json',
      'party validate du-lieu.json --as-of 2026-03-01 --json',
    ],
    exitCodes: true,
  })
    .option('--json', text(lang, 'jsonOption'))
    .option('--as-of <date>', text(lang, 'asOfOption'))
    .action(async (path: string, options: { json?: boolean; asOf?: string }) => {
      const { asOf } = windowOptions(OptionalWindow, { asOf: options.asOf });
      const result = await loadDataset(path, io, lang, asOf);
      io.stdout.write(
        options.json
          ? validationJson(path, result)
          : renderValidation(path, result, lang, terminalWidth(io)),
      );
      context.setExit(result.ok ? EXIT.ok : EXIT.invalidData);
    });
}
