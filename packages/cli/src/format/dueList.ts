import type { DueItem, DueKind, DueList, DueStep } from '@org/party-core';
import { DUE_KINDS, DueKinds } from '@org/party-core';
import { type Lang, type TextKey, text } from '../i18n';
import { renderTable } from './table';

/** An ISO date as Vietnamese documents write it in lists: `dd/mm/yyyy`. */
export function formatDmy(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** The label of a kind of due item, in the CLI's language (core's code list). */
export function kindLabel(lang: Lang, kind: DueKind): string {
  return DueKinds.labels[kind][lang];
}

function subjectId(item: DueItem): string {
  return item.subject.type === 'member' ? item.subject.id : item.subject.code;
}

function stepText(lang: Lang, step: DueStep, item: DueItem): string {
  switch (step.op) {
    case 'add-months':
      return text(lang, 'stepMonths', { months: step.months });
    case 'add-working-days':
      return text(lang, 'stepWorkingDays', { days: step.days, calendar: step.calendar });
    case 'next-award-occasion':
      return (
        text(lang, 'stepThen', {}) +
        text(lang, 'stepOccasion', {
          occasions: step.occasions
            .map((o) => o.split('-').reverse().map(Number).join('/'))
            .join(', '),
        })
      );
    case 'end-of-month':
      return text(lang, 'stepThen') + text(lang, 'stepEndOfMonth');
    case 'threshold': {
      const counts =
        item.kind === 'cell-below-minimum' || item.kind === 'cell-committee-size'
          ? item.officialMembers
          : { before: 0, after: 0 };
      return text(lang, step.direction === 'below' ? 'stepBelow' : 'stepReaching', {
        ...counts,
        threshold: step.threshold,
      });
    }
    default: {
      const unreachable: never = step;
      return String(unreachable);
    }
  }
}

/**
 * How an item's date was computed, in words: the base date, then each step,
 * e.g. `Ngày vào Đảng 10/04/2025 + 12 tháng`.
 */
export function describeComputation(lang: Lang, item: DueItem): string {
  const { base, steps } = item.computation;
  const field = text(lang, `field_${base.field}` as TextKey);
  const head =
    base.field === 'officialMembers'
      ? field
      : `${field} ${formatDmy(base.date)}${base.assumed ? text(lang, 'bareYear') : ''}`;
  return [head, ...steps.map((step) => stepText(lang, step, item))].join(' ');
}

/** The rows of a due list: one per item, with its labels in the CLI's language. */
export function dueRows(list: DueList, lang: Lang): string[][] {
  return list.items.map((item) => [
    formatDmy(item.date),
    `${kindLabel(lang, item.kind)}${item.overdue ? text(lang, 'dueOverdue') : ''}`,
    subjectId(item),
    item.org,
    `${item.rule.regulation}: ${describeComputation(lang, item)}`,
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
    kindLabel(lang, kind),
    String(list.counts[kind]),
  ]);
  lines.push('', renderTable(text(lang, 'dueCountsHeader').split('|'), counts, width));
  lines.push('', renderTable(text(lang, 'dueHeader').split('|'), dueRows(list, lang), width));
  return `${lines.join('\n')}\n`;
}

/** The spreadsheet rows of a due list (header first), for CSV and XLSX. */
export function dueSheetRows(list: DueList, lang: Lang): string[][] {
  const rows = list.items.map((item) => [
    formatDmy(item.date),
    kindLabel(lang, item.kind),
    item.kind,
    text(lang, item.subject.type === 'member' ? 'subjectMember' : 'subjectOrganization'),
    subjectId(item),
    item.org,
    text(lang, item.overdue ? 'yes' : 'no'),
    item.rule.regulation,
    describeComputation(lang, item),
  ]);
  return [text(lang, 'dueCsvHeader').split('|'), ...rows];
}

function csvCell(value: string): string {
  return /[",;\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A due list as CSV: UTF-8 with a BOM (Excel reads the accents), comma-separated, CRLF. */
export function dueCsv(list: DueList, lang: Lang): string {
  const lines = dueSheetRows(list, lang).map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
