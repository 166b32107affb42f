import { createReadStream } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
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
  const input: CsvInput = { head: () => readHead(path), stream: () => createReadStream(path) };
  return { source, file: path, rows: () => readCsvRows(input, source) };
}

/**
 * One CSV file held in memory (an upload; nothing touches the disk) as a
 * {@link Table}, read exactly as {@link csvFileTable} reads the same file
 * from a path: the same rows, cells, row numbers and errors (BOM, comma or
 * semicolon, quoted line breaks, CRLF/LF/CR, short and long rows, trailing
 * blank rows, an unclosed quote). Both use one implementation; the bytes are
 * fed to it in chunks, so a large upload is parsed as a stream too.
 * `fileName` is the table's `source` and `file`, and what messages name.
 *
 * @see docs/data-contract.md §1 (a folder of CSV files)
 * @example
 * const table = csvBytesTable(new TextEncoder().encode('Mã;Tên\r\nCB01;Chi bộ 1\r\n'), 'to-chuc.csv');
 * for await (const { row, cells } of table.rows()) {
 *   // { row: 1, cells: ['Mã', 'Tên'] }, { row: 2, cells: ['CB01', 'Chi bộ 1'] }
 * }
 */
export function csvBytesTable(bytes: Uint8Array, fileName: string): Table {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const input: CsvInput = {
    head: async () => headText(buffer.subarray(0, HEAD_BYTES)),
    stream: () => Readable.from(chunksOf(buffer), { objectMode: false }),
  };
  return { source: fileName, file: fileName, rows: () => readCsvRows(input, fileName) };
}

/** Where the reader gets a file: its first bytes (for the separator), then all of it as a stream. */
interface CsvInput {
  head(): Promise<string>;
  stream(): Readable;
}

function* chunksOf(buffer: Buffer): Generator<Buffer> {
  for (let at = 0; at < buffer.byteLength; at += HEAD_BYTES) {
    yield buffer.subarray(at, at + HEAD_BYTES);
  }
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

function headText(head: Buffer): string {
  return head.toString('utf8').replace(/^\uFEFF/u, '');
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

/**
 * The one CSV reader. The parser is fed one chunk at a time and the chunk's
 * records are given before the next chunk is read, so memory holds one
 * chunk's rows, and every row before a problem is given before the error,
 * however fast the input arrives.
 */
async function* readCsvRows(file: CsvInput, source: string): AsyncGenerator<TableRow> {
  let head: string;
  try {
    head = await file.head();
  } catch {
    throw readError(source, 1, undefined);
  }
  const parser = parse({
    bom: true,
    delimiter: detectDelimiter(head),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_CSV_RECORD_SIZE,
  });
  // The parser runs in flowing mode and gives each record as it parses it,
  // so the records are taken here before a failure can make the stream drop
  // what it holds.
  const records: string[][] = [];
  parser.on('data', (record: string[]) => records.push(record));
  let failure: { cause: unknown } | undefined;
  parser.on('error', (cause) => {
    failure ??= { cause };
  });
  const input = file.stream();
  const chunks = (input as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  // Resolves once the parser has taken a chunk (or the end), noting its error.
  const fed = (feed: (done: (error?: unknown) => void) => void) =>
    new Promise<void>((resolve) =>
      feed((error) => {
        if (error) failure ??= { cause: error };
        resolve();
      }),
    );
  let row = 0;
  // Blank rows are held back until a non-blank row shows they are not trailing.
  let blanks: TableRow[] = [];
  try {
    for (let finished = false; !finished; ) {
      try {
        const next = await chunks.next();
        finished = next.done === true;
        if (finished) await fed((done) => parser.end(done));
        else await fed((done) => parser.write(next.value, done));
      } catch (cause) {
        failure ??= { cause };
      }
      for (const record of records.splice(0)) {
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
      if (failure) {
        yield* blanks;
        throw readError(source, row + 1, failure.cause);
      }
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
