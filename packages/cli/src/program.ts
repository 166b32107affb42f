import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import {
  buildReport,
  computeStats,
  InvalidArgumentError,
  IsoDate,
  PartyError,
  type RendererPlugin,
  type ReportModel,
  selectRenderers,
} from '@org/party-core';
import { docxRenderer } from '@org/party-docx';
import {
  writeCanonicalJson,
  writeTemplateCsvFolder,
  writeTemplateWorkbook,
} from '@org/party-import';
import { htmlRenderer, markdownRenderer } from '@org/party-preview';
import { Command, CommanderError, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { loadNarrative, loadRendererModule, outputPaths, writeReports } from './commands/report';
import { renderValidation, validationJson } from './commands/validate';
import { EXIT, exitCodeFor } from './exitCodes';
import { renderStatsSummary } from './format/statsSummary';
import { detectLang, helpTitle, type Lang, text } from './i18n';
import { type CliIo, useColor } from './io';
import { loadDataset } from './loadDataset';

const RED = (s: string) => `\u001b[31m${s}\u001b[39m`;

function usageMessage(error: CommanderError, lang: Lang): string {
  const vi = lang === 'vi';
  const detail = error.message.replace(/^error:\s*/u, '');
  const suggestion = /\(Did you mean (.+)\?\)/u.exec(detail)?.[1];
  const hint = suggestion
    ? vi
      ? ` Có phải ý bạn là ${suggestion}?`
      : ` Did you mean ${suggestion}?`
    : '';
  const quoted = /'([^']+)'/u.exec(detail)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return vi ? `Tùy chọn không có: ${quoted}.${hint}` : `Unknown option: ${quoted}.${hint}`;
    case 'commander.unknownCommand':
      return vi ? `Lệnh không có: ${quoted}.${hint}` : `Unknown command: ${quoted}.${hint}`;
    case 'commander.missingArgument':
      return vi ? `Thiếu tham số: ${quoted}.` : `Missing argument: ${quoted}.`;
    case 'commander.optionMissingArgument':
      return vi ? `Tùy chọn ${quoted} cần một giá trị.` : `Option ${quoted} needs a value.`;
    case 'commander.excessArguments':
      return vi ? 'Thừa tham số.' : 'Too many arguments.';
    case 'commander.invalidArgument':
      return vi ? `Giá trị không hợp lệ: ${detail}` : `Invalid value: ${detail}`;
    default:
      return detail;
  }
}

function parseIsoDate(lang: Lang) {
  return (value: string) => {
    if (!IsoDate.safeParse(value).success) {
      throw new InvalidArgumentError(
        lang === 'vi'
          ? `Ngày “${value}” không hợp lệ; hãy ghi dạng yyyy-mm-dd, ví dụ 2026-03-01.`
          : `“${value}” is not a valid date; write it as yyyy-mm-dd, e.g. 2026-03-01.`,
      );
    }
    return value;
  };
}

function checkWindow(options: { asOf: string; from: string }, lang: Lang): void {
  if (options.from > options.asOf) {
    throw new InvalidArgumentError(
      lang === 'vi'
        ? `Ngày bắt đầu (--from ${options.from}) phải trước ngày số liệu (--as-of ${options.asOf}).`
        : `--from ${options.from} must not be after --as-of ${options.asOf}.`,
    );
  }
}

/** The stats paths of the figures printed with the missing-data marker. */
function missingFigures(model: ReportModel): string[] {
  const paths: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value !== null && typeof value === 'object') {
      const run = value as { kind?: unknown; value?: unknown; path?: unknown };
      if (run.kind === 'figure' && run.value === null) paths.push(String(run.path));
      else for (const item of Object.values(value)) visit(item);
    }
  };
  visit([model.preamble, model.parts, model.footnotes]);
  return paths;
}

function helpConfig(lang: Lang) {
  return {
    styleTitle: (title: string) => helpTitle(lang, title),
    sortOptions: false,
    optionDescription: (option: Option) => {
      if (lang === 'en' || !option.argChoices) {
        const extra = option.argChoices ? ` (choices: ${option.argChoices.join(', ')})` : '';
        return `${option.description}${extra}`;
      }
      return `${option.description} (chọn: ${option.argChoices.join(', ')})`;
    },
  };
}

/** The help text after the options: examples and, where useful, the exit statuses. */
function examplesHelp(lang: Lang, examples: readonly string[], exitCodes = false): string {
  const lines = ['', text(lang, 'examples'), ...examples.map((example) => `  ${example}`)];
  if (exitCodes) lines.push('', text(lang, 'exitCodes'));
  return lines.join('\n');
}

function terminalWidth(io: CliIo): number {
  return Math.min(Math.max(io.stdout.columns ?? 100, 60), 140);
}

function buildProgram(
  io: CliIo,
  lang: Lang,
  setExit: (code: number) => void,
  installed: readonly RendererPlugin[],
): Command {
  const program = new Command('party')
    .description(text(lang, 'programDescription'))
    .version(pkg.version, '-V, --version', text(lang, 'versionOption'))
    .helpOption('-h, --help', text(lang, 'helpOption'))
    .helpCommand('help [command]', text(lang, 'helpCommand'))
    .addOption(
      new Option('--lang <lang>', text(lang, 'langOption')).choices(['vi', 'en']).default('vi'),
    )
    .showSuggestionAfterError(true)
    .exitOverride()
    .usage(lang === 'vi' ? '[tùy chọn] [lệnh]' : '[options] [command]')
    .configureHelp(helpConfig(lang))
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => {},
    });

  program
    .command('validate')
    .description(text(lang, 'validateDescription'))
    .argument('<dataset>', text(lang, 'datasetArgument'))
    .usage(lang === 'vi' ? '[tùy chọn] <dataset>' : '[options] <dataset>')
    .option('--json', text(lang, 'jsonOption'))
    .option('--as-of <date>', text(lang, 'asOfOption'), parseIsoDate(lang))
    .addHelpText(
      'after',
      examplesHelp(
        lang,
        [
          'party validate examples/minimal/dataset.json',
          'party validate du-lieu.json --as-of 2026-03-01 --json',
        ],
        true,
      ),
    )
    .action(async (path: string, options: { json?: boolean; asOf?: string }) => {
      const result = await loadDataset(path, io, lang, options.asOf);
      const width = terminalWidth(io);
      io.stdout.write(
        options.json ? validationJson(path, result) : renderValidation(path, result, lang, width),
      );
      setExit(result.ok ? EXIT.ok : EXIT.invalidData);
    });

  program
    .command('stats')
    .description(text(lang, 'statsDescription'))
    .argument('<dataset>', text(lang, 'datasetArgument'))
    .usage(lang === 'vi' ? '[tùy chọn] <dataset>' : '[options] <dataset>')
    .requiredOption('--as-of <date>', text(lang, 'statsAsOfOption'), parseIsoDate(lang))
    .requiredOption('--from <date>', text(lang, 'fromOption'), parseIsoDate(lang))
    .option('--json', text(lang, 'statsJsonOption'))
    .addHelpText(
      'after',
      examplesHelp(
        lang,
        [
          'party stats examples/minimal/dataset.json --as-of 2026-03-01 --from 2025-07-01',
          'party stats du-lieu.json --as-of 2026-03-01 --from 2025-07-01 --json > so-lieu.json',
        ],
        true,
      ),
    )
    .action(async (path: string, options: { json?: boolean; asOf: string; from: string }) => {
      checkWindow(options, lang);
      const result = await loadDataset(path, io, lang, options.asOf);
      const width = terminalWidth(io);
      if (!result.ok) {
        io.stderr.write(text(lang, 'statsNeedsValidData'));
        io.stdout.write(renderValidation(path, result, lang, width));
        setExit(EXIT.invalidData);
        return;
      }
      const stats = computeStats(result.data, { asOf: options.asOf, from: options.from });
      io.stdout.write(
        options.json
          ? `${JSON.stringify(stats, null, 2)}\n`
          : renderStatsSummary(stats, lang, width),
      );
      setExit(EXIT.ok);
    });

  program
    .command('import')
    .description(text(lang, 'importDescription'))
    .argument('<dataset>', text(lang, 'importDatasetArgument'))
    .usage(
      lang === 'vi' ? '[tùy chọn] <dataset> -o <tệp.json>' : '[options] <dataset> -o <file.json>',
    )
    .requiredOption('-o, --output <file>', text(lang, 'importOutputOption'))
    .option('--as-of <date>', text(lang, 'asOfOption'), parseIsoDate(lang))
    .option('--force', text(lang, 'forceOption'))
    .addHelpText(
      'after',
      examplesHelp(
        lang,
        [
          'party import du-lieu.xlsx -o du-lieu.json',
          'party import thu-muc-csv/ -o du-lieu.json --as-of 2026-03-01',
        ],
        true,
      ),
    )
    .action(async (path: string, options: { output: string; asOf?: string; force?: boolean }) => {
      const result = await loadDataset(path, io, lang, options.asOf);
      if (!result.ok) {
        io.stderr.write(text(lang, 'importNeedsValidData'));
        io.stdout.write(renderValidation(path, result, lang, terminalWidth(io)));
        setExit(EXIT.invalidData);
        return;
      }
      const target = resolve(io.cwd, options.output);
      if (!options.force && existsSync(target)) {
        throw new InvalidArgumentError(
          lang === 'vi'
            ? `Tệp “${options.output}” đã có. Hãy chọn tên khác hoặc thêm --force để ghi đè.`
            : `“${options.output}” already exists. Choose another name or add --force to overwrite it.`,
        );
      }
      await writeCanonicalJson(target, result.data);
      const counts = result.issues.length;
      io.stdout.write(
        lang === 'vi'
          ? `Đã ghi ${options.output}: ${result.data.organizations.length} tổ chức, ${result.data.members.length} đảng viên${counts ? `; ${counts} cảnh báo hoặc lưu ý (xem bằng party validate)` : ''}.\n`
          : `Wrote ${options.output}: ${result.data.organizations.length} organisations, ${result.data.members.length} members${counts ? `; ${counts} warnings or notices (see party validate)` : ''}.\n`,
      );
      setExit(EXIT.ok);
    });

  program
    .command('template')
    .description(text(lang, 'templateDescription'))
    .usage(lang === 'vi' ? '-o <tệp.xlsx | thư mục>' : '-o <file.xlsx | folder>')
    .requiredOption('-o, --output <path>', text(lang, 'templateOutputOption'))
    .option('--force', text(lang, 'forceOption'))
    .addHelpText(
      'after',
      examplesHelp(lang, ['party template -o mau-du-lieu.xlsx', 'party template -o mau-csv/']),
    )
    .action(async (options: { output: string; force?: boolean }) => {
      const target = resolve(io.cwd, options.output);
      const overwrite = { overwrite: options.force === true };
      if (extname(target).toLowerCase() === '.xlsx') {
        await writeTemplateWorkbook(target, overwrite);
      } else {
        await writeTemplateCsvFolder(target, overwrite);
      }
      io.stdout.write(
        lang === 'vi'
          ? `Đã tạo mẫu nhập liệu: ${options.output}\n`
          : `Template written: ${options.output}\n`,
      );
      setExit(EXIT.ok);
    });

  program
    .command('report')
    .description(text(lang, 'reportDescription'))
    .argument('<dataset>', text(lang, 'datasetArgument'))
    .usage(
      lang === 'vi'
        ? '[tùy chọn] <dataset> --narrative <tệp.md | thư mục> -o <tệp>'
        : '[options] <dataset> --narrative <file.md | folder> -o <file>',
    )
    .requiredOption('--as-of <date>', text(lang, 'statsAsOfOption'), parseIsoDate(lang))
    .requiredOption('--from <date>', text(lang, 'fromOption'), parseIsoDate(lang))
    .requiredOption('--narrative <path>', text(lang, 'narrativeOption'))
    .requiredOption('-o, --output <file>', text(lang, 'reportOutputOption'))
    .option('--format <formats...>', text(lang, 'formatOption'))
    .option('--plugin <module...>', text(lang, 'pluginOption'))
    .option('--force', text(lang, 'forceOption'))
    .addHelpText(
      'after',
      examplesHelp(
        lang,
        [
          'party report du-lieu.xlsx --as-of 2026-03-01 --from 2025-07-01 --narrative bao-cao.md -o bao-cao.docx',
          'party report thu-muc-csv/ --as-of 2026-03-01 --from 2025-07-01 --narrative noi-dung/ -o ra/bao-cao --format docx html md',
        ],
        true,
      ),
    )
    .action(
      async (
        path: string,
        options: {
          asOf: string;
          from: string;
          narrative: string;
          output: string;
          format?: string[];
          plugin?: string[];
          force?: boolean;
        },
      ) => {
        checkWindow(options, lang);
        const plugins = [...installed];
        for (const spec of options.plugin ?? []) {
          plugins.push(...(await loadRendererModule(spec, io.cwd, lang)));
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
        const narrative = await loadNarrative(options.narrative, io.cwd, lang);
        if (!narrative.ok) {
          io.stderr.write(text(lang, 'narrativeHasProblems'));
          for (const problem of narrative.problems) {
            const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
            io.stdout.write(`  ${where}: ${problem.message}\n`);
          }
          setExit(EXIT.invalidData);
          return;
        }
        const result = await loadDataset(path, io, lang, options.asOf);
        if (!result.ok) {
          io.stderr.write(text(lang, 'reportNeedsValidData'));
          io.stdout.write(renderValidation(path, result, lang, terminalWidth(io)));
          setExit(EXIT.invalidData);
          return;
        }
        const stats = computeStats(result.data, { asOf: options.asOf, from: options.from });
        const built = buildReport(narrative.template, stats);
        if (built.errors.length > 0) {
          io.stderr.write(text(lang, 'reportPlaceholderErrors'));
          for (const error of built.errors) {
            io.stdout.write(
              `  ${error.section}: {{${error.placeholder}}} — ${error.message[lang]}\n`,
            );
          }
          setExit(EXIT.invalidData);
          return;
        }
        const paths = outputPaths(options.output, renderers, plugins);
        const written = await writeReports(
          built.model,
          renderers,
          paths,
          io.cwd,
          options.force === true,
          lang,
        );
        io.stdout.write(`${text(lang, 'reportWritten')} ${written.join(', ')}\n`);
        const missing = missingFigures(built.model);
        if (missing.length > 0) {
          io.stderr.write(
            `${text(lang, 'reportMissingFigures')} ${[...new Set(missing)].join(', ')}\n`,
          );
        }
        if (built.mismatches.length > 0) {
          io.stderr.write(`${text(lang, 'reportMismatches')} (${built.mismatches.length}):\n`);
          for (const m of built.mismatches) {
            io.stderr.write(
              lang === 'vi'
                ? `  - Mục ${m.section}, {{${m.placeholder}}}: dự thảo ghi ${m.stated}, dữ liệu tính được ${m.computed} (${m.how.vi})\n`
                : `  - Section ${m.section}, {{${m.placeholder}}}: the draft states ${m.stated}, the data gives ${m.computed} (${m.how.en})\n`,
            );
          }
        }
        setExit(EXIT.ok);
      },
    );

  for (const command of program.commands) {
    command.helpOption('-h, --help', text(lang, 'helpOption'));
    command.exitOverride().configureOutput(program.configureOutput());
    command.configureHelp(helpConfig(lang));
  }
  return program;
}

/** The renderers `party report` has without `--plugin`: DOCX, HTML and Markdown. */
export const DEFAULT_RENDERERS: readonly RendererPlugin[] = [
  docxRenderer,
  htmlRenderer,
  markdownRenderer,
];

/** Options of {@link runCli}. */
export interface RunCliOptions {
  /** The renderer plugins `party report` can use (default {@link DEFAULT_RENDERERS}); `--plugin` adds more. */
  readonly renderers?: readonly RendererPlugin[];
}

/**
 * Runs `party` with the given arguments (without `node` and the script) and
 * returns the exit status; it never calls `process.exit`, so it can run in a
 * test. Usage errors and unreadable input give 2, invalid data 1.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  options: RunCliOptions = {},
): Promise<number> {
  const lang = detectLang(argv, io.env);
  let exitCode: number = EXIT.ok;
  const program = buildProgram(
    io,
    lang,
    (code) => {
      exitCode = code;
    },
    options.renderers ?? DEFAULT_RENDERERS,
  );
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    const code = exitCodeFor(error);
    if (error instanceof CommanderError) {
      if (code === EXIT.ok) return EXIT.ok; // --help, --version
      const help = lang === 'vi' ? 'Xem thêm: party --help' : 'See: party --help';
      const message = `${usageMessage(error, lang)}\n${help}`;
      io.stderr.write(`${useColor(io.stderr, io.env) ? RED(message) : message}\n`);
    } else if (error instanceof PartyError) {
      const english = (error as PartyError & { messageEn?: string }).messageEn;
      const message = lang === 'en' && english ? english : error.message;
      io.stderr.write(`${useColor(io.stderr, io.env) ? RED(message) : message}\n`);
    } else {
      const message =
        lang === 'vi'
          ? 'Lỗi ngoài dự kiến trong chương trình. Hãy báo lỗi cho nhóm phát triển (không gửi kèm dữ liệu đảng viên).'
          : 'Unexpected internal error. Please report it to the developers (without member data).';
      io.stderr.write(
        `${message}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    }
    return code;
  }
}
