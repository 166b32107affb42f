import type { HolidaysRule } from '../rules/schema';
import { type CalendarDate, formatIsoDate } from './dates';

/**
 * The calendar of a year with no holiday list: Saturdays, Sundays and the
 * fixed solar holidays are days off; Tết, Giỗ Tổ and substitute days are not
 * known, so a deadline may come a few days early (a cautious reading).
 */
export const FALLBACK_CALENDAR = 'weekends-and-fixed-holidays';

/** A working-day deadline and the calendar it was counted on. */
export interface WorkingDaysDeadline {
  readonly date: CalendarDate;
  /**
   * `holidays-2026` for a year counted on its holiday list, {@link FALLBACK_CALENDAR}
   * for a year with none, or `weekends` without holidays; joined by `+` when
   * the count crosses years counted differently (`holidays-2026+weekends-and-fixed-holidays`).
   */
  readonly calendar: string;
}

interface YearDays {
  readonly label: string;
  readonly off: ReadonlySet<string>;
  readonly worked: ReadonlySet<string>;
}

const yearCache = new WeakMap<HolidaysRule, Map<number, YearDays>>();

function yearDays(holidays: HolidaysRule, year: number): YearDays {
  let byYear = yearCache.get(holidays);
  if (!byYear) {
    byYear = new Map();
    yearCache.set(holidays, byYear);
  }
  let days = byYear.get(year);
  if (!days) {
    const listed = holidays.years[String(year)];
    days = listed
      ? {
          label: `holidays-${year}`,
          off: new Set(listed.daysOff),
          worked: new Set(listed.workedWeekendDays ?? []),
        }
      : {
          label: FALLBACK_CALENDAR,
          off: new Set(holidays.fixed.map((d) => formatIsoDate({ year, ...d }))),
          worked: new Set(),
        };
    byYear.set(year, days);
  }
  return days;
}

/**
 * Adds `days` working days (ngày làm việc) to a date: the deadline is the
 * `days`-th working day after `date`. Without `holidays`, only Saturdays and
 * Sundays are skipped. With them, a listed year also skips its announced days
 * off (Tết, Giỗ Tổ, 30/4, 1/5, 2/9 and the adjacent day, substitute and
 * swapped days) and counts its weekend days worked; a year not listed skips
 * weekends and the fixed solar holidays, and the result says so.
 *
 * @see Bộ luật Lao động 2019, Điều 112; Bộ luật Dân sự 2015, Điều 148
 * @example
 * addWorkingDays({ year: 2026, month: 2, day: 13 }, 1, latestRule(defaultRules.holidays))
 * // { date: { year: 2026, month: 2, day: 23 }, calendar: 'holidays-2026' } (after Tết)
 */
export function addWorkingDays(
  date: CalendarDate,
  days: number,
  holidays?: HolidaysRule,
): WorkingDaysDeadline {
  const current = new Date(Date.UTC(date.year, date.month - 1, date.day));
  const labels: string[] = [];
  let left = days;
  while (left > 0) {
    current.setUTCDate(current.getUTCDate() + 1);
    const weekend = current.getUTCDay() === 0 || current.getUTCDay() === 6;
    if (!holidays) {
      if (!weekend) left -= 1;
      continue;
    }
    const day = {
      year: current.getUTCFullYear(),
      month: current.getUTCMonth() + 1,
      day: current.getUTCDate(),
    };
    const calendar = yearDays(holidays, day.year);
    if (!labels.includes(calendar.label)) labels.push(calendar.label);
    const iso = formatIsoDate(day);
    if (calendar.worked.has(iso) || (!weekend && !calendar.off.has(iso))) left -= 1;
  }
  if (holidays && labels.length === 0) labels.push(yearDays(holidays, date.year).label);
  return {
    date: {
      year: current.getUTCFullYear(),
      month: current.getUTCMonth() + 1,
      day: current.getUTCDate(),
    },
    calendar: holidays ? labels.join('+') : 'weekends',
  };
}
