import { completedYearsOfKeys } from '../_internal/dateKey';
import type { CalendarDate } from '../common/dates';
import { toCalendarDate } from '../common/dates';

/**
 * Age in completed years on `on` (tuổi đời): a year counts once the birthday
 * is reached. Someone born on 29 February turns a year older on 28 February
 * in a common year, the convention of every age and period in months of the
 * toolkit (`completedMonths`, `addMonths`; Bộ luật Dân sự 2015, Điều 148.3),
 * so the admission age, the age bands, the planning age and the retirement
 * date agree. A bare birth year counts as 1 January (NĐ 135/2020 Điều 3).
 *
 * @example
 * ageInYears('1996-03-01', { year: 2026, month: 3, day: 1 }) // 30
 * ageInYears('1996-03-02', { year: 2026, month: 3, day: 1 }) // 29
 * ageInYears('2008-02-29', { year: 2026, month: 2, day: 28 }) // 18
 */
export function ageInYears(birthDate: string, on: CalendarDate): number {
  return completedYears(toCalendarDate(birthDate), on);
}

/**
 * Completed years from `from` to `to` (0 or more when `to` is later); a
 * 29 February start completes its years on 28 February in a common year.
 */
export function completedYears(from: CalendarDate, to: CalendarDate): number {
  const key = (d: CalendarDate) => d.year * 10000 + d.month * 100 + d.day;
  return completedYearsOfKeys(key(from), key(to));
}
