import { createReadStream } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse';
import { unreadableInput } from '../issues';
import type { Table, TableRow } from '../table';
import { detectDelimiter } from './detectDelimiter';

/** Bytes read from the start of a file to find its separator. */
const HEAD_BYTES = 64 * 1024;
/** The longest row accepted: a longer one means a quote was never closed. */
export const MAX_CSV_RECORD_SIZE = 1 << 20;

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
 *   is Vietnamese and names the folder, with English in `messageEn`.
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
 * {@link MAX_CSV_RECORD_SIZE} characters, a read error) makes the iteration
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
  return { source, file: path, rows: () => readCsvRows(path, source) };
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

async function readHead(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/u, '');
  } finally {
    await handle.close();
  }
}

async function* readCsvRows(path: string, source: string): AsyncGenerator<TableRow> {
  let head: string;
  try {
    head = await readHead(path);
  } catch {
    throw readError(source, 1, undefined);
  }
  const input = createReadStream(path);
  const parser = parse({
    bom: true,
    delimiter: detectDelimiter(head),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_CSV_RECORD_SIZE,
  });
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let row = 0;
  // Blank rows are held back until a non-blank row shows they are not trailing.
  let blanks: TableRow[] = [];
  try {
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        row += 1;
        const tableRow: TableRow = { row, cells: record };
        if (isBlank(record)) {
          blanks.push(tableRow);
          continue;
        }
        if (blanks.length > 0) {
          yield* blanks;
          blanks = [];
        }
        yield tableRow;
      }
    } catch (cause) {
      yield* blanks;
      throw readError(source, row + 1, cause);
    }
  } finally {
    input.destroy();
    parser.destroy();
  }
}

function readError(source: string, row: number, cause: unknown): Error {
  const code =
    typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  const [vi, en] =
    code === 'CSV_QUOTE_NOT_CLOSED'
      ? [
          'một dấu ngoặc kép (") mở ở dòng này không được đóng',
          'a double quote (") opened on this row is never closed',
        ]
      : code === 'CSV_MAX_RECORD_SIZE'
        ? [
            'dòng dài quá mức cho phép, thường do một dấu ngoặc kép (") không được đóng',
            'the row is too long, usually because a double quote (") is never closed',
          ]
        : code.startsWith('CSV_')
          ? ['nội dung không đúng định dạng CSV', 'the content is not valid CSV']
          : ['không đọc được tệp', 'the file cannot be read'];
  return unreadableInput(
    `Tệp “${source}” không đọc được từ dòng ${row} trở đi: ${vi}. Hãy mở tệp bằng Excel, sửa dòng này và lưu lại dạng CSV UTF-8.`,
    `The file “${source}” cannot be read from row ${row} on: ${en}. Open it in Excel, correct this row and save it again as CSV UTF-8.`,
  );
}
