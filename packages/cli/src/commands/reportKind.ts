import {
  computeStats,
  describeGaps,
  InvalidArgumentError,
  OptionalWindow,
  prepareClassificationReport,
  ReportTemplate,
} from '@org/party-core';
import { EXIT } from '../exitCodes';
import { text } from '../i18n';
import { loadDataset } from '../loadDataset';
import type { CommandContext } from './context';
import { windowOptions } from './context';
import {
  chooseRenderers,
  loadNarrative,
  outputPaths,
  printFindings,
  type ReportOptions,
  writeReports,
} from './report';
import { loadDataOf } from './store';
import { refuseInvalidData } from './validate';

/** The kinds of `party report --kind`, each a report the toolkit writes from the data. */
export const REPORT_KINDS = ['xep-loai'] as const;

/**
 * Runs `party report --kind xep-loai --year YYYY`: the annual classification
 * report of a year present in the data (`prepareClassificationReport` of
 * core), dated `--as-of` (by default 31 December of the year), with the
 * ward's text of a `Mẫu: xep-loai` narrative when `--narrative` gives one.
 * A year the data lacks is core's `year-not-in-data` (exit 1).
 */
export async function runKindReport(
  path: string | undefined,
  options: ReportOptions,
  context: CommandContext,
): Promise<void> {
  const { io, lang } = context;
  if (options.kind !== 'xep-loai') {
    throw new InvalidArgumentError(
      text(lang, 'reportKindUnknown', { kind: options.kind ?? '', kinds: REPORT_KINDS.join(', ') }),
    );
  }
  if (options.year === undefined || !/^\d{4}$/u.test(options.year)) {
    throw new InvalidArgumentError(text(lang, 'reportNeedsYear'));
  }
  const year = Number(options.year);
  const window = windowOptions(OptionalWindow, options);
  const date = window.asOf ?? `${year}-12-31`;
  const { plugins, renderers } = await chooseRenderers(options, context);
  const narrative =
    options.narrative === undefined
      ? undefined
      : await loadNarrative(options.narrative, io.cwd, lang);
  if (narrative && !narrative.ok) {
    io.stderr.write(text(lang, 'narrativeHasProblems'));
    for (const problem of narrative.problems) {
      const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
      io.stdout.write(`  ${where}: ${problem.message}\n`);
    }
    context.setExit(EXIT.invalidData);
    return;
  }
  // A dataset file is checked as of its own date unless --as-of says otherwise.
  const result =
    path !== undefined && options.store === undefined
      ? await loadDataset(path, io, lang, window.asOf)
      : await loadDataOf(path, options, date, context, {
          action: 'report',
          detail: { kind: options.kind, year, asOf: date, output: options.output },
        });
  if (!result.ok) {
    refuseInvalidData(context, path ?? '', result, 'reportNeedsValidData');
    return;
  }
  const template = narrative ? ReportTemplate.parse(narrative.template) : undefined;
  const report = prepareClassificationReport(result.data, {
    year,
    date,
    ...(template
      ? {
          narrative: {
            template,
            stats: computeStats(result.data, { asOf: date, from: window.from ?? `${year}-01-01` }),
          },
        }
      : {}),
  });
  if (report.errors.length > 0) {
    io.stderr.write(text(lang, 'reportPlaceholderErrors'));
    for (const error of report.errors) {
      io.stdout.write(`  ${error.section}: {{${error.placeholder}}} — ${error.message[lang]}\n`);
    }
    context.setExit(EXIT.invalidData);
    return;
  }
  if (report.gaps.length > 0 && options.draft !== true) {
    io.stderr.write(text(lang, 'reportNeedsFigures'));
    for (const line of describeGaps(report.gaps, lang)) io.stdout.write(`  ${line}\n`);
    io.stderr.write(text(lang, 'reportNeedsFiguresHint'));
    context.setExit(EXIT.invalidData);
    return;
  }
  const paths = outputPaths(options.output, renderers, plugins);
  const force = options.force === true;
  const written = await writeReports(report.model, renderers, paths, io.cwd, force, lang);
  io.stdout.write(`${text(lang, 'reportWritten')} ${written.join(', ')}\n`);
  printFindings(report, context);
  context.setExit(EXIT.ok);
}
