import { type CodeList, labelKey, normalizeText } from '@org/party-core';
import type { Cell } from '../table';
import type { FieldKind } from './fieldKinds';

const DAY_MONTH_YEAR = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/u;
const YEAR_MONTH_DAY = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[T ][\d:.]*Z?)?$/u;
const GRADE = /^(\d{1,2})\/(10|12)$/u;
const TRUE_KEYS = new Set(['co', 'x', '1', 'true', 'yes']);
const FALSE_KEYS = new Set(['khong', '0', 'false', 'no']);

function pad2(value: string): string {
  return value.length === 1 ? `0${value}` : value;
}

/** The ISO date of a real date cell: exceljs gives dates as UTC midnight, so UTC fields are read. */
function isoOfDateCell(date: Date): string {
  if (Number.isNaN(date.getTime())) return String(date);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  return `${year}-${pad2(String(date.getUTCMonth() + 1))}-${pad2(String(date.getUTCDate()))}`;
}

/**
 * A cell as text the way every input is stored (NFC, trimmed), or `undefined`
 * when it is empty. A number cell gives its full digits (`123456789012`, never
 * `1.23456789012e+11`), a date cell its ISO date, a boolean `true`/`false`.
 *
 * @example
 * cellText(123456789012) // '123456789012'
 * cellText('  Nguye\u0302\u0303n ') // 'Nguyễn' in NFC
 */
export function cellText(cell: Cell): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'string') {
    const text = normalizeText(cell);
    return text === '' ? undefined : text;
  }
  if (typeof cell === 'number') {
    return Number.isInteger(cell) ? BigInt(cell).toString() : String(cell);
  }
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return isoOfDateCell(cell);
}

/**
 * Reads a number written as text with Vietnamese or English separators: a
 * `.` (or, in whole numbers, a `,`) followed by groups of exactly three
 * digits separates thousands (`27.339` is 27339); otherwise a single `.` or
 * `,` is the decimal mark (`27,94`). With both marks, the last one is the
 * decimal mark (`1.234,5`, `1,234.5`). Spaces are ignored. `undefined` when
 * the text is not a number.
 *
 * @example
 * parseNumberText('27.339', { integer: true }) // 27339
 * parseNumberText('27,94', { integer: false }) // 27.94
 */
export function parseNumberText(text: string, options: { integer: boolean }): number | undefined {
  const compact = text.replace(/\s+/gu, '');
  const match = /^([+-]?)([\d.,]*\d[\d.,]*)$/u.exec(compact);
  if (!match) return undefined;
  const sign = match[1] === '-' ? -1 : 1;
  const body = match[2] ?? '';
  const dot = body.lastIndexOf('.');
  const comma = body.lastIndexOf(',');
  let digits: string | undefined;
  if (dot < 0 && comma < 0) digits = body;
  else if (dot >= 0 && comma >= 0) {
    const [decimal, thousands] = dot > comma ? ['.', ','] : [',', '.'];
    const at = body.lastIndexOf(decimal);
    const whole = body.slice(0, at);
    const fraction = body.slice(at + 1);
    if (/^\d+$/u.test(fraction) && groupedThousands(whole, thousands)) {
      digits = `${whole.split(thousands).join('')}.${fraction}`;
    }
  } else {
    const mark = dot >= 0 ? '.' : ',';
    const thousands = mark === '.' || options.integer || body.indexOf(mark) !== comma;
    if (thousands && groupedThousands(body, mark)) digits = body.split(mark).join('');
    else if (body.indexOf(mark) === body.lastIndexOf(mark)) digits = body.replace(mark, '.');
  }
  if (digits === undefined || !/^\d+(\.\d+)?$/u.test(digits)) return undefined;
  return sign * Number(digits);
}

function groupedThousands(text: string, mark: string): boolean {
  const groups = text.split(mark);
  const first = groups[0] ?? '';
  if (groups.length === 1) return /^\d+$/u.test(first);
  return /^[1-9]\d{0,2}$/u.test(first) && groups.slice(1).every((group) => /^\d{3}$/u.test(group));
}

function convertDate(cell: Cell): unknown {
  if (cell instanceof Date) return isoOfDateCell(cell);
  const text = cellText(cell);
  if (text === undefined) return undefined;
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return `${dmy[3]}-${pad2(dmy[2] ?? '')}-${pad2(dmy[1] ?? '')}`;
  const ymd = YEAR_MONTH_DAY.exec(text);
  if (ymd) return `${ymd[1]}-${pad2(ymd[2] ?? '')}-${pad2(ymd[3] ?? '')}`;
  // A bare year, or text core reports as an unreadable date.
  return text;
}

function convertEducation(text: string, list: CodeList<string> | undefined): string {
  const code = list?.match(text);
  if (code !== undefined) return code;
  const grade = GRADE.exec(text.replace(/\s+/gu, ''));
  if (!grade) return text;
  const level = Number(grade[1]);
  const [primary, lower] = grade[2] === '12' ? [5, 9] : [4, 7];
  const top = Number(grade[2]);
  if (level < 1 || level > top) return text;
  return level <= primary ? 'primary' : level <= lower ? 'lower-secondary' : 'upper-secondary';
}

const SHORT_TEXT = 12;
const INTERNED_MAX = 200_000;
const interned = new Map<string, string>();

/**
 * Returns one shared instance of a repeated string: dates, organisation codes
 * and labels repeat on every row of a roster, and millions of copies would
 * take gigabytes. Bounded, so unique values cannot grow it without end.
 */
function intern<T>(value: T): T {
  if (typeof value !== 'string') return value;
  const known = interned.get(value);
  if (known !== undefined) return known as T;
  if (interned.size < INTERNED_MAX) interned.set(value, value);
  return value;
}

/**
 * Converts one cell of a field to the value the core schema expects, or
 * `undefined` when the cell is empty (the field is then absent). Values that
 * cannot be read are passed through as written, so that core validation
 * reports them with its own code and message (`invalid-code` with the list of
 * labels, `invalid-date`, `invalid-type`). Never throws.
 *
 * - dates: `dd/mm/yyyy`, `d/m/yyyy` (also with `-` or `.`), ISO `yyyy-mm-dd`,
 *   and real date cells (UTC calendar date) become `yyyy-mm-dd`, even when
 *   the day does not exist (`31/02/2026` → `2026-02-31`, which core rejects);
 *   a bare year `yyyy` stays as it is (core accepts it only in birth dates);
 * - codes: the label or the code, ignoring case, diacritics and spacing;
 * - yes/no: `Có`/`Không`, `x`, `1`/`0`, `true`/`false`, `yes`/`no`; where a
 *   date may stand instead (`Miễn sinh hoạt` from a date), a date as above;
 * - numbers: number cells as they are, text by {@link parseNumberText}.
 *
 * @see docs/data-contract.md §1 (labels, dates, yes/no columns)
 * @example
 * convertCell('partial-date', '5/3/1964') // '1964-03-05'
 * convertCell('code', 'nu', Genders) // 'female'
 * convertCell('education', '9/12', GeneralEducationLevels) // 'lower-secondary'
 */
export function convertCell(kind: FieldKind, cell: Cell, list?: CodeList<string>): unknown {
  if (kind === 'date' || kind === 'partial-date') return intern(convertDate(cell));
  if (kind === 'yes-no' || kind === 'yes-no-or-date') {
    if (typeof cell === 'boolean') return cell;
    const text = cellText(cell);
    if (text === undefined) return undefined;
    const key = labelKey(text);
    if (TRUE_KEYS.has(key)) return true;
    if (FALSE_KEYS.has(key)) return false;
    return kind === 'yes-no-or-date' ? intern(convertDate(cell)) : text;
  }
  if (kind === 'integer' || kind === 'decimal') {
    if (typeof cell === 'number') return cell;
    const text = cellText(cell);
    if (text === undefined) return undefined;
    return parseNumberText(text, { integer: kind === 'integer' }) ?? text;
  }
  const text = cellText(cell);
  if (text === undefined) return undefined;
  switch (kind) {
    case 'code':
      return list?.match(text) ?? text;
    case 'code-or-other':
    case 'role':
      return list?.match(text) ?? 'other';
    case 'education':
      return convertEducation(text, list);
    case 'id':
      // Ids are unique on the roster: sharing them saves nothing. The ids a
      // column refers to (org codes) repeat, and the column cache of
      // `tableToRecords` shares them.
      return text;
    default:
      return text.length <= SHORT_TEXT ? intern(text) : text;
  }
}
