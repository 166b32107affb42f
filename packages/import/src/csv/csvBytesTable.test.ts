import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Table } from '../table';
import { csvBytesTable } from './csvBytesTable';
import { csvFileTable } from './readCsvFolder';

const fixtures = new URL('../../test/fixtures/', import.meta.url).pathname;
const sample = new URL('../../../../apps/duong-kinh/data/csv/', import.meta.url).pathname;

/** Every row a table gives, then the error that stopped it (code and both messages). */
async function drain(table: Table) {
  const rows: unknown[] = [];
  try {
    for await (const row of table.rows()) rows.push(row);
    return { rows };
  } catch (error) {
    const e = error as Error & { code?: string; localized?: { en: string } };
    return { rows, error: { code: e.code, vi: e.message, en: e.localized?.en } };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'party-csv-bytes-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The same bytes read from a file by `csvFileTable` and from memory by `csvBytesTable`. */
async function both(name: string, bytes: Uint8Array) {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return { file: await drain(csvFileTable(path)), memory: await drain(csvBytesTable(bytes, name)) };
}

describe('csvBytesTable', () => {
  it('names the table after the file name it is given', () => {
    const table = csvBytesTable(new Uint8Array(), 'dang-vien.csv');
    expect({ source: table.source, file: table.file, sheet: table.sheet }).toEqual({
      source: 'dang-vien.csv',
      file: 'dang-vien.csv',
      sheet: undefined,
    });
  });

  it.each(['csv-messy', 'csv-broken'])(
    'gives the rows and errors of csvFileTable for every file of %s',
    async (folder) => {
      const names = (await readdir(join(fixtures, folder))).filter((n) => n.endsWith('.csv'));
      expect(names.length).toBeGreaterThan(3);
      let errors = 0;
      for (const name of names) {
        const bytes = new Uint8Array(await readFile(join(fixtures, folder, name)));
        const { file, memory } = await both(name, bytes);
        expect(memory, name).toEqual(file);
        expect(memory.rows.length, name).toBeGreaterThan(0);
        if (memory.error) errors += 1;
      }
      // The broken folder has a file that stops being readable; the check covers errors too.
      expect(errors > 0).toBe(folder === 'csv-broken');
    },
  );

  it('gives the rows of csvFileTable for every file of the Dương Kinh sample', async () => {
    expect(existsSync(sample), `the Dương Kinh sample CSV folder is missing: ${sample}`).toBe(true);
    const names = (await readdir(sample)).filter((n) => n.endsWith('.csv'));
    expect(names.length).toBe(10);
    for (const name of names) {
      const bytes = new Uint8Array(await readFile(join(sample, name)));
      const memory = await drain(csvBytesTable(bytes, name));
      expect(memory, name).toEqual(await drain(csvFileTable(join(sample, name))));
      expect(memory.error, name).toBeUndefined();
    }
  });

  it.each([
    ['semicolons, CRLF and a BOM', '\uFEFFMã;Tên;"Ghi; chú"\r\nDV01;An;"x"\r\n'],
    ['old Mac line ends and trailing blank rows', 'a,b\rc,d\r\r  ,  \r'],
    ['blank rows between data rows are kept', 'a,b\n\n ,\nc,d\n'],
    ['a quote inside an unquoted field is kept', 'a,b\nab"c,d\n'],
    ['a quoted field with a line break and doubled quotes', 'a,b\n"x\ny ""z""",2\n'],
    ['short and long rows keep their cells', 'a,b,c\n1\n1,2,3,4\n'],
    ['an unclosed quote stops the reading at its row', 'a,b\n1,2\n"3,4\n5,6\n'],
    ['an empty file', ''],
  ])('reads %s as csvFileTable does', async (_, text) => {
    const { file, memory } = await both('t.csv', new TextEncoder().encode(text));
    expect(memory).toEqual(file);
  });

  it('gives every row before an unclosed quote, then says why in both languages', async () => {
    const bytes = new TextEncoder().encode('a,b\n1,2\n"3,4\n5,6\n');
    const { rows, error } = await drain(csvBytesTable(bytes, 'hong.csv'));
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] },
    ]);
    expect(error?.code).toBe('unreadable-input');
    expect(error?.vi).toContain('“hong.csv” không đọc được từ dòng 3 trở đi');
    expect(error?.vi).toContain('không được đóng');
    expect(error?.en).toContain('never closed');
    expect(`${error?.vi} ${error?.en}`).not.toContain('5,6');
  });

  it('reads the same as csvFileTable when characters and rows straddle its 64 KiB chunks', async () => {
    // Three-byte characters and quoted line breaks fall across every chunk boundary.
    const rows = Array.from({ length: 6000 }, (_, i) => `DV${i};"Người ${i}\nở tổ ${i % 7}";ễ`);
    const text = `\uFEFFMã;Họ tên;Ghi chú\r\n${rows.join('\r\n')}\r\n`;
    const bytes = new TextEncoder().encode(text);
    expect(bytes.byteLength).toBeGreaterThan(3 * 64 * 1024);
    const { file, memory } = await both('lon.csv', bytes);
    expect(memory).toEqual(file);
    expect(memory.rows).toHaveLength(6001);
    expect(memory.rows[6000]).toEqual({ row: 6001, cells: ['DV5999', 'Người 5999\nở tổ 0', 'ễ'] });
  });

  it('reads a row longer than the limit as csvFileTable does: rows before it, then an error', async () => {
    const text = `a,b\n1,2\n"${'x'.repeat(1_100_000)}\n`;
    const { file, memory } = await both('dai.csv', new TextEncoder().encode(text));
    expect(memory).toEqual(file);
    expect(memory.rows).toHaveLength(2);
    expect(memory.error?.vi).toContain('“dai.csv” không đọc được từ dòng 3');
  });

  it('can read a table twice and a view into a larger buffer only', async () => {
    const whole = new TextEncoder().encode('RÁC|a,b\n1,2\n|RÁC');
    const bytes = whole.subarray(whole.indexOf(0x7c) + 1, whole.lastIndexOf(0x7c));
    const table = csvBytesTable(bytes, 'x.csv');
    const first = await drain(table);
    expect(first.rows).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] },
    ]);
    expect(await drain(table)).toEqual(first);
  });

  test.prop(
    [
      fc.array(
        fc.array(
          fc.oneof(
            fc.stringMatching(/^[a-zư 0-9]{0,6}$/u),
            fc.stringMatching(/^[a-z,;\n" ]{0,6}$/u).map((s) => `"${s.replaceAll('"', '""')}"`),
          ),
          { minLength: 1, maxLength: 5 },
        ),
        { minLength: 1, maxLength: 8 },
      ),
      fc.constantFrom(',', ';'),
      fc.constantFrom('\n', '\r\n'),
    ],
    { numRuns: 50 },
  )('reads any well-formed CSV as csvFileTable does', async (rows, separator, newline) => {
    // A header of plain names, as every file of the contract has, shows the separator.
    const header = ['Mã', 'Tên', 'Ghi chú'].join(separator);
    const text = [header, ...rows.map((cells) => cells.join(separator))].join(newline);
    const { file, memory } = await both('p.csv', new TextEncoder().encode(text));
    expect(memory).toEqual(file);
  });
});
