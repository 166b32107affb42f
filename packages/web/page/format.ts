// Vietnamese number and date formats: 1.239, 33,3%, 1/3/2026. One minus sign
// on the whole page, U+2212 (−5), and never a negative zero.
import { percentages } from '@org/party-core/format';

const numbers = new Intl.NumberFormat('vi-VN');
const percents = new Intl.NumberFormat('vi-VN', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** The minus sign of the page: U+2212, as in print (not the hyphen Intl writes). */
export const MINUS = '\u2212';

/** Intl's text with the page's minus sign, and `-0` (or a value rounding to 0) as `0`. */
function signed(format: Intl.NumberFormat, value: number): string {
  const text = format.format(value);
  return /^-[0,.]+$/u.test(text) ? text.slice(1) : text.replace('-', MINUS);
}

/** `1239` → `1.239`, `-5` → `−5`, `-0` → `0`. */
export function formatNumber(value: number): string {
  return signed(numbers, value);
}

/** A change with its sign: `+5`, `−5`, `0`. */
export function formatChange(value: number): string {
  return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

/** A share of a total with one decimal: `38,0%`; `–` when the total is 0. */
export function formatPercent(value: number, total: number): string {
  if (total === 0) return '–';
  return `${signed(percents, (value / total) * 100)}%`;
}

/**
 * The shares of several values in their total, one decimal each, adding up to
 * exactly 100% (largest remainder, as the reports print them): `['59,5%', '40,5%']`.
 */
export function shareTexts(values: readonly number[]): string[] {
  const total = values.reduce((sum, value) => sum + value, 0);
  if (total === 0) return values.map(() => '–');
  const shares = percentages(Object.fromEntries(values.map((value, i) => [`k${i}`, value])));
  return values.map((_, i) => `${signed(percents, shares[`k${i}`] ?? 0)}%`);
}

/** `2026-03-01` → `1/3/2026`. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return `${day}/${month}/${year}`;
}

/** Today in the browser's time zone, as `yyyy-mm-dd`. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
