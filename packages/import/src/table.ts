/**
 * The small reader interface between file formats and the import: a reader
 * turns a CSV file or a workbook sheet into a {@link Table}; everything after
 * that (headers, labels, values, locations) is format-free. Swapping the XLSX
 * library means writing one new reader.
 */

/** A cell as a reader gives it: text, a number, a boolean, a real date cell, or empty. */
export type Cell = string | number | boolean | Date | null | undefined;

/** One row with its number as a spreadsheet user counts it (the header is row 1). */
export interface TableRow {
  readonly row: number;
  readonly cells: readonly Cell[];
}

/** One table: a CSV file of a folder or one sheet of a workbook. */
export interface Table {
  /** The name a user sees in messages: `dang-vien.csv`, or the sheet name `DangVien`. */
  readonly source: string;
  /** The file the table came from (the CSV file, or the workbook). */
  readonly file: string;
  /** The sheet name for a workbook, absent for CSV. */
  readonly sheet?: string;
  /** Every row, header first, trailing empty rows left out; read lazily so large files stream. */
  rows(): AsyncIterable<TableRow>;
}
