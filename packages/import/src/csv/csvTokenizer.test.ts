import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { computeStats } from '@org/party-core';
import { parse } from 'csv-parse';
import { describe, expect, it } from 'vitest';
import { importTables } from '../mapping/importTables';
import type { Table } from '../table';
import { csvBytesTable, MAX_CSV_RECORD_SIZE } from './csvBytesTable';
import { CsvTokenizer } from './csvTokenizer';
import { detectDelimiter } from './detectDelimiter';

// The reader before issue 15: csv-parse with the options the import used. The
// tokenizer that replaced it must read every input as it did.
function csvParseRecords(chunks: readonly Uint8Array[], delimiter: string) {
  return new Promise<{ records: string[][]; error?: string }>((resolve) => {
    const records: string[][] = [];
    const parser = parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      max_record_size: MAX_CSV_RECORD_SIZE,
    });
    parser.on('data', (record: string[]) => records.push(record));
    parser.on('error', (error: { code?: string }) => resolve({ records, error: error.code }));
    parser.on('end', () => resolve({ records }));
    for (const chunk of chunks) parser.write(Buffer.from(chunk));
    parser.end();
  });
}

function tokenizerRecords(chunks: readonly Uint8Array[], delimiter: string) {
  const tokenizer = new CsvTokenizer(delimiter, MAX_CSV_RECORD_SIZE);
  const records: string[][] = [];
  try {
    for (const chunk of chunks) tokenizer.write(chunk, records);
    tokenizer.end(records);
    return { records };
  } catch (error) {
    return { records, error: (error as { code?: string }).code };
  }
}

/** The bytes cut into chunks at the given places, which may split a character. */
function cut(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= bytes.length) break;
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  if (at < bytes.length) chunks.push(bytes.subarray(at));
  return chunks;
}

const piece = fc.constantFrom(
  'a',
  'Nguyễn',
  'e\u0302\u0303',
  ',',
  ';',
  '"',
  '""',
  '\r',
  '\n',
  '\r\n',
  ' ',
  '\u0000',
  '\uFEFF',
);

describe('CsvTokenizer', () => {
  test.prop(
    [
      fc.boolean(),
      fc.array(piece, { maxLength: 40 }),
      fc.constantFrom(',', ';'),
      fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 40 }),
    ],
    { numRuns: 3000 },
  )(
    'reads any input, cut anywhere, as csv-parse did: the same records, then the same error',
    async (bom, pieces, delimiter, sizes) => {
      const bytes = new TextEncoder().encode(`${bom ? '\uFEFF' : ''}${pieces.join('')}`);
      const chunks = cut(bytes, sizes);
      expect(tokenizerRecords(chunks, delimiter)).toEqual(await csvParseRecords(chunks, delimiter));
    },
  );

  it('stops at a row longer than the limit as csv-parse did', async () => {
    const bytes = new TextEncoder().encode(`a,b\n1,2\n"${'x'.repeat(1_100_000)}\n`);
    const chunks = cut(bytes, Array(40).fill(64 * 1024));
    expect(tokenizerRecords(chunks, ',')).toEqual(await csvParseRecords(chunks, ','));
  });

  it('gives a record only once its line end is known, and the last one at the end', () => {
    const records: string[][] = [];
    const tokenizer = new CsvTokenizer(',', MAX_CSV_RECORD_SIZE);
    tokenizer.write(new TextEncoder().encode('Họ và tên của một người,x\r'), records);
    expect(records).toEqual([]);
    tokenizer.write(new TextEncoder().encode('\nyyyy'), records);
    expect(records).toEqual([['Họ và tên của một người', 'x']]);
    tokenizer.end(records);
    expect(records).toEqual([['Họ và tên của một người', 'x'], ['yyyy']]);
  });
});

/** A CSV file read by the reader before issue 15 (csv-parse), as a table. */
function csvParseTable(bytes: Uint8Array, name: string): Table {
  return {
    source: name,
    file: name,
    async *rows() {
      const head = new TextDecoder().decode(bytes.subarray(0, 64 * 1024)).replace(/^\uFEFF/u, '');
      const { records } = await csvParseRecords([bytes], detectDelimiter(head));
      let row = 0;
      const rows = records.map((cells) => ({ row: ++row, cells }));
      while (rows.length > 0 && rows.at(-1)?.cells.every((cell) => cell.trim() === '')) rows.pop();
      yield* rows;
    },
  };
}

describe('old and new CSV readers', () => {
  it('give the same data, problems and statistics for the Dương Kinh sample', async () => {
    const folder = new URL('../../../../apps/duong-kinh/data/csv/', import.meta.url).pathname;
    const names = (await readdir(folder)).filter((name) => name.endsWith('.csv')).sort();
    const files = await Promise.all(
      names.map(async (name) => ({
        name,
        bytes: new Uint8Array(await readFile(join(folder, name))),
      })),
    );
    const asOf = '2026-03-01';
    const before = await importTables(
      files.map(({ name, bytes }) => csvParseTable(bytes, name)),
      'csv',
      { asOf },
    );
    const after = await importTables(
      files.map(({ name, bytes }) => csvBytesTable(bytes, name)),
      'csv',
      { asOf },
    );
    expect(after.issues).toEqual(before.issues);
    expect(after.data).toEqual(before.data);
    const window = { asOf, from: '2025-07-01' };
    expect(computeStats(after.data, window)).toEqual(computeStats(before.data, window));
  });
});
