import type { CalendarDate } from './dates';

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('vi-VN', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** `-0` (a rounded small negative, or `0 * -1`) as `0`, so no figure prints `−0`. */
const unsignedZero = (value: number) => (value === 0 ? 0 : value);

/**
 * A count written the Vietnamese way: `1.239`. With `padBelowTen`, counts
 * under 10 take a leading zero as administrative style does (`03 đảng bộ`).
 *
 * @example
 * formatCount(1239) // '1.239'
 * formatCount(3, { padBelowTen: true }) // '03'
 */
export function formatCount(value: number, options: { padBelowTen?: boolean } = {}): string {
  if (options.padBelowTen && Number.isInteger(value) && value >= 0 && value < 10)
    return `0${value}`;
  const text = integer.format(unsignedZero(value));
  return text === '-0' ? '0' : text;
}

/**
 * A percentage written the Vietnamese way, always with one decimal, so that
 * every percentage of a document reads alike: `77,4%`, `38,0%`, `100,0%`.
 * A share that rounds to zero prints `0,0%`, never `-0,0%`.
 *
 * @example
 * formatPercent(77.4) // '77,4%'
 * formatPercent(38) // '38,0%'
 */
export function formatPercent(value: number): string {
  const text = oneDecimal.format(unsignedZero(value));
  return `${text === '-0,0' ? '0,0' : text}%`;
}

/**
 * A date as report bodies write it: `16/6/2022` (no leading zeros).
 *
 * @example
 * formatDateVi({ year: 2022, month: 6, day: 16 }) // '16/6/2022'
 */
export function formatDateVi(date: CalendarDate): string {
  return `${date.day}/${date.month}/${date.year}`;
}

/**
 * A date as the text of a document writes it (ngày tháng trong văn bản):
 * `01/3/2026`, `12/02/2026`. Days under 10 and the months January and
 * February take a leading zero, as in the date line
 * ({@link formatDocumentDate}), so a report writes every date one way.
 *
 * @see HD 36-HD/VPTW (2018)
 * @example
 * formatDocumentDateShort({ year: 2026, month: 3, day: 1 }) // '01/3/2026'
 * formatDocumentDateShort({ year: 2026, month: 2, day: 12 }) // '12/02/2026'
 */
export function formatDocumentDateShort(date: CalendarDate): string {
  const day = date.day < 10 ? `0${date.day}` : String(date.day);
  const month = date.month <= 2 ? `0${date.month}` : String(date.month);
  return `${day}/${month}/${date.year}`;
}

/**
 * A date as the date line of a document writes it: `ngày 05 tháng 02 năm 2026`
 * (days under 10 and the months January and February take a leading zero).
 *
 * @see HD 36-HD/VPTW (2018); QĐ 399-QĐ/TW (2026)
 */
export function formatDocumentDate(date: CalendarDate): string {
  const day = date.day < 10 ? `0${date.day}` : String(date.day);
  const month = date.month <= 2 ? `0${date.month}` : String(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}
