import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnreadableInputError } from '@org/party-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Table, TableRow } from '../table';
import { csvFileTable, readCsvFolder } from './readCsvFolder';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'party-csv-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function rowsOf(table: Table): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  for await (const row of table.rows()) rows.push(row);
  return rows;
}

async function csv(name: string, content: string | Buffer): Promise<Table> {
  const path = join(dir, name);
  await writeFile(path, content);
  return csvFileTable(path);
}

describe('readCsvFolder', () => {
  it('gives one table per .csv file, sorted by name, ignoring other files and folders', async () => {
    const folder = await mkdtemp(join(dir, 'folder-'));
    await writeFile(join(folder, 'to-chuc.csv'), 'a\n1\n');
    await writeFile(join(folder, 'DANG-VIEN.CSV'), 'a\n1\n');
    await writeFile(join(folder, 'ghi-chu.txt'), 'x');
    await mkdir(join(folder, 'cu.csv'));
    const tables = await readCsvFolder(folder);
    expect(tables.map((table) => table.source)).toEqual(['DANG-VIEN.CSV', 'to-chuc.csv']);
    expect(tables[1]?.file).toBe(join(folder, 'to-chuc.csv'));
    expect(tables[1]?.sheet).toBeUndefined();
  });

  it('throws UnreadableInputError naming the folder when it cannot be listed', async () => {
    const missing = join(dir, 'khong-co');
    await expect(readCsvFolder(missing)).rejects.toBeInstanceOf(UnreadableInputError);
    await expect(readCsvFolder(missing)).rejects.toMatchObject({
      message: expect.stringContaining('khong-co'),
      localized: expect.objectContaining({ en: expect.stringContaining('cannot be opened') }),
    });
  });
});

describe('csvFileTable', () => {
  it('strips a BOM, reads CRLF, and numbers rows as a spreadsheet does', async () => {
    const table = await csv('bom.csv', '\uFEFFMã,Tên\r\nCB01,Chi bộ 1\r\nCB02,Chi bộ 2\r\n');
    expect(await rowsOf(table)).toEqual([
      { row: 1, cells: ['Mã', 'Tên'] },
      { row: 2, cells: ['CB01', 'Chi bộ 1'] },
      { row: 3, cells: ['CB02', 'Chi bộ 2'] },
    ]);
  });

  it('detects semicolons and keeps commas inside cells', async () => {
    const table = await csv('semi.csv', 'Mã;Tên\nCB01;Chi bộ 1, khu A\n');
    expect((await rowsOf(table))[1]?.cells).toEqual(['CB01', 'Chi bộ 1, khu A']);
  });

  it('counts a quoted field with line breaks as one row', async () => {
    const table = await csv('quoted.csv', 'a,b\n"x\r\ny\nz",1\n2,"say ""hi"""\n');
    expect(await rowsOf(table)).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['x\r\ny\nz', '1'] },
      { row: 3, cells: ['2', 'say "hi"'] },
    ]);
  });

  it('drops trailing empty or blank rows but keeps blank rows between data', async () => {
    const table = await csv('trailing.csv', 'a,b\n1,2\n\n,\n3,4\n,\n  ,\t\n\n');
    expect(await rowsOf(table)).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] },
      { row: 3, cells: [''] },
      { row: 4, cells: ['', ''] },
      { row: 5, cells: ['3', '4'] },
    ]);
  });

  it('keeps short rows short and long rows long', async () => {
    const table = await csv('ragged.csv', 'a,b,c\n1\n1,2,3,4,5\n');
    expect((await rowsOf(table)).map((row) => row.cells)).toEqual([
      ['a', 'b', 'c'],
      ['1'],
      ['1', '2', '3', '4', '5'],
    ]);
  });

  it('reads multi-byte text across stream chunks and leaves NFD as written', async () => {
    const name = 'Nguye\u0302\u0303n Va\u0306n A';
    const lines = ['Tên', ...Array.from({ length: 20_000 }, () => name)];
    const rows = await rowsOf(await csv('chunks.csv', `${lines.join('\n')}\n`));
    expect(rows).toHaveLength(20_001);
    expect(rows.every((row, i) => i === 0 || row.cells[0] === name)).toBe(true);
  });

  it('gives every row before an unclosed quote, then throws naming the file and row', async () => {
    const table = await csv('broken.csv', 'a,b\n1,2\n"3,4\n5,6\n');
    const rows: TableRow[] = [];
    let error: unknown;
    try {
      for await (const row of table.rows()) rows.push(row);
    } catch (caught) {
      error = caught;
    }
    expect(rows.map((row) => row.row)).toEqual([1, 2]);
    expect(error).toBeInstanceOf(UnreadableInputError);
    expect((error as Error).message).toContain('“broken.csv” không đọc được từ dòng 3');
    expect((error as Error).message).not.toContain('5,6');
  });

  it('reads nothing from an empty file', async () => {
    expect(await rowsOf(await csv('empty.csv', ''))).toEqual([]);
  });

  it('reports a file removed after listing as unreadable', async () => {
    const table = csvFileTable(join(dir, 'gone.csv'));
    await expect(rowsOf(table)).rejects.toBeInstanceOf(UnreadableInputError);
  });

  it('can read a table twice', async () => {
    const table = await csv('twice.csv', 'a\n1\n');
    expect(await rowsOf(table)).toEqual(await rowsOf(table));
  });
});
