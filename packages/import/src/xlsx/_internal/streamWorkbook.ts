import type { Cell, Table, TableRow } from '../../table';
import {
  dateStyles,
  type MergeRange,
  relationships,
  type SheetContext,
  sharedStrings,
  sheetMerges,
  sheetRows,
  workbookSheets,
} from './sheetXml';
import { entryText, wholeText, type ZipEntry, zipEntries } from './zipEntries';

/** Thrown when the bytes are not a workbook; the caller turns it into its bilingual error. */
export class NotAWorkbook extends Error {}

/**
 * Opens a workbook held in memory (its compressed bytes) as one {@link Table}
 * per worksheet, in the workbook's sheet order, without building its object
 * model: the workbook's list of sheets, its styles (which cells are dates)
 * and its shared strings are read when it is opened; each sheet's rows are
 * inflated and read as `rows()` asks for them, and each call reads the sheet
 * again (the import reads a sheet a second time only for the rows its issues
 * point at).
 *
 * Tables, rows and cells are those the whole-workbook reader (exceljs
 * `xlsx.load`) gave, which `xlsxEquivalence.test.ts` checks.
 *
 * @throws NotAWorkbook when the bytes are not a ZIP archive, or lack the
 *   workbook part, a sheet part, or any sheet.
 */
export async function streamWorkbook(bytes: Uint8Array, file: string): Promise<Table[]> {
  const entries = zipEntries(bytes);
  if (!entries) throw new NotAWorkbook('not a ZIP archive');
  const workbookEntry = entries.get('xl/workbook.xml');
  const relationsEntry = entries.get('xl/_rels/workbook.xml.rels');
  if (!workbookEntry || !relationsEntry) throw new NotAWorkbook('no workbook part');
  const { sheets, date1904 } = workbookSheets(await wholeText(workbookEntry));
  const targets = relationships(await wholeText(relationsEntry));
  const stylesEntry = entries.get('xl/styles.xml');
  const stringsEntry = entries.get('xl/sharedStrings.xml');
  const context: SheetContext = {
    dates: stylesEntry ? dateStyles(await wholeText(stylesEntry)) : [],
    strings: stringsEntry ? await sharedStrings(entryText(stringsEntry)) : [],
    date1904,
  };
  const tables: Table[] = [];
  for (const sheet of sheets) {
    const target = targets.get(sheet.relation);
    // Chart sheets and dialog sheets are not worksheets.
    if (target === undefined || !/^xl\/worksheets\//u.test(target)) continue;
    const entry = entries.get(target);
    if (!entry) throw new NotAWorkbook(`no part ${target}`);
    tables.push(sheetTable(sheet.name, file, entry, context));
  }
  if (tables.length === 0) throw new NotAWorkbook('no worksheet');
  return tables;
}

function sheetTable(name: string, file: string, entry: ZipEntry, context: SheetContext): Table {
  let merges: Promise<MergeRange[]> | undefined;
  return {
    source: name,
    file,
    sheet: name,
    // Read when the rows are first iterated, and kept for the next reading.
    rows: () => tableRows(entry, context, () => (merges ??= sheetMerges(entryText(entry)))),
  };
}

/**
 * The rows as the whole-workbook reader gave them: leading empty rows
 * skipped, so the first non-empty row is the header; empty rows between data
 * rows kept with no cells; trailing empty rows dropped; within the header a
 * merged range's value repeated in every cell of the range, elsewhere only
 * the range's first cell holding it.
 */
async function* tableRows(
  entry: ZipEntry,
  context: SheetContext,
  mergesRead: () => Promise<MergeRange[]>,
): AsyncGenerator<TableRow> {
  const merges = await mergesRead();
  const mergedRows = mergesByRow(merges);
  let headerSeen = false;
  let last = 0;
  let heldEmpty: number[] = [];
  for await (const xmlRow of sheetRows(entryText(entry), context)) {
    const number = xmlRow.row;
    // Rows absent from the part are empty rows.
    for (let gap = last + 1; gap < number; gap += 1) if (headerSeen) heldEmpty.push(gap);
    last = Math.max(last, number);
    const cells = rowCells(number, xmlRow.cells, mergedRows.get(number), !headerSeen);
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

/** For each row number, the merged ranges that cross it. */
function mergesByRow(merges: readonly MergeRange[]): Map<number, MergeRange[]> {
  const byRow = new Map<number, MergeRange[]>();
  for (const range of merges) {
    for (let row = range.top; row <= range.bottom; row += 1) {
      const list = byRow.get(row);
      if (list) list.push(range);
      else byRow.set(row, [range]);
    }
  }
  return byRow;
}

/**
 * The cells as the whole-workbook reader gave them: a merged range's other
 * cells repeat its first cell's value in the header (a range that starts in
 * an earlier row, which was empty, repeats nothing) and are empty elsewhere;
 * trailing empty cells are dropped.
 */
function rowCells(
  row: number,
  written: readonly Cell[],
  merges: readonly MergeRange[] | undefined,
  isHeader: boolean,
): Cell[] {
  const cells: Cell[] = Array.from(written, (cell) => cell ?? null);
  for (const range of merges ?? []) {
    const first = range.top === row ? (written[range.left - 1] ?? null) : null;
    for (let column = range.left; column <= range.right; column += 1) {
      if (column === range.left && range.top === row) continue;
      cells[column - 1] = isHeader ? first : null;
    }
  }
  while (cells.length > 0 && (cells[cells.length - 1] ?? null) === null) cells.pop();
  return cells;
}

function isFilled(cell: Cell): boolean {
  if (cell === null || cell === undefined) return false;
  return typeof cell !== 'string' || cell.trim() !== '';
}
