import { PartyError, type RendererPlugin } from '@org/party-core';
import { DEFAULT_RENDERERS } from '@org/party-renderers';
import { Command, CommanderError, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import type { CommandContext } from './commands/context';
import { dueCommand } from './commands/due';
import { importCommand } from './commands/import';
import { reportCommand } from './commands/report';
import { serveCommand } from './commands/serve';
import { statsCommand } from './commands/stats';
import { storeCommand } from './commands/store';
import { templateCommand } from './commands/template';
import { validateCommand } from './commands/validate';
import { EXIT, exitCodeFor } from './exitCodes';
import { detectLang, helpTitle, type Lang, text } from './i18n';
import { type CliIo, useColor } from './io';

const RED = (s: string) => `\u001b[31m${s}\u001b[39m`;

/** Commander's usage error in the CLI's language, with its suggestion if it has one. */
function usageMessage(error: CommanderError, lang: Lang): string {
  const detail = error.message.replace(/^error:\s*/u, '');
  const suggestion = /\(Did you mean (.+)\?\)/u.exec(detail)?.[1];
  const hint = suggestion ? text(lang, 'didYouMean', { suggestion }) : '';
  const name = /'([^']+)'/u.exec(detail)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return text(lang, 'unknownOption', { name, hint });
    case 'commander.unknownCommand':
      return text(lang, 'unknownCommand', { name, hint });
    case 'commander.missingArgument':
      return text(lang, 'missingArgument', { name });
    case 'commander.optionMissingArgument':
      return text(lang, 'optionMissingArgument', { name });
    case 'commander.excessArguments':
      return text(lang, 'excessArguments');
    case 'commander.invalidArgument':
      return text(lang, 'invalidArgument', { detail });
    default:
      return detail;
  }
}

function helpConfig(lang: Lang) {
  return {
    styleTitle: (title: string) => helpTitle(lang, title),
    sortOptions: false,
    optionDescription: (option: Option) => {
      const choices = option.argChoices
        ? text(lang, 'optionChoices', { choices: option.argChoices.join(', ') })
        : '';
      return `${option.description}${choices}`;
    },
  };
}

/** The `party` program: its global options, then each command from `src/commands`. */
function buildProgram(context: CommandContext): Command {
  const { io, lang } = context;
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
    .usage(text(lang, 'programUsage'))
    .configureHelp(helpConfig(lang))
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => {},
    });
  for (const add of [
    validateCommand,
    statsCommand,
    importCommand,
    templateCommand,
    reportCommand,
    dueCommand,
    storeCommand,
    serveCommand,
  ]) {
    add(program, context);
  }
  for (const command of program.commands) {
    command.helpOption('-h, --help', text(lang, 'helpOption'));
    command.exitOverride().configureOutput(program.configureOutput());
    command.configureHelp(helpConfig(lang));
  }
  return program;
}

/** Options of {@link runCli}. */
export interface RunCliOptions {
  /** The renderer plugins `party report` can use (default `DEFAULT_RENDERERS` of `@org/party-renderers`); `--plugin` adds more. */
  readonly renderers?: readonly RendererPlugin[];
}

/** Prints an error the way users read it: a usage error with a pointer to the help, a toolkit error, or a bug. */
function printError(error: unknown, io: CliIo, lang: Lang): void {
  const red = (message: string) => (useColor(io.stderr, io.env) ? RED(message) : message);
  if (error instanceof CommanderError) {
    io.stderr.write(`${red(`${usageMessage(error, lang)}\n${text(lang, 'seeHelp')}`)}\n`);
  } else if (error instanceof PartyError) {
    io.stderr.write(`${red(error.messageIn(lang))}\n`);
  } else {
    const trace = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`${text(lang, 'internalError')}\n${trace}\n`);
  }
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
  const program = buildProgram({
    io,
    lang,
    setExit: (code) => {
      exitCode = code;
    },
    renderers: options.renderers ?? DEFAULT_RENDERERS,
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    const code = exitCodeFor(error);
    // --help and --version end commander with status 0: nothing to print.
    if (!(error instanceof CommanderError && code === EXIT.ok)) printError(error, io, lang);
    return code;
  }
}
