import { unreadableInput } from '../issues';
import type { Table, TableRow } from '../table';
import { CsvTokenizer } from './csvTokenizer';
import { detectDelimiter } from './detectDelimiter';

/** Bytes read from the start of a file to find its separator, and the size of the chunks bytes are fed in. */
export const HEAD_BYTES = 64 * 1024;
/** The longest row accepted: a longer one means a quote was never closed. */
export const MAX_CSV_RECORD_SIZE = 1 << 20;

/**
 * One CSV file held in memory (an upload; nothing touches the disk) as a
 * {@link Table}, read exactly as `csvFileTable` reads the same file
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
  const input: CsvInput = {
    head: async () => headText(bytes.subarray(0, HEAD_BYTES)),
    stream: () => chunksOf(bytes),
  };
  return { source: fileName, file: fileName, rows: () => readCsvRows(input, fileName) };
}

/**
 * Where the reader gets a file: its first bytes (for the separator), then all
 * of it as a stream of chunks. A Node `Readable` (a file) is one such stream.
 */
export interface CsvInput {
  head(): Promise<string>;
  stream(): CsvStream;
}

/** The chunks of a file, and a way to stop reading them early. */
export interface CsvStream extends AsyncIterable<Uint8Array> {
  destroy(): void;
}

/** The bytes in chunks of {@link HEAD_BYTES}, as a file stream gives them. */
function chunksOf(bytes: Uint8Array): CsvStream {
  return {
    async *[Symbol.asyncIterator]() {
      for (let at = 0; at < bytes.byteLength; at += HEAD_BYTES) {
        yield bytes.subarray(at, at + HEAD_BYTES);
      }
    },
    destroy() {},
  };
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

// Decodes as `Buffer#toString('utf8')` does: a BOM is kept, then removed once below.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text of a file's first bytes, without its BOM, to find the separator. */
export function headText(head: Uint8Array): string {
  return decoder.decode(head).replace(/^\uFEFF/u, '');
}

/**
 * The one CSV reader: the bytes of a file, chunk by chunk, through
 * {@link CsvTokenizer}, as rows numbered as a spreadsheet shows them, the
 * trailing blank ones left out.
 */
export async function* readCsvRows(file: CsvInput, source: string): AsyncGenerator<TableRow> {
  let head: string;
  try {
    head = await file.head();
  } catch {
    throw readError(source, 1, undefined);
  }
  // The tokenizer takes one chunk at a time and the chunk's records are
  // given before the next chunk is read, so memory holds one chunk's rows,
  // and every row before a problem is given before the error.
  const tokenizer = new CsvTokenizer(detectDelimiter(head), MAX_CSV_RECORD_SIZE);
  const records: string[][] = [];
  let failure: { cause: unknown } | undefined;
  const input = file.stream();
  const chunks = input[Symbol.asyncIterator]();
  let row = 0;
  // Blank rows are held back until a non-blank row shows they are not trailing.
  let blanks: TableRow[] = [];
  try {
    for (let finished = false; !finished; ) {
      try {
        const next = await chunks.next();
        finished = next.done === true;
        if (finished) tokenizer.end(records);
        else tokenizer.write(next.value, records);
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
