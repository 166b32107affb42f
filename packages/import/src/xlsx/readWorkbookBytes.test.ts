import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnreadableInputError } from '@org/party-core';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateCell, makeWorkbook, numberAsText } from '../../test/fixtures/xlsx/makeWorkbook';
import type { Table } from '../table';
import { writeTemplateWorkbook } from '../template/writeTemplate';
import { zipEntries } from './_internal/zipEntries';
import { readWorkbook } from './readWorkbook';
import { readWorkbookBytes, WorkbookTooLargeError } from './readWorkbookBytes';

/** A minimal workbook written by hand: one sheet `A`, no styles, no shared strings. */
function handWorkbook(sheetData: string, level: 0 | 6 = 6): Uint8Array {
  return zipSync(
    {
      'xl/workbook.xml': strToU8(
        '<workbook xmlns:r="r"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        `<worksheet><sheetData>${sheetData}</sheetData></worksheet>`,
      ),
    },
    { level },
  );
}

const sample = new URL('../../../../apps/duong-kinh/data/duong-kinh.xlsx', import.meta.url)
  .pathname;

/** Every table's names and rows, keyed so that a missing or extra sheet shows. */
async function rowsOf(tables: readonly Table[]) {
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows: unknown[] = [];
    for await (const row of table.rows()) rows.push(row);
    out[`${table.file}|${table.source}|${table.sheet}`] = rows;
  }
  return out;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'party-xlsx-bytes-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Both readers on the same workbook: `readWorkbook(path)` and `readWorkbookBytes` on its bytes. */
async function bothReaders(path: string, options = {}) {
  const bytes = new Uint8Array(await readFile(path));
  const name = path.split('/').pop() ?? '';
  return {
    file: await rowsOf(await readWorkbook(path)),
    memory: await rowsOf(await readWorkbookBytes(bytes, name, options)),
  };
}

async function errorOf(promise: Promise<unknown>) {
  const error = (await promise.catch((e: unknown) => e)) as Error & { localized?: { en: string } };
  expect(error).toBeInstanceOf(UnreadableInputError);
  return {
    name: error.name,
    code: (error as { code?: string }).code,
    vi: error.message,
    en: error.localized?.en,
  };
}

describe('readWorkbookBytes', () => {
  it('reads every kind of cell exactly as readWorkbook reads the file', async () => {
    const path = await makeWorkbook(join(dir, 'cells.xlsx'), [
      {
        name: 'DangVien',
        rows: [
          ['Mã đảng viên', 'Họ và tên', 'Ngày sinh', 'Số', 'Có', 'Ghi chú', 'Liên kết', 'Lỗi'],
          [
            numberAsText('012345'),
            'Nguyễn Văn “An” & <Bình>',
            dateCell(1980, 5, 20),
            123456789012,
            true,
            { richText: ['chữ ', 'đậm', ' thường'] },
            { text: 'trang', hyperlink: 'https://example.invalid' },
            { error: '#N/A' },
          ],
          [
            'DV02',
            { formula: 'A1&"x"', result: 'công thức' },
            { formula: 'DATE(1990,1,2)', result: dateCell(1990, 1, 2) },
            { formula: '1+1', result: 2 },
            false,
            null,
            null,
            { formula: '1/0', result: { error: '#DIV/0!' } },
          ],
          [],
          ['DV03', 'Sau dòng trống', 45000.5, -3.25, null, '  ', null, null],
        ],
      },
      {
        name: 'ToChuc',
        startRow: 3,
        merges: ['A3:B3', 'A5:B5'],
        styledEmptyRows: [8, 9],
        rows: [
          ['Tổ chức', null, 'Loại'],
          ['CB01', 'Chi bộ 1', 'Chi bộ cơ sở'],
          ['gộp', null, 'x'],
        ],
      },
      { name: 'Trống', rows: [] },
    ]);
    const { file, memory } = await bothReaders(path);
    expect(memory).toEqual(file);
    // And the comparison has something in it: dates, numbers, merged headers.
    const members = memory['cells.xlsx|DangVien|DangVien'] as { cells: unknown[] }[];
    expect(members[1]?.cells[2]).toEqual(new Date(Date.UTC(1980, 4, 20)));
    expect(members[1]?.cells[3]).toBe(123456789012);
    const orgs = memory['cells.xlsx|ToChuc|ToChuc'] as { row: number; cells: unknown[] }[];
    expect(orgs[0]).toEqual({ row: 3, cells: ['Tổ chức', 'Tổ chức', 'Loại'] });
  });

  it('reads the empty template, hidden lists sheet included, as readWorkbook does', async () => {
    const path = join(dir, 'mau.xlsx');
    await writeTemplateWorkbook(path);
    const { file, memory } = await bothReaders(path, { maxExpandedBytes: 50 * 1024 * 1024 });
    expect(Object.keys(memory)).toHaveLength(11);
    expect(memory).toEqual(file);
  });

  it('reads the Dương Kinh workbook as readWorkbook does, within a 20-fold expansion limit', async () => {
    expect(existsSync(sample), `the Dương Kinh sample workbook is missing: ${sample}`).toBe(true);
    const size = (await readFile(sample)).byteLength;
    const { file, memory } = await bothReaders(sample, { maxExpandedBytes: size * 20 });
    expect(memory).toEqual(file);
    expect(memory['duong-kinh.xlsx|DangVien|DangVien']?.length).toBeGreaterThan(1000);
  });

  it('says bytes that are not a workbook cannot be read, as readWorkbook says of the file', async () => {
    const bytes = new TextEncoder().encode('Mã,Tên\nDV01,Nguyễn Văn An\n');
    await writeFile(join(dir, 'x.xlsx'), bytes);
    const fromFile = await errorOf(readWorkbook(join(dir, 'x.xlsx')));
    expect(await errorOf(readWorkbookBytes(bytes, 'x.xlsx'))).toEqual(fromFile);
    // With a limit the archive is measured first; the answer is the same.
    expect(
      await errorOf(readWorkbookBytes(bytes, 'x.xlsx', { maxExpandedBytes: 1 << 20 })),
    ).toEqual(fromFile);
    expect(fromFile.code).toBe('unreadable-input');
    expect(fromFile.vi).toContain('“x.xlsx”');
    expect(fromFile.en).toContain('“x.xlsx” cannot be read');
    expect(`${fromFile.vi} ${fromFile.en}`).not.toContain('DV01');
  });

  it('says a truncated workbook cannot be read, with or without a limit', async () => {
    const path = await makeWorkbook(join(dir, 'du.xlsx'), [{ name: 'A', rows: [['x']] }]);
    const bytes = new Uint8Array(await readFile(path));
    const cut = bytes.subarray(0, Math.floor(bytes.length / 2));
    for (const options of [{}, { maxExpandedBytes: 1 << 20 }]) {
      const error = await errorOf(readWorkbookBytes(cut, 'cut.xlsx', options));
      expect(error.vi).toContain('“cut.xlsx”');
    }
  });

  it('reads cells and rows written without their references, one after the other', async () => {
    const rows =
      '<row><c t="inlineStr"><is><t>Mã</t></is></c><c t="inlineStr"><is><t>Tên</t></is></c></row>' +
      '<row><c><v>7</v></c><c r="C2" t="inlineStr"><is><t>x</t></is></c><c t="b"><v>1</v></c></row>' +
      '<row r="5"><c t="inlineStr"><is><t>a &amp; b</t></is></c></row>';
    // Deflated, and stored without compression.
    for (const level of [6, 0] as const) {
      const bytes = handWorkbook(rows, level);
      expect(Object.values(await rowsOf(await readWorkbookBytes(bytes, 'tay.xlsx')))).toEqual([
        [
          { row: 1, cells: ['Mã', 'Tên'] },
          { row: 2, cells: [7, null, 'x', true] },
          { row: 3, cells: [] },
          { row: 4, cells: [] },
          { row: 5, cells: ['a & b'] },
        ],
      ]);
    }
  });

  it('says a workbook whose sheet is damaged inside cannot be read, when its rows are read', async () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i * 7919}</v></c></row>`,
    ).join('');
    const bytes = handWorkbook(rows);
    const sheet = zipEntries(bytes)?.get('xl/worksheets/sheet1.xml');
    if (!sheet) throw new Error('no sheet part');
    const middle = sheet.data.byteOffset + Math.floor(sheet.data.byteLength / 2);
    bytes.fill(0xff, middle, middle + 64);
    const tables = await readWorkbookBytes(bytes, 'hong.xlsx');
    const error = await errorOf(rowsOf(tables));
    expect(error.vi).toContain('“hong.xlsx”');
    expect(error.en).toContain('cannot be read');
  });

  it('refuses a workbook that expands beyond maxExpandedBytes (a zip bomb), and reads it without', async () => {
    // One 4 MB cell compresses to almost nothing.
    const path = await makeWorkbook(join(dir, 'bom.xlsx'), [
      { name: 'DangVien', rows: [['Ghi chú'], ['x'.repeat(4 * 1024 * 1024)]] },
    ]);
    const bytes = new Uint8Array(await readFile(path));
    expect(bytes.byteLength).toBeLessThan(64 * 1024);
    const error = await readWorkbookBytes(bytes, 'bom.xlsx', {
      maxExpandedBytes: 1024 * 1024,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookTooLargeError);
    expect(error).toBeInstanceOf(UnreadableInputError);
    expect(error).toMatchObject({ code: 'unreadable-input', maxExpandedBytes: 1024 * 1024 });
    expect((error as Error).message).toContain('“bom.xlsx”');
    expect((error as WorkbookTooLargeError).localized.en).toContain('too much data once unzipped');
    const tables = await readWorkbookBytes(bytes, 'bom.xlsx', { maxExpandedBytes: 8 << 20 });
    expect(Object.values(await rowsOf(tables))[0]).toHaveLength(2);
  });
});
