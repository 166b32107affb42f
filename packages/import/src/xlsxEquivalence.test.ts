import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTION_FILES } from '@org/party-core';
import { afterAll, describe, expect, it } from 'vitest';
import { dateCell, type FixtureCell, makeWorkbook } from '../test/fixtures/xlsx/makeWorkbook';
import { readCsvFolder } from './csv/readCsvFolder';
import { importDataset } from './importDataset';

const fixtures = new URL('../test/fixtures/', import.meta.url).pathname;
const sheetOf = new Map(Object.values(COLLECTION_FILES).map((f) => [`${f.file}.csv`, f.sheet]));

/**
 * The messy CSV folder as a workbook the way Excel would hold it: dates typed
 * as dd/mm/yyyy become real date cells, plain numbers become number cells.
 */
async function workbookFromCsv(dir: string, path: string): Promise<void> {
  const sheets = [];
  for (const table of await readCsvFolder(dir)) {
    const rows: FixtureCell[][] = [];
    for await (const { row, cells } of table.rows()) {
      rows[row - 1] = cells.map((cell) => {
        const text = typeof cell === 'string' ? cell : '';
        const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(text);
        if (row > 1 && date) return dateCell(Number(date[3]), Number(date[2]), Number(date[1]));
        if (row > 1 && /^[1-9]\d{0,14}$/u.test(text)) return Number(text);
        return text === '' ? null : text;
      });
    }
    sheets.push({
      name: sheetOf.get(table.source) ?? table.source.replace(/\.csv$/u, ''),
      rows: [...rows].map((r) => r ?? []),
    });
  }
  await makeWorkbook(path, sheets);
}

describe('the same dataset as CSV and as XLSX', () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('gives identical data and the same problems at the same rows and columns', async () => {
    dir = await mkdtemp(join(tmpdir(), 'party-xlsx-'));
    const workbook = join(dir, 'du-lieu.xlsx');
    await workbookFromCsv(join(fixtures, 'csv-messy'), workbook);
    const csv = await importDataset(join(fixtures, 'csv-messy'), { asOf: '2026-03-01' });
    const xlsx = await importDataset(workbook, { asOf: '2026-03-01' });
    expect(xlsx.format).toBe('xlsx');
    expect(xlsx.data).toEqual(csv.data);
    const where = (issues: typeof csv.issues) =>
      issues.map((i) => `${i.code} ${i.source.row ?? ''} ${i.source.column ?? ''}`);
    expect(where(xlsx.issues)).toEqual(where(csv.issues));
    expect(xlsx.ok).toBe(csv.ok);
  });

  it('keeps every digit of a 12-digit id stored as a number, and leading zeros of text', async () => {
    dir ??= await mkdtemp(join(tmpdir(), 'party-xlsx-'));
    const workbook = join(dir, 'ids.xlsx');
    const header = [
      'Mã đảng viên',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Dân tộc',
      'Ngày vào Đảng',
      'Ngày chính thức',
      'Tổ chức',
      'Trình độ GDPT',
    ];
    const member = (id: FixtureCell) => [
      id,
      'Phạm Văn Long',
      dateCell(1980, 2, 29 - 1),
      'Nam',
      'Kinh',
      dateCell(2005, 3, 26),
      dateCell(2006, 3, 26),
      'CB1',
      'THPT',
    ];
    await makeWorkbook(workbook, [
      {
        name: 'ToChuc',
        rows: [
          ['Mã', 'Tên', 'Loại', 'Loại hình'],
          ['CB1', 'Chi bộ 1', 'Chi bộ cơ sở', 'Tổ dân phố'],
        ],
      },
      { name: 'DangVien', rows: [header, member(123456789012), member('012345678901'), member(7)] },
    ]);
    const result = await importDataset(workbook, { asOf: '2026-03-01' });
    expect(result.data.members.map((m) => m.id)).toEqual(['123456789012', '012345678901', '7']);
    expect(result.data.members[0]?.birthDate).toBe('1980-02-28');
    expect(result.ok).toBe(true);
  });
});
