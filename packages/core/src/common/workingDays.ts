import type { CalendarDate } from './dates';

/**
 * Adds `days` working days (Monday to Friday) to a date. Public holidays are
 * not known to the toolkit and are not skipped, so a deadline computed over a
 * holiday may be a few days early: a cautious reading.
 *
 * @example
 * addWorkingDays({ year: 2026, month: 3, day: 6 }, 1) // Monday 9 March 2026
 */
export function addWorkingDays(date: CalendarDate, days: number): CalendarDate {
  const current = new Date(Date.UTC(date.year, date.month - 1, date.day));
  let left = days;
  while (left > 0) {
    current.setUTCDate(current.getUTCDate() + 1);
    const weekday = current.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return {
    year: current.getUTCFullYear(),
    month: current.getUTCMonth() + 1,
    day: current.getUTCDate(),
  };
}
