import type { CalendarDate } from '../common/dates';
import { toCalendarDate } from '../common/dates';

/**
 * Age in completed years on `on` (tuổi đời): a year counts once the birthday
 * is reached; someone born on 29 February turns a year older on 1 March in a
 * common year. A bare birth year counts as 1 January (NĐ 135/2020 Điều 3).
 *
 * @example
 * ageInYears('1996-03-01', { year: 2026, month: 3, day: 1 }) // 30
 * ageInYears('1996-03-02', { year: 2026, month: 3, day: 1 }) // 29
 */
export function ageInYears(birthDate: string, on: CalendarDate): number {
  return completedYears(toCalendarDate(birthDate), on);
}

/** Completed years from `from` to `to` (0 or more when `to` is later). */
export function completedYears(from: CalendarDate, to: CalendarDate): number {
  const years = to.year - from.year;
  return to.month < from.month || (to.month === from.month && to.day < from.day)
    ? years - 1
    : years;
}
