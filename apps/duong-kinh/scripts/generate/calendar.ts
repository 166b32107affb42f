/**
 * Date arithmetic on ISO `yyyy-mm-dd` strings for the generator: whole days
 * in UTC, never the clock.
 */
import {
  addMonths as addCalendarMonths,
  ageInYears,
  formatIsoDate,
  toCalendarDate,
} from '@org/party-core';
import type { Random } from './random';

const DAY_MS = 86_400_000;

/** Days from 1970-01-01 to an ISO date. */
function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

/** The ISO date of a day number. */
function isoOfDay(day: number): string {
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
  return formatIsoDate(addCalendarMonths(toCalendarDate(iso), months));
}

/** Completed years from `birth` to `on` (age on a day). */
export function ageOn(birth: string, on: string): number {
  return ageInYears(birth, toCalendarDate(on));
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
