/**
 * The due list (việc đến hạn) of an upload, as `POST /due` and
 * `POST /due/badges` answer it: the list as JSON, or a file made with the
 * same functions as `party due` (`@org/party-renderers`). Runs where the
 * upload's job runs (a worker under `serve`), so the answer sent back is
 * the list or the file's bytes, never the dataset.
 *
 * @internal
 * @packageDocumentation
 */
import {
  type Dataset,
  type DueList,
  type DueWindow,
  defaultRules,
  dueItems,
  latestRule,
} from '@org/party-core';
import { workbookBuffer } from '@org/party-import';
import {
  badgeListModel,
  badgeListSheet,
  badgeRows,
  docxRenderer,
  dueCsv,
  dueIcs,
  dueSheet,
} from '@org/party-renderers';
import { XLSX } from './download';
import { BadRequestError } from './errors';
import type { Lang } from './schemas';

/** What a request asks of the due list: the list in a format, or the badge list of one occasion. */
export type DueAsk =
  | {
      readonly what: 'list';
      readonly window: DueWindow;
      readonly format: 'json' | 'ics' | 'csv' | 'xlsx';
      readonly lang: Lang;
    }
  | {
      readonly what: 'badges';
      readonly occasion: string;
      readonly format: 'docx' | 'xlsx';
      readonly lang: Lang;
    };

/** A file to download. */
export interface DueFile {
  readonly bytes: Uint8Array;
  readonly mediaType: string;
  readonly fileName: string;
}

/** The answer: the list (format `json`), or a file. */
export type DueAnswer = { readonly list: DueList } | { readonly file: DueFile };

const encode = (text: string) => new TextEncoder().encode(text);

/**
 * Refuses a date that is not an award occasion of the current party-badge
 * rule (3/2, 19/5, 2/9, 7/11), before any data is read (400).
 */
export function checkOccasion(occasion: string): void {
  const rule = latestRule(defaultRules.partyBadge);
  const [, month, day] = occasion.split('-').map(Number);
  if (rule.occasions.some((o) => o.month === month && o.day === day)) return;
  const list = rule.occasions.map((o) => `${o.day}/${o.month}`).join(', ');
  const [y, m, d] = occasion.split('-').map(Number);
  throw new BadRequestError({
    vi: `Ngày ${d}/${m}/${y} không phải dịp trao Huy hiệu Đảng: chọn một trong các ngày ${list}.`,
    en: `${occasion} is not a party badge award occasion: choose one of ${list}.`,
  });
}

/** The due list or file asked for, from a valid dataset. */
export async function dueAnswer(dataset: Dataset, ask: DueAsk): Promise<DueAnswer> {
  if (ask.what === 'badges') {
    const { occasion } = ask;
    const due = dueItems(dataset, { from: occasion, until: occasion });
    const rows = badgeRows(dataset, due, occasion);
    const fileName = `huy-hieu-dang-${occasion}.${ask.format}`;
    if (ask.format === 'xlsx') {
      const bytes = await workbookBuffer([badgeListSheet(rows, ask.lang)]);
      return { file: { bytes, mediaType: XLSX, fileName } };
    }
    const model = badgeListModel(dataset, rows, occasion, defaultRules, {
      number: 1,
      date: occasion,
      signer: '……………………',
    });
    const bytes = await docxRenderer.render(model);
    return { file: { bytes, mediaType: docxRenderer.mediaType, fileName } };
  }
  const list = dueItems(dataset, ask.window);
  const fileName = `viec-den-han-${list.from}-${list.until}.${ask.format}`;
  switch (ask.format) {
    case 'json':
      return { list };
    case 'ics':
      return {
        file: {
          bytes: encode(dueIcs(list, ask.lang)),
          mediaType: 'text/calendar; charset=utf-8',
          fileName,
        },
      };
    case 'csv':
      return {
        file: {
          bytes: encode(dueCsv(list, ask.lang)),
          mediaType: 'text/csv; charset=utf-8',
          fileName,
        },
      };
    case 'xlsx':
      return {
        file: {
          bytes: await workbookBuffer([dueSheet(list, ask.lang)]),
          mediaType: XLSX,
          fileName,
        },
      };
  }
}
