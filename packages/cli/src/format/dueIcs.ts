import type { DueItem, DueList } from '@org/party-core';
import { type Alarm, createEvents, type EventAttributes } from 'ics';
import type { Lang } from '../i18n';
import { describeComputation, kindLabel } from './dueList';

/**
 * Days before an item that its reminders (VALARM) fire: the probation end is
 * prepared long ahead (the file, the cell's meeting), the others a month and
 * a week ahead.
 */
export const REMINDER_DAYS: Readonly<Record<DueItem['kind'], readonly number[]>> = {
  'probation-end': [90, 60, 30, 15, 7],
  'recognition-deadline': [15, 7],
  'party-badge': [30, 7],
  retirement: [90, 30],
  'discipline-limitation': [30, 7],
  'new-member-course': [30, 7],
  'cell-below-minimum': [7],
  'cell-committee-size': [7],
};

function dateArray(iso: string): [number, number, number] {
  const [year, month, day] = iso.split('-').map(Number);
  return [year ?? 0, month ?? 1, day ?? 1];
}

/** The day after an ISO date, as the exclusive end of an all-day event. */
function nextDay(iso: string): [number, number, number] {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

function subjectId(item: DueItem): string {
  return item.subject.type === 'member' ? item.subject.id : item.subject.code;
}

/**
 * A stable identifier per item, so that importing the file again updates
 * the events instead of doubling them.
 */
function uid(item: DueItem): string {
  const extra =
    item.kind === 'party-badge'
      ? `-${item.milestone}`
      : item.kind === 'discipline-limitation'
        ? `-${item.caseIndex}-${item.form}`
        : '';
  return `${item.kind}-${subjectId(item)}${extra}-${item.date}@party-toolkit`;
}

/**
 * A due list as an iCalendar file (RFC 5545): one all-day event per item with
 * its reminders ({@link REMINDER_DAYS}). Members appear by id only, never by
 * name. The stamp of every event is the window's first day, so the same list
 * always gives the same file.
 */
export function dueIcs(list: DueList, lang: Lang): string {
  const stamp = Date.parse(`${list.from}T00:00:00Z`);
  const events = list.items.map((item): EventAttributes => {
    const label = kindLabel(lang, item.kind);
    const alarms: Alarm[] = REMINDER_DAYS[item.kind].map((days) => ({
      action: 'display',
      description: `${label}: ${subjectId(item)}`,
      // In hours: `ics` writes a days-only duration as `P90DT`, which RFC 5545
      // does not allow (a `T` needs a time); `-PT2160H` is valid everywhere.
      trigger: { before: true, hours: days * 24 },
    }));
    return {
      uid: uid(item),
      start: dateArray(item.date),
      end: nextDay(item.date),
      title: `${label}: ${subjectId(item)} (${item.org})`,
      description: `${item.rule.regulation}\n${describeComputation(lang, item)}`,
      categories: [item.kind],
      alarms,
      // DTSTAMP: not the clock, so the file is reproducible.
      ...({ timestamp: stamp } as object),
    };
  });
  const { error, value } = createEvents(events, {
    productId: '-//party-toolkit//party due//VI',
    calName: lang === 'vi' ? 'Việc đến hạn' : 'Due items',
  });
  // The events are built here from a parsed list: a refusal is a bug (exit 70).
  if (error || value === null) throw new Error(`ics: ${error?.message ?? 'no output'}`);
  return value;
}
