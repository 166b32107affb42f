import {
  checkWindow,
  InvalidArgumentError,
  OptionalWindow,
  type RendererPlugin,
  type WindowLabels,
} from '@org/party-core';
import type { ImportResult } from '@org/party-import';
import { type Command, Option } from 'commander';
import { type Lang, type TextKey, text } from '../i18n';
import type { CliIo } from '../io';
import { loadDataset } from '../loadDataset';

/** What every command needs from the program: the streams, the language, the exit status. */
export interface CommandContext {
  readonly io: CliIo;
  readonly lang: Lang;
  /** Sets the exit status `runCli` returns. */
  readonly setExit: (code: number) => void;
  /** The renderers `party report` has before `--plugin`. */
  readonly renderers: readonly RendererPlugin[];
}

/** How the CLI names the window's dates in core's messages: by their options. */
export const CLI_WINDOW_LABELS: WindowLabels = {
  asOf: { vi: 'Ngày số liệu (--as-of)', en: '--as-of' },
  from: { vi: 'Ngày bắt đầu kỳ (--from)', en: '--from' },
};

/**
 * Checks the dates given as options with core's window schema and returns
 * them; a wrong date or a reversed window is a usage error (exit 2).
 */
export function windowOptions<T>(
  schema: Parameters<typeof checkWindow<T>>[0],
  options: { readonly asOf?: string | undefined; readonly from?: string | undefined },
): T {
  const input: Record<string, string> = {};
  if (options.asOf !== undefined) input.asOf = options.asOf;
  if (options.from !== undefined) input.from = options.from;
  const checked = checkWindow(schema, input, CLI_WINDOW_LABELS);
  if (!checked.ok) throw new InvalidArgumentError(checked.message);
  return checked.data;
}

/** The help text after the options: examples and, where useful, the exit statuses. */
function examplesHelp(lang: Lang, examples: readonly string[], exitCodes = false): string {
  const lines = ['', text(lang, 'examples'), ...examples.map((example) => `  ${example}`)];
  if (exitCodes) lines.push('', text(lang, 'exitCodes'));
  return lines.join('\n');
}

/** The width tables are wrapped to: the terminal's, within 60 to 140 columns. */
export function terminalWidth(io: CliIo): number {
  return Math.min(Math.max(io.stdout.columns ?? 100, 60), 140);
}

/** What the help says of a command, each text by its key in the catalogue. */
export interface CommandHelp {
  readonly name: string;
  readonly description: TextKey;
  /** The description of its `<dataset>` argument, if it takes one. */
  readonly dataset?: TextKey;
  /** The dataset argument may be left out (`party stats --store`). */
  readonly optionalDataset?: boolean;
  readonly usage: TextKey;
  readonly examples: readonly string[];
  /** Whether the help lists the exit statuses. */
  readonly exitCodes?: boolean;
}

/** Adds a command with its description, argument, usage line and examples; the caller adds its options and action. */
export function addCommand(program: Command, lang: Lang, help: CommandHelp): Command {
  const command = program.command(help.name).description(text(lang, help.description));
  if (help.dataset !== undefined) {
    const arg = help.optionalDataset ? '[dataset]' : '<dataset>';
    command.argument(arg, text(lang, help.dataset));
  }
  return command
    .usage(text(lang, help.usage))
    .addHelpText('after', examplesHelp(lang, help.examples, help.exitCodes));
}

/** Adds the required `--as-of` and `--from` of a command that computes the figures of a window. */
export function requireWindowOptions(command: Command, lang: Lang): Command {
  return command
    .requiredOption('--as-of <date>', text(lang, 'statsAsOfOption'))
    .requiredOption('--from <date>', text(lang, 'fromOption'));
}

/** The optional `--as-of` of a command that reads a dataset without a window (`validate`, `import`). */
export function optionalAsOf(lang: Lang): Option {
  return new Option('--as-of <date>', text(lang, 'asOfOption'));
}

/** Reads the dataset of a command with {@link optionalAsOf}, its date checked first (a wrong one is a usage error). */
export async function loadDatasetAsOf(
  path: string,
  asOf: string | undefined,
  context: CommandContext,
): Promise<ImportResult> {
  const window = windowOptions(OptionalWindow, { asOf });
  return loadDataset(path, context.io, context.lang, window.asOf);
}
