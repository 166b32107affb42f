import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { readCsvFolder } from './csv/readCsvFolder';
import { checkAsOf, importJson } from './importJson';
import { unreadableInput } from './issues';
import { type ImportResult, importTables } from './mapping/importTables';
import { readJsonDataset } from './readJsonDataset';
import type { Table } from './table';
import { readWorkbook } from './xlsx/readWorkbook';

/** Options of {@link importDataset}. */
export interface ImportOptions {
  /**
   * Reference date (ISO `yyyy-mm-dd`) for validation (probation overdue and
   * other dated checks). For a CSV folder or a workbook it is also recorded as
   * the dataset's `asOf`; a JSON file keeps its own.
   */
  readonly asOf?: string;
  /** Reads a workbook into tables; defaults to the package's XLSX reader. */
  readonly readWorkbook?: (path: string) => Promise<Table[]>;
  /** Called with the number of rows read so far (CSV and XLSX), every 10 000 rows and at the end. */
  readonly onProgress?: (rowsRead: number) => void;
}

/**
 * Imports a ward dataset (nhập dữ liệu của đảng bộ) from any of the forms of
 * the data contract: a folder of CSV files, an XLSX workbook (`.xlsx`), or
 * the canonical JSON (`.json`). The records are validated by core
 * `validateDataset` with `asOf`; every problem comes back as an
 * `ImportIssue` with its file (or sheet), row (header = 1), column
 * header as written and cell value, and with messages in Vietnamese and
 * English. Bad data never throws: one run reports every problem, and every
 * data row is either a record of `data` or in `issues`. Member data never
 * goes into messages or logs.
 *
 * Errors thrown are `UnreadableInputError` (the path is missing, is neither a
 * folder nor a `.xlsx` or `.json` file, or cannot be opened at all): the
 * message is Vietnamese and says what to do; the same text in English is in
 * the error's `localized.en`. An invalid `asOf` throws core's
 * `InvalidArgumentError`.
 *
 * @see docs/data-contract.md §1 (input), §2 (bad input)
 * @example
 * const result = await importDataset('du-lieu/', { asOf: '2026-03-01' });
 * if (!result.ok) for (const issue of result.issues) show(issue.source, issue.message.vi);
 */
export async function importDataset(
  path: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const name = basename(path) || path;
  checkAsOf(options.asOf);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch {
    throw unreadableInput(
      `Không tìm thấy “${name}”. Hãy kiểm tra đường dẫn: cần một thư mục các tệp CSV, một tệp Excel .xlsx hoặc một tệp .json.`,
      `“${name}” was not found. Check the path: a folder of CSV files, an Excel .xlsx workbook or a .json file is expected.`,
    );
  }
  const tableOptions = { asOf: options.asOf, onProgress: options.onProgress };
  if (isDirectory) return importTables(await readCsvFolder(path), 'csv', tableOptions);
  const extension = extname(path).toLowerCase();
  if (extension === '.xlsx') {
    const read = options.readWorkbook ?? readWorkbook;
    return importTables(await read(path), 'xlsx', { ...tableOptions, workbook: name });
  }
  if (extension === '.json') return importJson(await readJsonDataset(path), name, options.asOf);
  if (extension === '.csv') {
    throw unreadableInput(
      `“${name}” là một tệp CSV riêng lẻ. Hãy đặt các tệp CSV (to-chuc.csv, dang-vien.csv, …) vào một thư mục và chỉ định thư mục đó.`,
      `“${name}” is a single CSV file. Put the CSV files (to-chuc.csv, dang-vien.csv, …) in a folder and give that folder.`,
    );
  }
  if (extension === '.xls' || extension === '.ods') {
    throw unreadableInput(
      `Tệp “${name}” không phải định dạng .xlsx. Hãy mở bằng Excel và lưu lại dạng “Excel Workbook (.xlsx)”.`,
      `The file “${name}” is not in .xlsx format. Open it in Excel and save it as “Excel Workbook (.xlsx)”.`,
    );
  }
  throw unreadableInput(
    `Không nhận dạng được “${name}”. Hãy chỉ định một thư mục các tệp CSV, một tệp Excel .xlsx hoặc một tệp .json.`,
    `“${name}” is not a recognised input. Give a folder of CSV files, an Excel .xlsx workbook or a .json file.`,
  );
}
