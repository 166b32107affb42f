import type { DueList } from '@org/party-core';
import { DUE_KINDS } from '@org/party-core';
import {
  describeDueComputation,
  dueItemLabel,
  dueKindLabel,
  dueSubjectId,
  formatDmy,
} from '@org/party-renderers';
import { type Lang, text } from '../i18n';
import { renderTable } from './table';

export { formatDmy };

/** The rows of a due list: one per item, with its labels in the CLI's language. */
export function dueRows(list: DueList, lang: Lang): string[][] {
  return list.items.map((item) => [
    formatDmy(item.date),
    dueItemLabel(lang, item),
    dueSubjectId(item),
    item.org,
    `${item.rule.regulation}: ${describeDueComputation(lang, item)}`,
  ]);
}

/** The terminal view of a due list: the window, the counts per kind, then one row per item. */
export function renderDueTable(list: DueList, lang: Lang, width: number): string {
  const lines = [
    text(lang, 'dueWindow', {
      from: formatDmy(list.from),
      until: formatDmy(list.until),
      total: list.items.length,
    }),
  ];
  if (list.items.length === 0) return `${lines[0]}\n${text(lang, 'dueNone')}\n`;
  const counts = DUE_KINDS.filter((kind) => list.counts[kind] > 0).map((kind) => [
    dueKindLabel(lang, kind),
    String(list.counts[kind]),
  ]);
  lines.push('', renderTable(text(lang, 'dueCountsHeader').split('|'), counts, width));
  lines.push('', renderTable(text(lang, 'dueHeader').split('|'), dueRows(list, lang), width));
  return `${lines.join('\n')}\n`;
}
