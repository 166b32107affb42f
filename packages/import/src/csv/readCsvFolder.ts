import { createReadStream } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { unreadableInput } from '../issues';
import type { Table } from '../table';
import { type CsvInput, HEAD_BYTES, headText, readCsvRows } from './csvBytesTable';

/**
 * Reads a folder of CSV files (thư mục CSV) into one {@link Table} per
 * `*.csv` file (any case of the extension), sorted by file name; the table's
 * `source` is the file name. Other files and sub-folders are left alone.
 *
 * Nothing is read until a table's `rows()` is iterated, and then the file is
 * streamed (a 5.6-million-row roster is never held as text).
 *
 * @see docs/data-contract.md §1 (a folder of CSV files)
 * @throws UnreadableInputError when the folder cannot be listed; the message
 *   is Vietnamese and names the folder, in Vietnamese and English (`localized`).
 * @example
 * for (const table of await readCsvFolder('du-lieu/')) {
 *   for await (const { row, cells } of table.rows()) {
 *     // row 1 is the header of table.source
 *   }
 * }
 */
export async function readCsvFolder(dir: string): Promise<Table[]> {
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries
      .filter((entry) => !entry.isDirectory() && /\.csv$/iu.test(entry.name))
      .map((entry) => entry.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch {
    const name = basename(dir);
    throw unreadableInput(
      `Không mở được thư mục “${name}”. Hãy kiểm tra đường dẫn và quyền đọc của thư mục.`,
      `The folder “${name}” cannot be opened. Check its path and read permission.`,
    );
  }
  return names.map((name) => csvFileTable(join(dir, name)));
}

/**
 * One CSV file as a {@link Table}, read lazily and streamed.
 *
 * Each `rows()` call reads the file again: UTF-8 with or without BOM; the
 * separator (comma or semicolon) is taken from the header line; a quoted
 * field may hold separators, quotes (`""`) and line breaks, and then counts
 * as one row; CRLF, LF and CR line ends are accepted; short rows keep their
 * cells (missing ones are absent) and long rows keep their extra cells, so
 * they can be reported; rows whose cells are all empty or blank at the end of
 * the file are dropped. Row numbers count records as a spreadsheet shows them
 * (the header is row 1). Cells are strings, as written.
 *
 * A file that stops being readable (a quote never closed, a row longer than
 * `MAX_CSV_RECORD_SIZE` characters, a read error) makes the iteration
 * throw an `UnreadableInputError` naming the file and the row, never its
 * content, after every row before it has been given.
 *
 * @see docs/data-contract.md §1 (a folder of CSV files)
 * @example
 * const table = csvFileTable('du-lieu/dang-vien.csv');
 * table.source // 'dang-vien.csv'
 */
export function csvFileTable(path: string): Table {
  const source = basename(path);
  const input: CsvInput = { head: () => readHead(path), stream: () => createReadStream(path) };
  return { source, file: path, rows: () => readCsvRows(input, source) };
}

async function readHead(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return headText(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}
