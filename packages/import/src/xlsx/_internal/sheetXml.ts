/**
 * The small XML reading the streamed workbook reader needs: the workbook's
 * sheet list, relationships, number formats of the cell styles, shared
 * strings, and a sheet's rows as they stream. Each cell is given the value
 * exceljs's `xlsx.load` gives it (the reader this one replaced), so tables,
 * rows and cells are the same: see `streamWorkbook.ts`.
 */

import type { Cell } from '../../table';

/** exceljs's built-in number formats (the ones with a format code). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

const ATTRIBUTE = /([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;

/** The attributes of one start tag's text (`name="value" ...`), entities decoded. */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(ATTRIBUTE)) {
    found.set(match[1] as string, decodeEntities(match[2] ?? match[3] ?? ''));
  }
  return found;
}

/** XML's entities and character references, as an XML parser decodes them. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/gu, (whole, name: string) => {
    switch (name) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const code =
          name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
    }
  });
}

/** exceljs's second decoding of a formula's string result and of `t="str"` cells. */
function xmlDecode(text: string): string {
  return text.replace(/&([a-z]*);/gu, (whole) => {
    switch (whole) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return whole;
    }
  });
}

/** exceljs's test of a date format: date letters outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*\]/gu, '').replace(/"[^"]*"/gu, '');
  return /[ymdhMsb]+/u.test(bare);
}

/** A serial day number as exceljs turns it into a date (UTC). */
export function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** The sheets of `xl/workbook.xml` in their order, and its date system. */
export function workbookSheets(xml: string): {
  sheets: { name: string; relation: string }[];
  date1904: boolean;
} {
  const sheets: { name: string; relation: string }[] = [];
  for (const match of xml.matchAll(/<sheet\b([^>]*)>/gu)) {
    const found = attributes(match[1] as string);
    const name = found.get('name');
    const relation = found.get('r:id');
    if (name !== undefined && relation !== undefined) sheets.push({ name, relation });
  }
  const properties = /<workbookPr\b([^>]*)>/u.exec(xml);
  const date1904 = properties ? attributes(properties[1] as string).get('date1904') : undefined;
  return { sheets, date1904: date1904 === '1' || date1904 === 'true' };
}

/** Relationship id → target part name, resolved against `xl/`. */
export function relationships(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of xml.matchAll(/<Relationship\b([^>]*)>/gu)) {
    const found = attributes(match[1] as string);
    const id = found.get('Id');
    const target = found.get('Target');
    if (id === undefined || target === undefined) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return targets;
}

/** For each cell style (`s`), whether its number format is a date format. */
export function dateStyles(xml: string): boolean[] {
  const formats = new Map<number, string>();
  for (const match of xml.matchAll(/<numFmt\b([^>]*)>/gu)) {
    const found = attributes(match[1] as string);
    const id = Number(found.get('numFmtId'));
    const code = found.get('formatCode');
    if (code !== undefined) formats.set(id, code);
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/u.exec(xml)?.[1] ?? '';
  const dates: boolean[] = [];
  for (const match of cellXfs.matchAll(/<xf\b([^>]*)>/gu)) {
    const id = Number.parseInt(attributes(match[1] as string).get('numFmtId') ?? '0', 10);
    dates.push(id ? isDateFormat(formats.get(id) ?? BUILT_IN_FORMATS[id]) : false);
  }
  return dates;
}

/** The text of every `<t>` of a string item (phonetic runs left out), and whether it has runs. */
function itemText(xml: string): string | undefined {
  const bare = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/gu, '') : xml;
  let text: string | undefined;
  for (const match of bare.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/gu)) {
    const part = match[1];
    if (part !== undefined && part !== '') text = (text ?? '') + decodeEntities(part);
  }
  return text;
}

/** The shared strings, read chunk by chunk: rich text as its plain text. */
export async function sharedStrings(chunks: AsyncIterable<string>): Promise<string[]> {
  const strings: string[] = [];
  let buffer = '';
  for await (const chunk of chunks) {
    buffer += chunk;
    let at = 0;
    for (;;) {
      const start = buffer.indexOf('<si', at);
      if (start < 0) break;
      const selfClosed = buffer.indexOf('/>', start);
      const open = buffer.indexOf('>', start);
      if (open < 0) break;
      if (selfClosed >= 0 && selfClosed + 1 === open) {
        strings.push('');
        at = open + 1;
        continue;
      }
      const end = buffer.indexOf('</si>', open);
      if (end < 0) break;
      strings.push(itemText(buffer.slice(open + 1, end)) ?? '');
      at = end + 5;
    }
    buffer = buffer.slice(at);
  }
  return strings;
}

/** What a sheet's cells need from the rest of the workbook. */
export interface SheetContext {
  readonly strings: readonly string[];
  readonly dates: readonly boolean[];
  readonly date1904: boolean;
}

/** One row of a sheet as written: its number and its cells by column (1-based), holes empty. */
export interface XmlRow {
  readonly row: number;
  readonly cells: Cell[];
}

/** Column number of a cell reference such as `AB12`. */
export function columnOf(reference: string): number {
  let column = 0;
  for (let index = 0; index < reference.length; index += 1) {
    const code = reference.charCodeAt(index);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column;
}

/** The rows of a sheet part, in order, as its text streams in. */
export async function* sheetRows(
  chunks: AsyncIterable<string>,
  context: SheetContext,
): AsyncGenerator<XmlRow> {
  let buffer = '';
  let previous = 0;
  let done = false;
  for await (const chunk of chunks) {
    if (done) continue;
    buffer += chunk;
    let at = 0;
    for (;;) {
      const start = buffer.indexOf('<row', at);
      // The end of the rows is looked for only between one row and the next
      // (usually nothing), not in the rest of the buffer at every row.
      const gap = start < 0 ? buffer.slice(at) : buffer.slice(at, start);
      if (gap.includes('</sheetData>')) {
        done = true;
        break;
      }
      if (start < 0) {
        // Keep a tail that could be the start of `<row` or `</sheetData>`.
        at = Math.max(at, buffer.length - 12);
        break;
      }
      const next = buffer.charCodeAt(start + 4);
      if (Number.isNaN(next)) {
        at = start;
        break;
      }
      // `<rowBreaks` and the like are not rows.
      if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
        at = start + 4;
        continue;
      }
      const open = buffer.indexOf('>', start);
      if (open < 0) {
        at = start;
        break;
      }
      const tag = buffer.slice(start + 4, open);
      const selfClosed = tag.endsWith('/');
      let end = open + 1;
      let inner = '';
      if (!selfClosed) {
        const closeTag = buffer.indexOf('</row>', open);
        if (closeTag < 0) {
          at = start;
          break;
        }
        inner = buffer.slice(open + 1, closeTag);
        end = closeTag + 6;
      }
      const numberText = /\br="(\d+)"/u.exec(tag)?.[1];
      const row = numberText === undefined ? previous + 1 : Number(numberText);
      previous = row;
      yield rowCells(row, inner, context);
      at = end;
    }
    buffer = buffer.slice(at);
  }
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/gu;

function rowCells(row: number, xml: string, context: SheetContext): XmlRow {
  const cells: Cell[] = [];
  let column = 0;
  for (const match of xml.matchAll(CELL)) {
    const tag = match[1] as string;
    const reference = /\br="([A-Z]+)/u.exec(tag)?.[1];
    column = reference === undefined ? column + 1 : columnOf(reference);
    const type = /\bt="(\w+)"/u.exec(tag)?.[1];
    const style = Number.parseInt(/\bs="(\d+)"/u.exec(tag)?.[1] ?? '0', 10);
    const value = cellValue(match[2] ?? '', type, style, context);
    cells[column - 1] = value === NO_VALUE ? null : value;
  }
  return { row, cells };
}

const NO_VALUE = Symbol('no value');

/** The value exceljs's `xlsx.load` gives a cell (its cell reader and reconcile), as a {@link Cell}. */
function cellValue(
  xml: string,
  type: string | undefined,
  style: number,
  context: SheetContext,
): Cell | typeof NO_VALUE {
  if (xml === '') return NO_VALUE;
  const formula = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/u.exec(xml);
  const isFormula =
    formula !== null && ((formula[2] ?? '') !== '' || /\bt="shared"/u.test(formula[1] as string));
  let raw: string | undefined;
  if (type === 'inlineStr') {
    const inline = /<is\b[^>]*>([\s\S]*?)<\/is>/u.exec(xml)?.[1];
    raw = inline === undefined ? undefined : itemText(inline);
  } else {
    const v = /<v\b[^>]*?(?:\/>|>([\s\S]*?)<\/v>)/u.exec(xml)?.[1];
    raw = v === undefined || v === '' ? undefined : decodeEntities(v);
  }
  const isDate = style !== 0 && context.dates[style] === true;
  if (isFormula) {
    if (raw === undefined) return null;
    if (type === 'str') return xmlDecode(raw);
    if (type === 'b') return Number.parseInt(raw, 10) !== 0;
    if (type === 'e') return raw;
    const number = Number.parseFloat(raw);
    return isDate ? excelToDate(number, context.date1904) : number;
  }
  if (raw === undefined) return NO_VALUE;
  switch (type) {
    case 's':
      return context.strings[Number.parseInt(raw, 10)] ?? null;
    case 'str':
      return xmlDecode(raw);
    case 'inlineStr':
      return raw;
    case 'b':
      return Number.parseInt(raw, 10) !== 0;
    case 'e':
      return raw;
    default: {
      const number = Number.parseFloat(raw);
      return isDate ? excelToDate(number, context.date1904) : number;
    }
  }
}

/** A merged range: rows and columns, 1-based, inclusive. */
export interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The merged ranges of a sheet part (they follow its rows, so the part is read for them alone). */
export async function sheetMerges(chunks: AsyncIterable<string>): Promise<MergeRange[]> {
  const merges: MergeRange[] = [];
  let tail = '';
  for await (const chunk of chunks) {
    const text = tail + chunk;
    let at = 0;
    for (;;) {
      const start = text.indexOf('<mergeCell ', at);
      if (start < 0) break;
      const end = text.indexOf('>', start);
      if (end < 0) break;
      const ref = attributes(text.slice(start, end)).get('ref');
      at = end + 1;
      const parts = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/u.exec(ref ?? '');
      if (!parts) continue;
      const left = columnOf(parts[1] as string);
      const top = Number(parts[2]);
      const right = parts[3] === undefined ? left : columnOf(parts[3]);
      const bottom = parts[4] === undefined ? top : Number(parts[4]);
      merges.push({
        top: Math.min(top, bottom),
        left: Math.min(left, right),
        bottom: Math.max(top, bottom),
        right: Math.max(left, right),
      });
    }
    const pending = text.indexOf('<mergeCell ', at);
    tail = text.slice(pending >= 0 ? pending : Math.max(at, text.length - 12));
  }
  return merges;
}
