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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 31);
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
  // Read by character codes, not a regular expression: this runs several
  // times per member on rosters of millions.
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) return undefined;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    return { year, month, day };
  }
  if (options.allowBareYear && text.length === 4) {
    const year = digits(text, 0, 4);
    if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) return undefined;
    return { year, month: 1, day: 1 };
  }
  return undefined;
}

/** The number written by `length` ASCII digits from `start`, or -1. */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
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

/** The calendar date as a local-midnight `Date`, for date libraries such as date-fns. */
export function toDate(date: CalendarDate): Date {
  return new Date(date.year, date.month - 1, date.day);
}

/** The calendar date of a `Date`, read in local time. */
export function fromDate(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/**
 * Completed months from `from` to `to` (negative when `to` is earlier), the way
 * ages are counted "by month": a month counts once its day is reached, or once
 * a shorter month ends (born on the 31st, a month is complete on 28 February;
 * born on 29 February, a year is complete on 28 February of a common year).
 * This is the one convention of every age and period of the toolkit, after
 * Bộ luật Dân sự 2015, Điều 148.3 (a period in months whose last month lacks
 * the day ends on that month's last day).
 * Plain integer arithmetic, since it runs once per member on rosters of millions.
 *
 * @example
 * completedMonths({ year: 2000, month: 5, day: 20 }, { year: 2018, month: 5, day: 19 }) // 215
 */
export function completedMonths(from: CalendarDate, to: CalendarDate): number {
  const sign = compareCalendarDates(to, from);
  if (sign === 0) return 0;
  const [early, late] = sign > 0 ? [from, to] : [to, from];
  let months = (late.year - early.year) * 12 + (late.month - early.month);
  if (late.day < early.day && late.day !== daysInMonth(late.year, late.month)) months -= 1;
  return sign > 0 ? months : -months;
}

/**
 * Adds whole months; a day that does not exist in the target month becomes
 * its last day (31 January + 1 month = end of February), as date-fns
 * `addMonths` does.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
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
 * Yes/no, or the date from which it holds (có/không, hoặc từ ngày): the
 * exemption of data contract §4.1. Anything else is the wrong type, with a
 * message that names both forms.
 */
export const YesNoOrDate = z
  .union([
    z.boolean(),
    z.string().refine((value) => ISO_DATE.test(value) && parseCalendarDate(value) !== undefined, {
      error: 'expected yes/no or a date as yyyy-mm-dd',
      params: {
        code: 'invalid-type',
        expectedVi: 'có/không hoặc một ngày',
        expectedEn: 'yes/no or a date',
      },
    }),
  ])
  .meta({ description: 'Yes/no, or the ISO date (yyyy-mm-dd) from which it holds.' });
/** Yes/no, or the ISO date from which it holds. */
export type YesNoOrDate = z.infer<typeof YesNoOrDate>;

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
