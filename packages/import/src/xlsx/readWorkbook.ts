import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { UnreadableInputError } from '@org/party-core';
import ExcelJS from 'exceljs';
import type { Cell, Table, TableRow } from '../table';

/**
 * Reads an XLSX workbook (tệp Excel) into one {@link Table} per worksheet, in
 * the workbook's sheet order. The table's `source` and `sheet` are the sheet
 * name and its `file` is the workbook's base name.
 *
 * Cells come out as the spreadsheet shows them: real date cells as `Date`
 * (UTC midnight, as exceljs gives them), numbers as numbers (a 12-digit
 * citizen-id number stays a number; the mapping turns it into its full integer
 * text), text as text (a number stored as text stays text), rich text as its
 * plain text, formulas as their cached result, hyperlinks as their text,
 * booleans as booleans, and errors such as `#N/A` as their text.
 *
 * Rows are numbered as the spreadsheet numbers them. Leading empty rows are
 * skipped, so the first non-empty row is the header; within the header row a
 * merged range's value is repeated in every cell of the range (elsewhere only
 * the range's first cell holds it). Empty rows between data rows are kept with
 * empty cells; trailing empty rows are dropped. Data validations are not read.
 *
 * This module and `writeWorkbook` are the only ones that know the XLSX library.
 *
 * @see docs/data-contract.md §1 (input: a ward dataset)
 * @throws UnreadableInputError when the file is missing or is not a valid XLSX
 *   workbook; the message names the file, in Vietnamese.
 * @example
 * const tables = await readWorkbook('du-lieu.xlsx');
 * for (const table of tables) {
 *   for await (const { row, cells } of table.rows()) {
 *     // row 1 is the header of sheet `table.sheet`
 *   }
 * }
 */
export async function readWorkbook(path: string): Promise<Table[]> {
  const file = basename(path);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) {
    throw new UnreadableInputError(
      `Không tìm thấy tệp Excel “${file}”. Hãy kiểm tra đường dẫn của tệp.`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // Data validations of a template cover thousands of rows and exceljs
    // expands them cell by cell; the import does not need them.
    await workbook.xlsx.readFile(path, { ignoreNodes: ['dataValidations'] });
  } catch (cause) {
    throw new UnreadableInputError(unreadableMessage(file), { cause });
  }
  const sheets = workbook.worksheets;
  if (sheets.length === 0) throw new UnreadableInputError(unreadableMessage(file));
  return sheets.map((worksheet) => sheetTable(worksheet, file));
}

function unreadableMessage(file: string): string {
  return `Không đọc được tệp Excel “${file}”: tệp hỏng hoặc không phải định dạng .xlsx. Hãy mở bằng Excel và lưu lại dạng .xlsx.`;
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
    cells.push(cell.type === ExcelJS.ValueType.Merge && !isHeader ? null : toCell(cell.value));
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
