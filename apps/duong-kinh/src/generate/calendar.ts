/**
 * Date arithmetic on ISO `yyyy-mm-dd` strings for the generator: whole days
 * in UTC, never the clock.
 */
import type { Random } from './random';

const DAY_MS = 86_400_000;

/** Days from 1970-01-01 to an ISO date. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `iso` plus `days` days. */
export function addDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

/**
 * `iso` plus `months` months; a day missing in the target month becomes the
 * month's last day (31/1 plus one month is 28/2 or 29/2).
 */
export function addMonths(iso: string, months: number): string {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Completed years from `birth` to `on` (age on a day). */
export function ageOn(birth: string, on: string): number {
  const [by = 0, bm = 0, bd = 0] = birth.split('-').map(Number);
  const [oy = 0, om = 0, od = 0] = on.split('-').map(Number);
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

/** Whether a date falls Monday to Friday. */
export function isWeekday(iso: string): boolean {
  const weekday = new Date(dayNumber(iso) * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** A random day from `from` to `to`, both included; with `weekday`, Monday to Friday only. */
export function randomDay(random: Random, from: string, to: string, weekday = false): string {
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (last < first) throw new RangeError(`empty period ${from}..${to}`);
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const day = isoOfDay(random.int(first, last));
    if (!weekday || isWeekday(day)) return day;
  }
  return isoOfDay(first);
}

/** The earlier of two ISO dates. */
export function earlier(a: string, b: string): string {
  return b < a ? b : a;
}

/** The later of two ISO dates. */
export function later(a: string, b: string): string {
  return b > a ? b : a;
}

/** A date as a ward office types it: `05/03/1964`. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
