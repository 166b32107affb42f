import { UnreadableInputError } from '@org/party-core';
import { unreadableInput } from '../issues';
import type { Table, TableRow } from '../table';
import { streamWorkbook } from './_internal/streamWorkbook';
import { measureExpandedSize } from './zipSize';

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
 * The bytes are held, not parsed into a workbook model: the sheet list, the
 * cell styles (which cells are dates) and the shared strings are read first,
 * then each sheet is inflated and scanned row by row as the import asks for
 * its rows (with `DecompressionStream`, so this works in any runtime).
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

/**
 * The one implementation behind both readers: the workbook's compressed
 * bytes are held, and each sheet is inflated and read row by row as the
 * import asks for it, so no object model of the workbook is ever built.
 */
export async function loadWorkbook(bytes: Uint8Array, file: string): Promise<Table[]> {
  let tables: Table[];
  try {
    tables = await streamWorkbook(bytes, file);
  } catch (cause) {
    throw unreadableWorkbook(file, cause);
  }
  return tables.map((table) => ({ ...table, rows: () => readableRows(table, file) }));
}

/** A sheet whose part turns out damaged while its rows are read is unreadable input too. */
async function* readableRows(table: Table, file: string): AsyncGenerator<TableRow> {
  try {
    yield* table.rows();
  } catch (cause) {
    throw unreadableWorkbook(file, cause);
  }
}

/** The bilingual error for a file that is not a workbook, naming it. */
export function unreadableWorkbook(file: string, cause?: unknown): Error {
  return unreadableInput(
    `Không đọc được tệp Excel “${file}”: tệp hỏng hoặc không phải định dạng .xlsx. Hãy mở bằng Excel và lưu lại dạng .xlsx.`,
    `The Excel file “${file}” cannot be read: it is damaged or not in .xlsx format. Open it in Excel and save it again as .xlsx.`,
    cause === undefined ? undefined : { cause },
  );
}
