import { formatIsoDate, parseCalendarDate } from '../../common/dates';

const NUMBER = /^[+\-\u2212]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;

/**
 * Reads a number as Vietnamese reports write it: `.` groups thousands, `,`
 * marks decimals, an optional sign (`+17`, `-3`, `−3`), leading zeros
 * (`03`) and a trailing `%` (`77,4%`). `undefined` for anything else.
 *
 * @example
 * parseVietnameseNumber('1.239') // 1239
 * parseVietnameseNumber('77,4%') // 77.4
 */
export function parseVietnameseNumber(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(/%$/, '');
  if (!NUMBER.test(compact)) return undefined;
  const negative = compact.startsWith('-') || compact.startsWith('\u2212');
  const digits = compact
    .replace(/^[+\-\u2212]/, '')
    .replaceAll('.', '')
    .replace(',', '.');
  const value = Number(digits);
  return negative ? -value : value;
}

const DATE_VI = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DATE_LINE = /^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/i;

/**
 * Reads a date as reports write it (`16/6/2022`, `ngày 05 tháng 02 năm
 * 2026`) or as ISO, and returns it as ISO; `undefined` for anything else.
 *
 * @example
 * parseVietnameseDate('16/6/2022') // '2022-06-16'
 */
export function parseVietnameseDate(text: string): string | undefined {
  const trimmed = text.trim();
  const match = DATE_VI.exec(trimmed) ?? DATE_LINE.exec(trimmed);
  const iso =
    match === null
      ? trimmed
      : `${match[3]}-${(match[2] ?? '').padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
  const date = parseCalendarDate(iso);
  return date === undefined ? undefined : formatIsoDate(date);
}
