import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PartyError, UnreadableInputError } from '@org/party-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dateCell,
  type FixtureSheet,
  makeWorkbook,
  numberAsText,
} from '../../test/fixtures/xlsx/makeWorkbook';
import type { Table, TableRow } from '../table';
import { readWorkbook } from './readWorkbook';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'party-import-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function rowsOf(table: Table): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  for await (const row of table.rows()) rows.push(row);
  return rows;
}

async function readOne(name: string, sheet: Omit<FixtureSheet, 'name'>): Promise<TableRow[]> {
  const path = await makeWorkbook(join(dir, `${name}.xlsx`), [{ name: 'DangVien', ...sheet }]);
  const tables = await readWorkbook(path);
  expect(tables).toHaveLength(1);
  return rowsOf(tables[0] as Table);
}

describe('readWorkbook', () => {
  it('gives one table per sheet, in order, named after the sheet and the workbook', async () => {
    const path = await makeWorkbook(join(dir, 'nhieu-trang.xlsx'), [
      {
        name: 'ToChuc',
        rows: [
          ['Mã', 'Tên'],
          ['CB01', 'Chi bộ 1'],
        ],
      },
      { name: 'DangVien', rows: [['Mã đảng viên'], ['DV01'], ['DV02']] },
      { name: 'Trống', rows: [] },
    ]);
    const tables = await readWorkbook(path);
    expect(tables.map((t) => [t.source, t.file, t.sheet])).toEqual([
      ['ToChuc', 'nhieu-trang.xlsx', 'ToChuc'],
      ['DangVien', 'nhieu-trang.xlsx', 'DangVien'],
      ['Trống', 'nhieu-trang.xlsx', 'Trống'],
    ]);
    expect(await rowsOf(tables[0] as Table)).toEqual([
      { row: 1, cells: ['Mã', 'Tên'] },
      { row: 2, cells: ['CB01', 'Chi bộ 1'] },
    ]);
    expect(await rowsOf(tables[1] as Table)).toEqual([
      { row: 1, cells: ['Mã đảng viên'] },
      { row: 2, cells: ['DV01'] },
      { row: 3, cells: ['DV02'] },
    ]);
    expect(await rowsOf(tables[2] as Table)).toEqual([]);
  });

  it('can iterate the rows of a table more than once', async () => {
    const path = await makeWorkbook(join(dir, 'hai-lan.xlsx'), [{ name: 'A', rows: [['x'], [1]] }]);
    const [table] = await readWorkbook(path);
    const first = await rowsOf(table as Table);
    expect(await rowsOf(table as Table)).toEqual(first);
    expect(first).toHaveLength(2);
  });

  it('keeps real date cells as UTC-midnight dates', async () => {
    const rows = await readOne('ngay', {
      rows: [
        ['Ngày sinh', 'Ngày vào Đảng'],
        [dateCell(1980, 5, 20), dateCell(2005, 3, 26)],
      ],
    });
    const cells = rows[1]?.cells ?? [];
    expect(cells[0]).toBeInstanceOf(Date);
    expect((cells[0] as Date).toISOString()).toBe('1980-05-20T00:00:00.000Z');
    expect((cells[1] as Date).toISOString()).toBe('2005-03-26T00:00:00.000Z');
  });

  it('keeps a 12-digit number cell as the exact number and numbers stored as text as text', async () => {
    const rows = await readOne('so', {
      rows: [
        ['Số CCCD', 'Mã đảng viên', 'Số thẻ'],
        [31_2345_678_901, numberAsText('0123'), numberAsText('012345678901')],
      ],
    });
    expect(rows[1]?.cells).toEqual([312345678901, '0123', '012345678901']);
    expect(typeof rows[1]?.cells[0]).toBe('number');
  });

  it('repeats a merged header value across its range, but not in data rows', async () => {
    const rows = await readOne('gop', {
      rows: [
        ['Ngày sinh', null, 'Tên'],
        ['a', 'b', 'c'],
        ['Chi bộ 1', null, 'd'],
      ],
      merges: ['A1:B1', 'A3:B3'],
    });
    expect(rows).toEqual([
      { row: 1, cells: ['Ngày sinh', 'Ngày sinh', 'Tên'] },
      { row: 2, cells: ['a', 'b', 'c'] },
      { row: 3, cells: ['Chi bộ 1', null, 'd'] },
    ]);
  });

  it('reads rich text, formulas, hyperlinks, booleans and errors as plain values', async () => {
    const rows = await readOne('dac-biet', {
      rows: [
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
        [
          { richText: ['Nguyễn ', 'Văn', ' An'] },
          { formula: '1+1', result: 2 },
          { formula: 'A2&"!"', result: 'Nguyễn Văn An!' },
          { formula: 'NA()', result: { error: '#N/A' } },
          { text: 'Cổng thông tin', hyperlink: 'https://example.invalid' },
          true,
          { error: '#N/A' },
          { formula: 'B2*2' },
        ],
      ],
    });
    expect(rows[1]?.cells).toEqual([
      'Nguyễn Văn An',
      2,
      'Nguyễn Văn An!',
      '#N/A',
      'Cổng thông tin',
      true,
      '#N/A',
    ]);
  });

  it('keeps empty rows in the middle, drops trailing and leading empty rows', async () => {
    const rows = await readOne('dong-trong', {
      startRow: 3,
      rows: [
        ['Mã đảng viên', 'Tên'],
        ['DV01', 'A'],
        [null, null],
        ['  ', null],
        ['DV02', 'B'],
        [null],
        [''],
      ],
      styledEmptyRows: [12, 13],
    });
    expect(rows).toEqual([
      { row: 3, cells: ['Mã đảng viên', 'Tên'] },
      { row: 4, cells: ['DV01', 'A'] },
      { row: 5, cells: [] },
      { row: 6, cells: [] },
      { row: 7, cells: ['DV02', 'B'] },
    ]);
  });

  it('numbers rows as the spreadsheet shows them and leaves gaps as null cells', async () => {
    const rows = await readOne('o-trong', {
      rows: [
        ['a', null, 'c'],
        [null, 5, null],
      ],
    });
    expect(rows).toEqual([
      { row: 1, cells: ['a', null, 'c'] },
      { row: 2, cells: [null, 5] },
    ]);
  });

  it('rejects a corrupt file with an UnreadableInputError naming the file', async () => {
    const path = join(dir, 'hong.xlsx');
    await writeFile(path, 'Mã,Tên\nCB01,Chi bộ 1\n');
    const error = await readWorkbook(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableInputError);
    expect((error as PartyError).code).toBe('unreadable-input');
    expect((error as Error).message).toBe(
      'Không đọc được tệp Excel “hong.xlsx”: tệp hỏng hoặc không phải định dạng .xlsx. Hãy mở bằng Excel và lưu lại dạng .xlsx.',
    );
  });

  it('rejects a truncated workbook', async () => {
    const path = await makeWorkbook(join(dir, 'nguyen-ven.xlsx'), [{ name: 'A', rows: [['x']] }]);
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(path);
    const truncated = join(dir, 'cut.xlsx');
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(readWorkbook(truncated)).rejects.toThrow(/“cut\.xlsx”/);
    await expect(readWorkbook(truncated)).rejects.toBeInstanceOf(UnreadableInputError);
  });

  it('rejects a missing file with an UnreadableInputError naming it', async () => {
    const error = await readWorkbook(join(dir, 'khong-co.xlsx')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableInputError);
    expect((error as Error).message).toContain('“khong-co.xlsx”');
    expect((error as Error).message).toMatch(/^Không tìm thấy tệp Excel/);
  });
});
