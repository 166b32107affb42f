import { addMonths as addMonthsFns, differenceInMonths } from 'date-fns';
import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const BARE_YEAR = /^(\d{4})$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}-\d{2})?$/;

/**
 * The patterns of {@link IsoDate} and {@link PartialDate}, so that a format
 * error on them can be reported as a date problem.
 */
export const DATE_PATTERNS = { iso: String(ISO_DATE), partial: String(PARTIAL_DATE) } as const;

/** Earliest and latest years accepted in any date: catches typing slips such as `0196` or `2206`. */
export const YEAR_RANGE = { min: 1880, max: 2200 } as const;

/** A calendar date as three numbers, with no time and no time zone. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads an ISO date (`yyyy-mm-dd`) or, when `allowBareYear` is set, a bare year
 * (`yyyy`, taken as 1 January: the convention of NĐ 135/2020 for ages).
 * Returns `undefined` for anything that is not a real calendar date, such as
 * `2026-02-31`.
 *
 * @example
 * parseCalendarDate('2026-03-01') // { year: 2026, month: 3, day: 1 }
 * parseCalendarDate('1964', { allowBareYear: true }) // { year: 1964, month: 1, day: 1 }
 */
export function parseCalendarDate(
  text: string,
  options: { allowBareYear?: boolean } = {},
): CalendarDate | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const year = Number(iso[1]);
    const month = Number(iso[2]);
    const day = Number(iso[3]);
    if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) return undefined;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    return { year, month, day };
  }
  const bare = options.allowBareYear ? BARE_YEAR.exec(text) : null;
  if (bare) {
    const year = Number(bare[1]);
    if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) return undefined;
    return { year, month: 1, day: 1 };
  }
  return undefined;
}

/** Whether a date string is a bare year (`1964`) rather than a full date. */
export function isBareYear(text: string): boolean {
  return BARE_YEAR.test(text);
}

/**
 * Orders two dates: negative when `a` is earlier, zero when equal.
 */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The calendar date as a local-midnight `Date`, for date-fns. */
export function toDate(date: CalendarDate): Date {
  return new Date(date.year, date.month - 1, date.day);
}

/** The calendar date of a `Date`, read in local time. */
export function fromDate(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/**
 * Completed months from `from` to `to` (negative when `to` is earlier), the way
 * ages are counted "by month" (date-fns `differenceInMonths`).
 *
 * @example
 * completedMonths({ year: 2000, month: 5, day: 20 }, { year: 2018, month: 5, day: 19 }) // 215
 */
export function completedMonths(from: CalendarDate, to: CalendarDate): number {
  return differenceInMonths(toDate(to), toDate(from));
}

/**
 * Adds whole months (date-fns `addMonths`): a day that does not exist in the
 * target month becomes its last day (31 January + 1 month = end of February).
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return fromDate(addMonthsFns(toDate(date), months));
}

/** Writes a calendar date as ISO `yyyy-mm-dd`. */
export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * A full calendar date, ISO `yyyy-mm-dd` (ngày tháng năm). Rejects dates that do
 * not exist, such as `2026-02-31`.
 */
export const IsoDate = z
  .string()
  .regex(ISO_DATE, { error: 'expected a date as yyyy-mm-dd' })
  .refine((value) => parseCalendarDate(value) !== undefined, {
    error: 'not a real calendar date',
    params: { code: 'invalid-date' },
  })
  .meta({ description: 'Calendar date, ISO yyyy-mm-dd.', examples: ['2026-03-01'] });
/** A full calendar date, ISO `yyyy-mm-dd`. */
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * A date that may be known only by its year: ISO `yyyy-mm-dd` or a bare `yyyy`
 * (old records). A bare year counts as 1 January of that year for ages, the
 * convention of NĐ 135/2020/NĐ-CP Điều 3.
 */
export const PartialDate = z
  .string()
  .regex(PARTIAL_DATE, { error: 'expected a date as yyyy-mm-dd or a year as yyyy' })
  .refine((value) => parseCalendarDate(value, { allowBareYear: true }) !== undefined, {
    error: 'not a real calendar date',
    params: { code: 'invalid-date', allowYear: 1 },
  })
  .meta({
    description: 'Calendar date (yyyy-mm-dd), or a bare year (yyyy) when only the year is known.',
    examples: ['1964-10-15', '1964'],
  });
/** A date that may be known only by its year. */
export type PartialDate = z.infer<typeof PartialDate>;

/**
 * Reads a date already validated by {@link IsoDate} or {@link PartialDate}.
 * Throws a `TypeError` on anything else: that is a programming error, since
 * computations run on parsed data only.
 */
export function toCalendarDate(value: string): CalendarDate {
  const date = parseCalendarDate(value, { allowBareYear: true });
  if (!date) throw new TypeError(`not a parsed date: ${JSON.stringify(value)}`);
  return date;
}
