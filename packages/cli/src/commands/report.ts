import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  definePlugin,
  describeGaps,
  type FindingsMode,
  InvalidArgumentError,
  narrativeNamesOtherWard,
  type PreparedReport,
  prepareReport,
  type RendererPlugin,
  ReportTemplate,
  StatsWindow,
  selectRenderers,
  withFindings,
} from '@org/party-core';
import {
  type NarrativeProblem,
  type ReportNarrative,
  readReportNarrative,
} from '@org/party-import/node';
import { type Command, Option } from 'commander';
import { EXIT } from '../exitCodes';
import { type Lang, text } from '../i18n';
import { addCommand, type CommandContext, windowOptions } from './context';
import { runKindReport } from './reportKind';
import { loadDataOf } from './store';
import { refuseInvalidData } from './validate';

/**
 * The narrative as `readReportNarrative` reads it (the template, or the
 * problems that stop the report), each problem's message in the CLI's language.
 */
export type LoadedNarrative =
  | Extract<ReportNarrative, { ok: true }>
  | {
      readonly ok: false;
      readonly problems: readonly (Omit<NarrativeProblem, 'message'> & {
        readonly message: string;
      })[];
    };

/**
 * Reads the ward's narrative (`readReportNarrative` of the import package:
 * a Markdown file, a folder of them, or a JSON template), with its problems
 * in the CLI's language.
 */
export async function loadNarrative(
  path: string,
  cwd: string,
  lang: Lang,
): Promise<LoadedNarrative> {
  const narrative = await readReportNarrative(path, { cwd });
  if (narrative.ok) return narrative;
  return {
    ok: false,
    problems: narrative.problems.map((problem) => ({ ...problem, message: problem.message[lang] })),
  };
}

/**
 * Loads a ward's own renderer plugin: a module path (`./my-format.js`) or a
 * package name whose default export, or any named export, is a renderer.
 */
export async function loadRendererModule(
  spec: string,
  cwd: string,
  lang: Lang,
): Promise<RendererPlugin[]> {
  const url =
    spec.startsWith('.') || spec.startsWith('/') || /^[A-Za-z]:[\\/]/u.test(spec)
      ? pathToFileURL(resolve(cwd, spec)).href
      : spec;
  let module: Record<string, unknown>;
  try {
    module = (await import(url)) as Record<string, unknown>;
  } catch {
    throw new InvalidArgumentError(text(lang, 'pluginNotLoaded', { spec }));
  }
  const plugins = Object.values(module).filter(
    (value): value is RendererPlugin =>
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { format?: unknown }).format === 'string' &&
      typeof (value as { render?: unknown }).render === 'function',
  );
  if (plugins.length === 0) {
    throw new InvalidArgumentError(text(lang, 'pluginHasNoRenderer', { spec }));
  }
  return [...new Set(plugins)].map((plugin) => definePlugin(plugin));
}

/**
 * The files to write: one per format, named after `-o` with the format's
 * extension (`-o bao-cao.docx --format docx,html` writes `bao-cao.docx` and
 * `bao-cao.html`).
 */
export function outputPaths(
  output: string,
  renderers: readonly RendererPlugin[],
  known: readonly RendererPlugin[],
): string[] {
  const extension = extname(output).slice(1).toLowerCase();
  const base =
    extension !== '' && known.some((plugin) => plugin.extension === extension)
      ? output.slice(0, -(extension.length + 1))
      : output;
  return renderers.map((plugin) => `${base}.${plugin.extension}`);
}

/** Writes the rendered files, refusing to overwrite unless forced; returns the paths written. */
export async function writeReports(
  model: PreparedReport['model'],
  renderers: readonly RendererPlugin[],
  paths: readonly string[],
  cwd: string,
  force: boolean,
  lang: Lang,
): Promise<string[]> {
  const targets = paths.map((path) => resolve(cwd, path));
  if (!force) {
    const existing = paths.filter((_, i) => existsSync(targets[i] as string));
    if (existing.length > 0) {
      const quoted = existing.map((p) => `“${p}”`).join(', ');
      throw new InvalidArgumentError(text(lang, 'reportsExist', { paths: quoted }));
    }
  }
  const rendered = await Promise.all(renderers.map((plugin) => plugin.render(model)));
  for (const [i, bytes] of rendered.entries()) {
    const target = targets[i] as string;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
  return [...paths];
}

/** The options of `party report`; `--as-of`, `--from` and `--narrative` are required unless `--kind xep-loai`. */
export interface ReportOptions {
  readonly asOf: string;
  readonly from: string;
  readonly narrative: string;
  readonly kind?: string;
  readonly year?: string;
  readonly output: string;
  readonly format?: string[];
  readonly plugin?: string[];
  readonly force?: boolean;
  readonly draft?: boolean;
  readonly findings?: FindingsMode;
  readonly store?: string;
  readonly storeVersion?: string;
}

/**
 * The renderers for `--format` (or, without it, the extension of `-o`, else
 * DOCX) among the installed ones and those `--plugin` loads.
 */
export async function chooseRenderers(options: ReportOptions, context: CommandContext) {
  const plugins = [...context.renderers];
  for (const spec of options.plugin ?? []) {
    plugins.push(...(await loadRendererModule(spec, context.io.cwd, context.lang)));
  }
  const formats = (options.format ?? [])
    .flatMap((format) => format.split(','))
    .map((format) => format.trim())
    .filter(Boolean);
  if (formats.length === 0) {
    const extension = extname(options.output).slice(1).toLowerCase();
    formats.push(plugins.some((p) => p.extension === extension) ? extension : 'docx');
  }
  const renderers = selectRenderers(
    plugins,
    formats.map(
      (format) => plugins.find((p) => p.extension === format.toLowerCase())?.format ?? format,
    ),
  );
  return { plugins, renderers };
}

/** Says what the report found on stderr: the figures the data lacks, and the stated figures that differ. */
export function printFindings(
  report: Pick<PreparedReport, 'gaps' | 'mismatches'>,
  context: CommandContext,
): void {
  const { io, lang } = context;
  if (report.gaps.length > 0) {
    io.stderr.write(`${text(lang, 'reportMissingFigures')}\n`);
    for (const line of describeGaps(report.gaps, lang)) io.stderr.write(`  ${line}\n`);
  }
  if (report.mismatches.length > 0) {
    io.stderr.write(`${text(lang, 'reportMismatches')} (${report.mismatches.length}):\n`);
    for (const m of report.mismatches) {
      const values = {
        section: m.section,
        placeholder: m.placeholder,
        stated: m.stated,
        computed: m.computed,
        how: m.how[lang],
        context: m.context ?? String(m.stated),
      };
      const key =
        m.kind === 'citation'
          ? 'reportCitationMismatch'
          : m.kind === 'text'
            ? 'reportTextMismatch'
            : 'reportMismatch';
      const line = text(lang, key, values);
      io.stderr.write(`${line}\n`);
    }
  }
}

/** Runs `party report`: read the narrative and the data, prepare the report, render it. */
async function runReport(
  path: string | undefined,
  options: ReportOptions,
  context: CommandContext,
) {
  const { io, lang } = context;
  const window = windowOptions(StatsWindow, options);
  const { plugins, renderers } = await chooseRenderers(options, context);
  const narrative = await loadNarrative(options.narrative, io.cwd, lang);
  if (!narrative.ok) {
    io.stderr.write(text(lang, 'narrativeHasProblems'));
    for (const problem of narrative.problems) {
      const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
      io.stdout.write(`  ${where}: ${problem.message}\n`);
    }
    context.setExit(EXIT.invalidData);
    return;
  }
  const result = await loadDataOf(path, options, window.asOf, context, {
    action: 'report',
    detail: { asOf: window.asOf, from: window.from, output: options.output },
  });
  if (!result.ok) {
    refuseInvalidData(context, path ?? '', result, 'reportNeedsValidData');
    return;
  }
  const template = ReportTemplate.parse(narrative.template);
  const report = prepareReport(result.data, template, window);
  const otherWard = narrativeNamesOtherWard(template, result.data.ward);
  if (otherWard) io.stderr.write(text(lang, 'reportOtherWard', { ...otherWard }));
  if (report.errors.length > 0) {
    io.stderr.write(text(lang, 'reportPlaceholderErrors'));
    for (const error of report.errors) {
      io.stdout.write(`  ${error.section}: {{${error.placeholder}}} — ${error.message[lang]}\n`);
    }
    context.setExit(EXIT.invalidData);
    return;
  }
  // A missing figure is never printed in a report meant to be issued: only a draft marks it.
  if (report.gaps.length > 0 && options.draft !== true) {
    io.stderr.write(text(lang, 'reportNeedsFigures'));
    for (const line of describeGaps(report.gaps, lang)) io.stdout.write(`  ${line}\n`);
    io.stderr.write(text(lang, 'reportNeedsFiguresHint'));
    context.setExit(EXIT.invalidData);
    return;
  }
  const paths = outputPaths(options.output, renderers, plugins);
  const force = options.force === true;
  const model = withFindings(report.model, report.mismatches, options.findings);
  const written = await writeReports(model, renderers, paths, io.cwd, force, lang);
  io.stdout.write(`${text(lang, 'reportWritten')} ${written.join(', ')}\n`);
  printFindings(report, context);
  context.setExit(EXIT.ok);
}

const REQUIRED_WITH_NARRATIVE = [
  ['--as-of <date>', 'asOf'],
  ['--from <date>', 'from'],
  ['--narrative <path>', 'narrative'],
] as const;

/** `party report <dataset> --as-of --from --narrative -o`: the report in DOCX, HTML or Markdown. */
export function reportCommand(program: Command, context: CommandContext): void {
  const { lang } = context;
  const command = addCommand(program, lang, {
    name: 'report',
    description: 'reportDescription',
    dataset: 'datasetArgument',
    optionalDataset: true,
    usage: 'reportUsage',
    examples: [
      'party report du-lieu.xlsx --as-of 2026-03-01 --from 2025-07-01 --narrative bao-cao.md -o bao-cao.docx',
      'party report thu-muc-csv/ --as-of 2026-03-01 --from 2025-07-01 --narrative noi-dung/ -o ra/bao-cao --format docx html md',
      'party report --store .party --store-version 2 --as-of 2026-03-01 --from 2025-07-01 --narrative bao-cao.md -o bao-cao.docx',
      'party report du-lieu.xlsx --kind xep-loai --year 2025 -o xep-loai-2025.docx',
    ],
    exitCodes: true,
  });
  command
    .option('--as-of <date>', text(lang, 'statsAsOfOption'))
    .option('--from <date>', text(lang, 'fromOption'))
    .option('--narrative <path>', text(lang, 'narrativeOption'))
    .requiredOption('-o, --output <file>', text(lang, 'reportOutputOption'))
    .option('--format <formats...>', text(lang, 'formatOption'))
    .option('--plugin <module...>', text(lang, 'pluginOption'))
    .option('--force', text(lang, 'forceOption'))
    .option('--draft', text(lang, 'draftOption'))
    .addOption(
      new Option('--findings <mode>', text(lang, 'findingsOption'))
        .choices(['comments', 'appendix'])
        .default('comments'),
    )
    .option('--store <dir>', text(lang, 'storeOption'))
    .option('--store-version <n>', text(lang, 'storeVersionOption'))
    .option('--kind <kind>', text(lang, 'kindOption'))
    .option('--year <year>', text(lang, 'yearOption'))
    .action((path: string | undefined, options: ReportOptions) => {
      if (options.kind !== undefined) return runKindReport(path, options, context);
      // Required for a report from a narrative (commander's own wording and status).
      for (const [flag, value] of REQUIRED_WITH_NARRATIVE) {
        if (options[value] === undefined) {
          command.error(`error: required option '${flag}' not specified`, {
            exitCode: EXIT.usage,
            code: 'commander.missingMandatoryOptionValue',
          });
        }
      }
      return runReport(path, options, context);
    });
}
