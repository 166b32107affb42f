import type ExcelJS from 'exceljs';
import { loadExcelJs } from './excelJs';
import { fixZipTimestamps } from './fixZipTimestamps';

/** A drop-down list on a column (danh sách chọn): its values live in a range of another sheet. */
export interface ColumnListSpec {
  /** The range holding the values, e.g. `DanhMuc!$A$2:$A$3`. */
  readonly range: string;
  /** Title of the warning shown for a value not in the list. */
  readonly errorTitle: string;
  /** Text of that warning. */
  readonly error: string;
}

/** How one column of a written sheet looks. */
export interface ColumnSpec {
  /** Width in characters. */
  readonly width?: number;
  /** Note (ghi chú) attached to the column's header cell. */
  readonly note?: string;
  /** Drop-down list offered on every data row of the column. */
  readonly list?: ColumnListSpec;
  /** Number format of the column: `@` keeps ids as text, `dd/mm/yyyy` shows dates. */
  readonly numberFormat?: string;
}

/** One sheet of a written workbook. */
export interface SheetSpec {
  /** Sheet name. */
  readonly name: string;
  /** Rows from row 1, as plain values. */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Columns from column A; absent entries get defaults. */
  readonly columns?: readonly ColumnSpec[];
  /** Notes on other cells, by A1 address. */
  readonly cellNotes?: Readonly<Record<string, string>>;
  /** Whether row 1 is a header: bold, shaded and frozen. */
  readonly header?: boolean;
  /** Hidden sheet (lists for drop-downs). */
  readonly hidden?: boolean;
}

/** Options of {@link workbookBuffer}. */
export interface WorkbookSpecOptions {
  /** Last sheet row that drop-down lists cover (default 10000). */
  readonly lastListRow?: number;
  /** The date written as the workbook's creation and modification time (default {@link WORKBOOK_DATE}). */
  readonly date?: Date;
}

/**
 * The date the toolkit's workbooks carry as their creation time, so that the
 * same workbook is always the same bytes (not the time it was written).
 */
export const WORKBOOK_DATE = new Date(Date.UTC(2026, 0, 1));

/** Rows covered by drop-down lists unless told otherwise. */
export const DEFAULT_LAST_LIST_ROW = 10_000;

/**
 * Renders a workbook description as XLSX bytes, so that callers never touch
 * the XLSX library. Header rows are bold, shaded and frozen; notes become cell
 * comments; lists become list data validations that warn (rather than refuse)
 * on other values, so accepted aliases can still be typed.
 *
 * @example
 * const bytes = await workbookBuffer([
 *   { name: 'DangVien', header: true, rows: [['Mã đảng viên', 'Giới tính']],
 *     columns: [{ numberFormat: '@' }, { list: { range: 'DanhMuc!$A$2:$A$3', errorTitle: 'Giới tính', error: 'Chọn Nam hoặc Nữ.' } }] },
 * ]);
 */
export async function workbookBuffer(
  sheets: readonly SheetSpec[],
  options: WorkbookSpecOptions = {},
): Promise<Uint8Array> {
  const lastListRow = options.lastListRow ?? DEFAULT_LAST_LIST_ROW;
  const date = options.date ?? WORKBOOK_DATE;
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  workbook.created = date;
  workbook.modified = date;
  for (const spec of sheets) {
    const worksheet = workbook.addWorksheet(spec.name, {
      state: spec.hidden ? 'hidden' : 'visible',
      views: spec.header ? [{ state: 'frozen', xSplit: 0, ySplit: 1 }] : [],
    });
    for (const row of spec.rows) worksheet.addRow([...row]);
    const columns = spec.columns ?? [];
    columns.forEach((column, index) => {
      const number = index + 1;
      const sheetColumn = worksheet.getColumn(number);
      if (column.width !== undefined) sheetColumn.width = column.width;
      if (column.numberFormat !== undefined) sheetColumn.numFmt = column.numberFormat;
      if (column.note !== undefined) worksheet.getCell(1, number).note = column.note;
      if (column.list !== undefined) {
        const letter = sheetColumn.letter;
        // exceljs types omit `dataValidations`, which takes a range address.
        (worksheet as unknown as DataValidationHost).dataValidations.add(
          `${letter}2:${letter}${lastListRow}`,
          {
            type: 'list',
            allowBlank: true,
            formulae: [column.list.range],
            showErrorMessage: true,
            errorStyle: 'warning',
            errorTitle: column.list.errorTitle,
            error: column.list.error,
          },
        );
      }
    });
    for (const [address, note] of Object.entries(spec.cellNotes ?? {})) {
      worksheet.getCell(address).note = note;
    }
    if (spec.header) {
      const header = worksheet.getRow(1);
      header.eachCell((cell) => {
        cell.font = { bold: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
        cell.alignment = { vertical: 'middle', wrapText: true };
      });
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return fixZipTimestamps(buffer as ArrayBuffer, date);
}

interface DataValidationHost {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}
