import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { unreadableInput } from '../issues';
import type { Table } from '../table';
import { loadWorkbook, unreadableWorkbook } from './readWorkbookBytes';

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
 * The compressed file is read into memory and its sheets are streamed as
 * `readWorkbookBytes` streams an upload's: one implementation for both. No
 * object model of the workbook is built: each sheet is inflated and read row
 * by row when its rows are asked for, so a 100,000-member workbook costs
 * about what the same roster as CSV costs. Only `writeWorkbook` knows the
 * XLSX library (exceljs); reading needs no library.
 *
 * @see docs/data-contract.md §1 (input: a ward dataset)
 * @throws UnreadableInputError when the file is missing or is not a valid XLSX
 *   workbook; the message names the file, in Vietnamese and English
 *   (`localized`).
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
    throw unreadableInput(
      `Không tìm thấy tệp Excel “${file}”. Hãy kiểm tra đường dẫn của tệp.`,
      `The Excel file “${file}” was not found. Check its path.`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw unreadableWorkbook(file, cause);
  }
  return loadWorkbook(bytes, file);
}
