import { daysInMonth } from '../common/dates';

/**
 * A parsed ISO date (`yyyy-mm-dd`) or bare year (`yyyy`, as 1 January) as the
 * integer yyyymmdd, read by character codes: hot loops over millions of
 * members compare and subtract these instead of allocating dates.
 * Completed years between two keys are {@link completedYearsOfKeys}.
 */
export function dateKey(text: string): number {
  let value = 0;
  for (let i = 0; i < 4; i += 1) value = value * 10 + (text.charCodeAt(i) - 48);
  if (text.length === 4) return value * 10000 + 101;
  const month = (text.charCodeAt(5) - 48) * 10 + (text.charCodeAt(6) - 48);
  const day = (text.charCodeAt(8) - 48) * 10 + (text.charCodeAt(9) - 48);
  return value * 10000 + month * 100 + day;
}

/**
 * Completed years from key `from` to key `to` (yyyymmdd), by the convention of
 * `completedMonths`: a year is complete on the same day, or on 28 February
 * for a 29 February start in a common year (Bộ luật Dân sự 2015, Điều 148.3:
 * a month without the corresponding day ends on its last day). Negative when
 * `to` is earlier. Integer arithmetic, for loops over millions of members.
 */
export function completedYearsOfKeys(from: number, to: number): number {
  const toYear = Math.floor(to / 10000);
  const fromMonthDay = from % 10000;
  const toMonthDay = to % 10000;
  const years = toYear - Math.floor(from / 10000);
  if (toMonthDay >= fromMonthDay) return years;
  const leapDayReached =
    fromMonthDay === 229 && toMonthDay === 228 && daysInMonth(toYear, 2) === 28;
  return leapDayReached ? years : years - 1;
}
