/**
 * What falls due in the months after the report (việc đến hạn): the counts
 * per kind and the first items, as `pnpm demo` prints them after the report.
 * Members appear by id only.
 */
import {
  addMonths,
  type Dataset,
  DUE_KINDS,
  DueKinds,
  type DueList,
  dayBefore,
  dueItems,
  formatIsoDate,
  toCalendarDate,
} from '@org/party-core';

/** How many months after the reference date the demo looks ahead. */
export const DUE_MONTHS = 3;

/** The window of `DUE_MONTHS` months from `asOf`: `asOf` to the day before the same day `DUE_MONTHS` months on. */
export function dueWindow(asOf: string): { from: string; until: string } {
  return {
    from: asOf,
    until: dayBefore(formatIsoDate(addMonths(toCalendarDate(asOf), DUE_MONTHS))),
  };
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * The lines the demo prints: the window and its total, one line per kind that
 * has items, the first `first` items (date, kind, id, organisation), and the
 * command that lists them all.
 */
export function dueSummary(list: DueList, datasetPath: string, first = 5): string[] {
  const lines = [
    `Việc đến hạn trong ${DUE_MONTHS} tháng tới (từ ngày ${dmy(list.from)} đến ngày ${dmy(list.until)}): ${list.items.length} việc.`,
  ];
  for (const kind of DUE_KINDS) {
    if (list.counts[kind] > 0) lines.push(`  ${DueKinds.labels[kind].vi}: ${list.counts[kind]}`);
  }
  if (list.items.length > 0) {
    lines.push(`  ${Math.min(first, list.items.length)} việc đầu tiên:`);
    for (const item of list.items.slice(0, first)) {
      const who = item.subject.type === 'member' ? item.subject.id : item.subject.code;
      const late = item.overdue ? ' (quá hạn)' : '';
      lines.push(
        `    ${dmy(item.date)}  ${DueKinds.labels[item.kind].vi}${late}: ${who} (${item.org})`,
      );
    }
  }
  lines.push(
    `  Danh sách đầy đủ: pnpm -s party due ${datasetPath} --from ${list.from} --until ${list.until}`,
  );
  return lines;
}

/** The due list of the `DUE_MONTHS` months after `asOf`. */
export function dueSoon(dataset: Dataset, asOf: string): DueList {
  return dueItems(dataset, dueWindow(asOf));
}
