import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import {
  type Dataset,
  defaultRules,
  dueItems,
  InvalidArgumentError,
  IsoDate,
  latestRule,
} from '@org/party-core';
import { workbookBuffer } from '@org/party-import';
import {
  badgeListModel,
  badgeListSheet,
  badgeRows,
  dueCsv,
  dueIcs,
  dueSheet,
} from '@org/party-renderers';
import type { Command } from 'commander';
import { EXIT } from '../exitCodes';
import { formatDmy, renderDueTable } from '../format/dueList';
import { type Lang, text } from '../i18n';
import { loadDataset } from '../loadDataset';
import { addCommand, type CommandContext, terminalWidth } from './context';
import { refuseInvalidData } from './validate';

interface DueOptions {
  readonly from?: string;
  readonly until?: string;
  readonly badges?: string;
  readonly json?: boolean;
  readonly format?: string;
  readonly output?: string;
  readonly force?: boolean;
  readonly number?: string;
  readonly date?: string;
  readonly signer?: string;
}

const FORMATS = ['table', 'json', 'csv', 'xlsx', 'ics'] as const;
type DueFormat = (typeof FORMATS)[number];

function checkDate(lang: Lang, option: string, value: string): string {
  if (!IsoDate.safeParse(value).success) {
    throw new InvalidArgumentError(text(lang, 'dueBadDate', { option, value }));
  }
  return value;
}

/** The format of the list: `--format`, else `--json`, else the extension of `-o`, else the table. */
function formatOf(lang: Lang, options: DueOptions): DueFormat {
  const wanted =
    options.format ??
    (options.json ? 'json' : options.output ? extname(options.output).slice(1) : 'table');
  const format = FORMATS.find((f) => f === wanted.toLowerCase());
  if (format === undefined) {
    throw new InvalidArgumentError(text(lang, 'dueUnknownFormat', { format: wanted }));
  }
  return format;
}

async function write(
  context: CommandContext,
  output: string,
  force: boolean | undefined,
  bytes: string | Uint8Array,
): Promise<void> {
  const target = resolve(context.io.cwd, output);
  if (!force && existsSync(target)) {
    throw new InvalidArgumentError(text(context.lang, 'outputExists', { path: output }));
  }
  await writeFile(target, bytes);
}

/** `--badges D -o list.docx|.xlsx`: the badge proposal list of one award occasion. */
async function writeBadgeList(
  context: CommandContext,
  dataset: Dataset,
  occasion: string,
  options: DueOptions,
): Promise<void> {
  const { lang } = context;
  const rule = latestRule(defaultRules.partyBadge);
  const [, month, day] = occasion.split('-').map(Number);
  if (!rule.occasions.some((o) => o.month === month && o.day === day)) {
    throw new InvalidArgumentError(
      text(lang, 'dueNotOccasion', {
        date: formatDmy(occasion),
        occasions: rule.occasions.map((o) => `${o.day}/${o.month}`).join(', '),
      }),
    );
  }
  const extension = options.output ? extname(options.output).toLowerCase() : '';
  if (options.output === undefined || !['.docx', '.xlsx'].includes(extension)) {
    throw new InvalidArgumentError(text(lang, 'dueBadgesOutput'));
  }
  const due = dueItems(dataset, { from: occasion, until: occasion });
  const rows = badgeRows(dataset, due, occasion);
  let bytes: Uint8Array;
  if (extension === '.docx') {
    const docx = context.renderers.find((r) => r.format === 'docx');
    if (docx === undefined) throw new InvalidArgumentError(text(lang, 'dueBadgesOutput'));
    const number = Number(options.number ?? '1');
    if (!Number.isInteger(number) || number < 1) {
      throw new InvalidArgumentError(
        text(lang, 'invalidArgument', { detail: `--number ${options.number}` }),
      );
    }
    const model = badgeListModel(dataset, rows, occasion, defaultRules, {
      number,
      date: checkDate(lang, '--date', options.date ?? occasion),
      signer: options.signer ?? '……………………',
    });
    bytes = await docx.render(model);
  } else {
    bytes = await workbookBuffer([badgeListSheet(rows, lang)]);
  }
  await write(context, options.output, options.force, bytes);
  context.io.stdout.write(
    `${text(lang, 'badgesWritten', { path: options.output, total: rows.length, date: formatDmy(occasion) })}\n`,
  );
}

/**
 * `party due <dataset> --from D --until D2`: what falls due in the window,
 * as a table, JSON, CSV, XLSX or an ICS calendar; with `--badges D`, the
 * badge proposal list of that occasion as DOCX or XLSX.
 */
export function dueCommand(program: Command, context: CommandContext): void {
  const { io, lang } = context;
  addCommand(program, lang, {
    name: 'due',
    description: 'dueDescription',
    dataset: 'datasetArgument',
    usage: 'dueUsage',
    examples: [
      'party due examples/minimal/dataset.json --from 2026-03-01 --until 2026-05-31',
      'party due du-lieu.xlsx --from 2026-01-01 --until 2026-12-31 -o viec-den-han.ics',
      'party due du-lieu.xlsx --from 2026-01-01 --until 2026-12-31 --format xlsx -o viec-den-han.xlsx',
      'party due du-lieu.xlsx --badges 2026-09-02 -o danh-sach.docx',
    ],
    exitCodes: true,
  })
    .option('--from <date>', text(lang, 'dueFromOption'))
    .option('--until <date>', text(lang, 'dueUntilOption'))
    .option('--badges <date>', text(lang, 'dueBadgesOption'))
    .option('--json', text(lang, 'dueJsonOption'))
    .option('--format <format>', text(lang, 'dueFormatOption'))
    .option('-o, --output <file>', text(lang, 'dueOutputOption'))
    .option('--number <n>', text(lang, 'dueNumberOption'))
    .option('--date <date>', text(lang, 'dueDateOption'))
    .option('--signer <name>', text(lang, 'dueSignerOption'))
    .option('--force', text(lang, 'forceOption'))
    .action(async (path: string, options: DueOptions) => {
      // Every option is checked before the data is read.
      let window: { from: string; until: string } | undefined;
      if (options.badges !== undefined) {
        checkDate(lang, '--badges', options.badges);
      } else {
        if (options.from === undefined || options.until === undefined) {
          throw new InvalidArgumentError(text(lang, 'dueNeedsWindow'));
        }
        const from = checkDate(lang, '--from', options.from);
        const until = checkDate(lang, '--until', options.until);
        if (from > until)
          throw new InvalidArgumentError(text(lang, 'dueReversed', { from, until }));
        window = { from, until };
      }
      const format = window === undefined ? 'table' : formatOf(lang, options);
      if (format === 'xlsx' && options.output === undefined) {
        throw new InvalidArgumentError(text(lang, 'dueNeedsOutput', { format }));
      }

      const result = await loadDataset(path, io, lang, undefined);
      if (!result.ok) {
        refuseInvalidData(context, path, result, 'dueNeedsValidData');
        return;
      }
      if (window === undefined) {
        await writeBadgeList(context, result.data, options.badges as string, options);
        context.setExit(EXIT.ok);
        return;
      }

      const list = dueItems(result.data, window);
      let body: string | Uint8Array;
      switch (format) {
        case 'table':
          body = renderDueTable(list, lang, terminalWidth(io));
          break;
        case 'json':
          body = `${JSON.stringify(list, null, 2)}\n`;
          break;
        case 'csv':
          body = dueCsv(list, lang);
          break;
        case 'ics':
          body = dueIcs(list, lang);
          break;
        case 'xlsx':
          body = await workbookBuffer([dueSheet(list, lang)]);
          break;
        default: {
          const unreachable: never = format;
          throw new InvalidArgumentError(String(unreachable));
        }
      }
      if (options.output === undefined) {
        io.stdout.write(typeof body === 'string' ? body : '');
      } else {
        await write(context, options.output, options.force, body);
        io.stdout.write(
          `${text(lang, 'dueWritten', { path: options.output, total: list.items.length })}\n`,
        );
      }
      context.setExit(EXIT.ok);
    });
}
