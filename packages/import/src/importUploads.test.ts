import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidArgumentError, UnreadableInputError } from '@org/party-core';
import { describe, expect, it } from 'vitest';
import { importDataset } from './importDataset';
import { importUploads, type UploadedFile, uploadForm } from './importUploads';
import { WorkbookTooLargeError } from './xlsx/readWorkbookBytes';

const fixtures = new URL('../test/fixtures/', import.meta.url).pathname;
const sample = new URL('../../../apps/duong-kinh/data/', import.meta.url).pathname;
const minimal = new URL('../../../examples/minimal/dataset.json', import.meta.url).pathname;

async function folderFiles(dir: string): Promise<UploadedFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.csv')).sort();
  return Promise.all(
    names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(dir, name))) })),
  );
}

async function oneFile(path: string): Promise<UploadedFile[]> {
  return [{ name: path.split('/').pop() ?? '', bytes: new Uint8Array(await readFile(path)) }];
}

describe('importUploads gives what importDataset gives for the same files on disk', () => {
  it('for the messy CSV folder, whatever the order of the uploads', async () => {
    const dir = join(fixtures, 'csv-messy');
    const fromDisk = await importDataset(dir, { asOf: '2026-03-01' });
    const files = await folderFiles(dir);
    expect(fromDisk.issues.length).toBeGreaterThan(0);
    expect(await importUploads(files, { asOf: '2026-03-01' })).toEqual(fromDisk);
    expect(await importUploads([...files].reverse(), { asOf: '2026-03-01' })).toEqual(fromDisk);
  });

  it('for a folder with a file that cannot be read to the end (an unclosed quote)', async () => {
    const dir = join(fixtures, 'csv-broken');
    const fromDisk = await importDataset(dir);
    const fromMemory = await importUploads(await folderFiles(dir));
    expect(fromMemory).toEqual(fromDisk);
    expect(fromMemory.issues.some((issue) => issue.source.file === 'chuc-vu.csv')).toBe(true);
  });

  it('for the messy folder made into a workbook by the test helper', async () => {
    const { makeWorkbook } = await import('../test/fixtures/xlsx/makeWorkbook');
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'party-uploads-'));
    try {
      const path = await makeWorkbook(join(dir, 'du-lieu.xlsx'), [
        {
          name: 'ToChuc',
          rows: [
            ['Mã', 'Tên', 'Loại', 'Loại hình'],
            ['CB1', 'Chi bộ 1', 'Chi bộ cơ sở', 'Tổ dân phố'],
          ],
        },
        {
          name: 'DangVien',
          rows: [
            ['Mã đảng viên', 'Họ và tên'],
            ['DV1', 'Thiếu cột'],
          ],
        },
        { name: 'Lạ', rows: [['x']] },
      ]);
      const fromDisk = await importDataset(path, { asOf: '2026-03-01' });
      expect(fromDisk.issues.some((issue) => issue.source.sheet === 'DangVien')).toBe(true);
      expect(await importUploads(await oneFile(path), { asOf: '2026-03-01' })).toEqual(fromDisk);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('for the Dương Kinh sample, as a workbook and as CSV files', async () => {
    const path = join(sample, 'duong-kinh.xlsx');
    for (const needed of [path, join(sample, 'csv')]) {
      expect(existsSync(needed), `the Dương Kinh sample is missing: ${needed}`).toBe(true);
    }
    const xlsxDisk = await importDataset(path, { asOf: '2026-03-01' });
    const xlsxMemory = await importUploads(await oneFile(path), {
      asOf: '2026-03-01',
      maxExpandedBytes: 200 * 1024 * 1024,
    });
    expect(xlsxMemory).toEqual(xlsxDisk);
    expect(xlsxMemory.format).toBe('xlsx');
    expect(xlsxMemory.data.members.length).toBeGreaterThan(1000);
    const csvDisk = await importDataset(join(sample, 'csv'), { asOf: '2026-03-01' });
    const csvMemory = await importUploads(await folderFiles(join(sample, 'csv')), {
      asOf: '2026-03-01',
    });
    expect(csvMemory).toEqual(csvDisk);
    expect(csvMemory.data).toEqual(xlsxMemory.data);
  });

  it('for canonical JSON, valid and with problems', async () => {
    const fromDisk = await importDataset(minimal, { asOf: '2026-03-01' });
    const fromMemory = await importUploads(await oneFile(minimal), { asOf: '2026-03-01' });
    expect(fromMemory).toEqual(fromDisk);
    expect(fromMemory.format).toBe('json');
    const broken = JSON.parse(await readFile(minimal, 'utf8')) as {
      members: { gender?: string }[];
    };
    if (broken.members[0]) broken.members[0].gender = 'khong-ro';
    const bytes = new TextEncoder().encode(JSON.stringify(broken));
    const result = await importUploads([{ name: 'sai.json', bytes }]);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.source).toMatchObject({ file: 'sai.json' });
  });
});

describe('importUploads', () => {
  const file = (name: string, text = 'a,b\n') => ({ name, bytes: new TextEncoder().encode(text) });

  it('reports progress as importDataset does', async () => {
    const calls: number[] = [];
    await importUploads(await folderFiles(join(fixtures, 'csv-messy')), {
      onProgress: (rows) => calls.push(rows),
    });
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.at(-1)).toBeGreaterThan(10);
  });

  it('refuses files that are not one form of the contract, in both languages', async () => {
    for (const files of [[], [file('a.csv'), file('b.json')], [file('a.xlsx'), file('b.xlsx')]]) {
      const error = await importUploads(files).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnreadableInputError);
      expect((error as { localized: { en: string } }).localized.en).toMatch(
        /Choose|Send one kind/u,
      );
    }
  });

  it('refuses a damaged workbook or JSON naming the file, and a workbook over the limit', async () => {
    await expect(importUploads([file('hong.xlsx')])).rejects.toThrow(/“hong\.xlsx”/u);
    await expect(importUploads([file('hong.json', '{')])).rejects.toThrow(/“hong\.json”/u);
    const template = await import('./template/templateContent');
    const bytes = await template.templateWorkbookBytes();
    await expect(
      importUploads([{ name: 'mau.xlsx', bytes }], { maxExpandedBytes: 10_000 }),
    ).rejects.toBeInstanceOf(WorkbookTooLargeError);
  });

  it('checks asOf as importDataset does', async () => {
    await expect(importUploads([file('a.csv')], { asOf: '01/03/2026' })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
  });
});

describe('uploadForm', () => {
  it('finds CSV files, one workbook or one JSON file, in any case', () => {
    expect(uploadForm(['to-chuc.csv', 'DANG-VIEN.CSV'])).toEqual({ ok: true, format: 'csv' });
    expect(uploadForm(['du-lieu.XLSX'])).toEqual({ ok: true, format: 'xlsx' });
    expect(uploadForm(['du-lieu.json'])).toEqual({ ok: true, format: 'json' });
  });

  it.each([
    ['no-files', [], 'Chưa có tệp dữ liệu nào'],
    ['not-xlsx', ['a.csv', 'cu.xls'], '“cu.xls” không phải định dạng .xlsx'],
    ['not-xlsx', ['bang.ods'], 'Excel Workbook (.xlsx)'],
    ['unknown-kind', ['a.csv', 'anh.pdf'], '“anh.pdf”'],
    ['unknown-kind', ['khong-duoi'], '“khong-duoi”'],
    ['mixed', ['a.csv', 'b.json'], 'một loại dữ liệu mỗi lần'],
    ['mixed', ['a.xlsx', 'b.xlsx'], 'một loại dữ liệu mỗi lần'],
    ['mixed', ['a.json', 'b.json'], 'một loại dữ liệu mỗi lần'],
  ])('says %s for %j, saying what to do', (problem, names, text) => {
    const form = uploadForm(names);
    expect(form).toMatchObject({ ok: false, problem });
    if (!form.ok) {
      expect(form.message.vi).toContain(text);
      expect(form.message.en.length).toBeGreaterThan(20);
    }
  });
});
