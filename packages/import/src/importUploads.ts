import type { LocalizedMessage } from '@org/party-core';
import { csvBytesTable } from './csv/csvBytesTable';
import { checkAsOf, importJson } from './importJson';
import { unreadableInput } from './issues';
import { parseJsonDataset } from './json';
import { type ImportFormat, type ImportResult, importTables } from './mapping/importTables';
import { readWorkbookBytes } from './xlsx/readWorkbookBytes';

/** One uploaded file (tệp tải lên), held in memory. */
export interface UploadedFile {
  /** The file's name as the user chose it, e.g. `dang-vien.csv`; messages name it. */
  readonly name: string;
  /** The file's content. */
  readonly bytes: Uint8Array;
}

/** Options of {@link importUploads}. */
export interface ImportUploadsOptions {
  /** Reference date (ISO `yyyy-mm-dd`), as for `importDataset`. */
  readonly asOf?: string;
  /** Called with the number of rows read so far (CSV and XLSX), every 10 000 rows and at the end. */
  readonly onProgress?: (rowsRead: number) => void;
  /**
   * The most bytes a workbook may hold once unzipped; a larger one throws
   * `WorkbookTooLargeError` (see `readWorkbookBytes`). No limit when absent.
   */
  readonly maxExpandedBytes?: number;
}

/** Why a set of uploaded files is not one form of the data contract. */
export type UploadProblem =
  /** No file at all. */
  | 'no-files'
  /** An old Excel (`.xls`) or OpenDocument (`.ods`) file. */
  | 'not-xlsx'
  /** A file that is neither `.csv`, `.xlsx` nor `.json`. */
  | 'unknown-kind'
  /** Kinds mixed, or more than one workbook or JSON file. */
  | 'mixed';

/** The form of a set of uploaded files, or why it has none. */
export type UploadForm =
  | { readonly ok: true; readonly format: ImportFormat }
  | { readonly ok: false; readonly problem: UploadProblem; readonly message: LocalizedMessage };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/**
 * Finds which form of the data contract a set of uploaded file names is
 * (dạng dữ liệu tải lên): several `.csv` files (the files of a CSV folder),
 * exactly one `.xlsx` workbook, or exactly one `.json` file; extensions in
 * any case. Otherwise says why not, with a message in Vietnamese and English
 * that says what to choose. Pure: a server can answer each problem with its
 * own status before reading anything.
 *
 * @see docs/data-contract.md §1 (input)
 * @example
 * uploadForm(['to-chuc.csv', 'dang-vien.csv']) // { ok: true, format: 'csv' }
 * uploadForm(['du-lieu.xls']).ok // false, problem 'not-xlsx'
 */
export function uploadForm(names: readonly string[]): UploadForm {
  if (names.length === 0) {
    return {
      ok: false,
      problem: 'no-files',
      message: {
        vi: 'Chưa có tệp dữ liệu nào. Hãy chọn một tệp Excel (.xlsx), các tệp CSV hoặc một tệp JSON.',
        en: 'No data file was sent. Choose one Excel workbook (.xlsx), CSV files or one JSON file.',
      },
    };
  }
  const extensions = names.map(extensionOf);
  const old = names.find((_, index) => ['.xls', '.ods'].includes(extensions[index] ?? ''));
  if (old !== undefined) {
    return {
      ok: false,
      problem: 'not-xlsx',
      message: {
        vi: `Tệp “${old}” không phải định dạng .xlsx. Hãy mở bằng Excel và lưu lại dạng “Excel Workbook (.xlsx)”.`,
        en: `The file “${old}” is not in .xlsx format. Open it in Excel and save it as “Excel Workbook (.xlsx)”.`,
      },
    };
  }
  const unknown = names.find(
    (_, index) => !['.csv', '.xlsx', '.json'].includes(extensions[index] ?? ''),
  );
  if (unknown !== undefined) {
    return {
      ok: false,
      problem: 'unknown-kind',
      message: {
        vi: `Không đọc được loại tệp của “${unknown}”. Hãy chọn một tệp Excel (.xlsx), các tệp CSV hoặc một tệp JSON.`,
        en: `The kind of file “${unknown}” is not read. Choose one Excel workbook (.xlsx), CSV files or one JSON file.`,
      },
    };
  }
  const kinds = new Set(extensions);
  if (kinds.size === 1 && kinds.has('.csv')) return { ok: true, format: 'csv' };
  if (names.length === 1 && kinds.has('.xlsx')) return { ok: true, format: 'xlsx' };
  if (names.length === 1 && kinds.has('.json')) return { ok: true, format: 'json' };
  return {
    ok: false,
    problem: 'mixed',
    message: {
      vi: 'Hãy gửi một loại dữ liệu mỗi lần: hoặc một tệp Excel (.xlsx), hoặc các tệp CSV, hoặc một tệp JSON.',
      en: 'Send one kind of data at a time: one Excel workbook (.xlsx), or CSV files, or one JSON file.',
    },
  };
}

/**
 * Imports a ward dataset from uploaded files held in memory (nhập dữ liệu tải
 * lên; nothing touches the disk): several `.csv` files named as the files of
 * the contract, one `.xlsx` workbook, or one `.json` file (see
 * {@link uploadForm}). The result is the one `importDataset` gives for the
 * same files on disk (a folder holding the CSV files, the workbook, the JSON
 * file): the same data and the same issues at the same file, sheet, row and
 * column. CSV files are read in name order, as a folder is.
 *
 * @see docs/data-contract.md §1 (input), §2 (bad input)
 * @throws UnreadableInputError (Vietnamese message and English)
 *   when the files are not one form of the contract, a workbook is damaged or
 *   a JSON file does not parse; `WorkbookTooLargeError` when a workbook
 *   expands beyond `maxExpandedBytes`. An invalid `asOf` throws core's
 *   `InvalidArgumentError`. Bad data never throws.
 * @example
 * const result = await importUploads(
 *   [{ name: 'du-lieu.xlsx', bytes: new Uint8Array(await upload.arrayBuffer()) }],
 *   { asOf: '2026-03-01', maxExpandedBytes: 200 * 1024 * 1024 },
 * );
 */
export async function importUploads(
  files: readonly UploadedFile[],
  options: ImportUploadsOptions = {},
): Promise<ImportResult> {
  checkAsOf(options.asOf);
  const form = uploadForm(files.map((file) => file.name));
  if (!form.ok) throw unreadableInput(form.message.vi, form.message.en);
  const tableOptions = { asOf: options.asOf, onProgress: options.onProgress };
  if (form.format === 'csv') {
    const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const tables = sorted.map((file) => csvBytesTable(file.bytes, file.name));
    return importTables(tables, 'csv', tableOptions);
  }
  const [only] = files as readonly [UploadedFile];
  if (form.format === 'xlsx') {
    const readOptions =
      options.maxExpandedBytes === undefined ? {} : { maxExpandedBytes: options.maxExpandedBytes };
    const tables = await readWorkbookBytes(only.bytes, only.name, readOptions);
    return importTables(tables, 'xlsx', { ...tableOptions, workbook: only.name });
  }
  return importJson(parseJsonDataset(only.bytes, only.name), only.name, options.asOf);
}
