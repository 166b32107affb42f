import { UnreadableInputError } from '@org/party-core';
import type ExcelJS from 'exceljs';
import { unreadableInput } from '../issues';
import type { Cell, Table, TableRow } from '../table';
import { loadExcelJs } from './excelJs';
import { measureExpandedSize } from './zipSize';

/** exceljs's type of a merged cell, known once exceljs is loaded. */
let mergeType: ExcelJS.ValueType | undefined;

/** Options of {@link readWorkbookBytes}. */
export interface ReadWorkbookOptions {
  /**
   * The most bytes the workbook may hold once unzipped, every part counted.
   * When set, the archive is inflated once (and thrown away) to measure it
   * before it is parsed, so a small upload that expands to gigabytes (a “zip
   * bomb”) is refused with {@link WorkbookTooLargeError} without ever being
   * held in memory. An archive that cannot be measured (not a ZIP file, an
   * unsupported ZIP64 or compression method) is unreadable input.
   */
  readonly maxExpandedBytes?: number;
}

/**
 * Reads an XLSX workbook held in memory (an upload; nothing touches the disk)
 * into one {@link Table} per worksheet, exactly as `readWorkbook` reads
 * the same file from a path: the same tables, rows and cells, and the same
 * bilingual error, naming `fileName`, when the bytes are not a workbook.
 * `fileName` is what messages and the tables' `file` show.
 *
 * @see docs/data-contract.md §1 (input: a ward dataset)
 * @throws UnreadableInputError when the bytes are not a valid XLSX workbook
 *   (Vietnamese message and English); WorkbookTooLargeError when
 *   `maxExpandedBytes` is set and the workbook expands beyond it.
 * @example
 * const tables = await readWorkbookBytes(new Uint8Array(await upload.arrayBuffer()), upload.name, {
 *   maxExpandedBytes: 200 * 1024 * 1024,
 * });
 */
export async function readWorkbookBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ReadWorkbookOptions = {},
): Promise<Table[]> {
  if (options.maxExpandedBytes !== undefined) {
    const measured = await measureExpandedSize(bytes, options.maxExpandedBytes);
    if (measured === 'too-large')
      throw new WorkbookTooLargeError(fileName, options.maxExpandedBytes);
    if (measured === 'unreadable') throw unreadableWorkbook(fileName);
  }
  return loadWorkbook(bytes, fileName);
}

/**
 * Thrown by {@link readWorkbookBytes} for a workbook that expands beyond its
 * `maxExpandedBytes` once unzipped. It is unreadable input (code
 * `unreadable-input`) with its message in Vietnamese and English;
 * a web adapter answers it as a request too large.
 *
 * @example
 * try { await readWorkbookBytes(bytes, name, { maxExpandedBytes }); }
 * catch (error) { if (error instanceof WorkbookTooLargeError) answer(413); }
 */
export class WorkbookTooLargeError extends UnreadableInputError {
  /** The limit that was passed, in bytes. */
  readonly maxExpandedBytes: number;

  constructor(fileName: string, maxExpandedBytes: number) {
    const megabytes = Math.max(1, Math.round(maxExpandedBytes / (1024 * 1024)));
    super({
      vi: `Tệp Excel “${fileName}” chứa quá nhiều dữ liệu khi giải nén (quá ${megabytes} MB). Hãy kiểm tra lại tệp hoặc chia nhỏ dữ liệu.`,
      en: `The Excel file “${fileName}” holds too much data once unzipped (over ${megabytes} MB). Check the file or split the data.`,
    });
    this.name = 'WorkbookTooLargeError';
    this.maxExpandedBytes = maxExpandedBytes;
  }
}

/** The one implementation behind both readers: the whole file is parsed in memory. */
export async function loadWorkbook(bytes: Uint8Array, file: string): Promise<Table[]> {
  const excel = await loadExcelJs();
  mergeType = excel.ValueType.Merge;
  const workbook = new excel.Workbook();
  try {
    // exceljs types its input as its own `Buffer` (an ArrayBuffer); it takes a Node Buffer.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Data validations of a template cover thousands of rows and exceljs
    // expands them cell by cell; the import does not need them.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer, {
      ignoreNodes: ['dataValidations'],
    });
  } catch (cause) {
    throw unreadableWorkbook(file, cause);
  }
  const sheets = workbook.worksheets;
  if (sheets.length === 0) throw unreadableWorkbook(file);
  return sheets.map((worksheet) => sheetTable(worksheet, file));
}

/** The bilingual error for a file that is not a workbook, naming it. */
export function unreadableWorkbook(file: string, cause?: unknown): Error {
  return unreadableInput(
    `Không đọc được tệp Excel “${file}”: tệp hỏng hoặc không phải định dạng .xlsx. Hãy mở bằng Excel và lưu lại dạng .xlsx.`,
    `The Excel file “${file}” cannot be read: it is damaged or not in .xlsx format. Open it in Excel and save it again as .xlsx.`,
    cause === undefined ? undefined : { cause },
  );
}

function sheetTable(worksheet: ExcelJS.Worksheet, file: string): Table {
  const name = worksheet.name;
  return {
    source: name,
    file,
    sheet: name,
    rows: () => sheetRows(worksheet),
  };
}

/**
 * Single pass over the sheet: empty rows are held back until a non-empty row
 * follows, so trailing empty rows never come out.
 */
async function* sheetRows(worksheet: ExcelJS.Worksheet): AsyncGenerator<TableRow> {
  const last = worksheet.rowCount;
  let headerSeen = false;
  let heldEmpty: number[] = [];
  for (let number = 1; number <= last; number++) {
    const row = worksheet.findRow(number);
    const cells = row ? rowCells(row, !headerSeen) : [];
    if (!cells.some(isFilled)) {
      if (headerSeen) heldEmpty.push(number);
      continue;
    }
    for (const empty of heldEmpty) yield { row: empty, cells: [] };
    heldEmpty = [];
    headerSeen = true;
    yield { row: number, cells };
  }
}

function rowCells(row: ExcelJS.Row, isHeader: boolean): Cell[] {
  const cells: Cell[] = [];
  const count = row.cellCount;
  for (let column = 1; column <= count; column++) {
    const cell = row.getCell(column);
    // A merged cell reports the value of its range's first cell; only the
    // header row repeats it.
    cells.push(cell.type === mergeType && !isHeader ? null : toCell(cell.value));
  }
  while (cells.length > 0 && (cells[cells.length - 1] ?? null) === null) cells.pop();
  return cells;
}

function isFilled(cell: Cell): boolean {
  if (cell === null || cell === undefined) return false;
  return typeof cell !== 'string' || cell.trim() !== '';
}

/** Turns an exceljs cell value into a reader {@link Cell}. */
function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  const object = value as Record<string, unknown>;
  if (Array.isArray(object.richText)) return richTextToString(object.richText);
  if (typeof object.error === 'string') return object.error;
  if ('formula' in object || 'sharedFormula' in object) return toCell(object.result);
  if ('hyperlink' in object) return toCell(object.text);
  if ('text' in object) return toCell(object.text);
  return null;
}

function richTextToString(runs: readonly unknown[]): string {
  return runs
    .map((run) => {
      const text = (run as { text?: unknown } | null)?.text;
      return typeof text === 'string' ? text : '';
    })
    .join('');
}
