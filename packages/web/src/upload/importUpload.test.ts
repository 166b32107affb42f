import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importDataset } from '@org/party-import';
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../deadline';
import {
  BadRequestError,
  PayloadTooLargeError,
  RequestTimeoutError,
  UnsupportedMediaTypeError,
} from '../errors';
import { importUpload } from './importUpload';

const fixtures = new URL('../../../import/test/fixtures/', import.meta.url).pathname;
const noLimit: Deadline = { check: () => undefined };

async function folderFiles(dir: string) {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.csv')).sort();
  return Promise.all(
    names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(dir, name))) })),
  );
}

// That every form gives what importDataset gives, on every fixture and the
// Dương Kinh sample, is tested in @org/party-import (importUploads); these
// tests check the glue: options passed on, statuses, limits.
describe('importUpload gives what importDataset gives for the same files on disk', () => {
  it('for the messy CSV folder of the import tests', async () => {
    const dir = join(fixtures, 'csv-messy');
    const fromDisk = await importDataset(dir, { asOf: '2026-03-01' });
    const fromMemory = await importUpload(await folderFiles(dir), '2026-03-01', noLimit);
    expect(fromDisk.issues.length).toBeGreaterThan(0);
    expect(fromMemory).toEqual(fromDisk);
  });

  it('for canonical JSON', async () => {
    const path = join(fixtures, '..', '..', '..', '..', 'examples', 'minimal', 'dataset.json');
    const fromDisk = await importDataset(path, { asOf: '2026-03-01' });
    const fromMemory = await importUpload(
      [{ name: 'dataset.json', bytes: new Uint8Array(await readFile(path)) }],
      '2026-03-01',
      noLimit,
    );
    expect(fromMemory).toEqual(fromDisk);
  });
});

describe('importUpload refuses what it cannot read', () => {
  const file = (name: string) => ({ name, bytes: new Uint8Array([1, 2, 3]) });

  it('no file, a mix of kinds, or two workbooks (400)', async () => {
    for (const files of [[], [file('a.csv'), file('b.json')], [file('a.xlsx'), file('b.xlsx')]]) {
      await expect(importUpload(files, undefined, noLimit)).rejects.toBeInstanceOf(BadRequestError);
    }
  });

  it('old Excel files and other kinds (415), saying what to do', async () => {
    const old = await importUpload([file('cu.xls')], undefined, noLimit).catch((e: unknown) => e);
    expect(old).toBeInstanceOf(UnsupportedMediaTypeError);
    expect((old as Error).message).toContain('Excel Workbook (.xlsx)');
    await expect(importUpload([file('a.pdf')], undefined, noLimit)).rejects.toBeInstanceOf(
      UnsupportedMediaTypeError,
    );
  });

  it('a workbook that expands beyond 20 times its size (413), a damaged one naming it (400)', async () => {
    const { templateWorkbookBytes } = await import('@org/party-import');
    const { strToU8, unzipSync, zipSync } = await import('fflate');
    const entries = unzipSync(await templateWorkbookBytes());
    entries['xl/sharedStrings.xml'] = strToU8('x'.repeat(2 * 1024 * 1024));
    const bomb = zipSync(entries, { level: 9 });
    expect(bomb.byteLength * 20).toBeLessThan(2 * 1024 * 1024);
    await expect(
      importUpload([{ name: 'bom.xlsx', bytes: bomb }], undefined, noLimit),
    ).rejects.toBeInstanceOf(PayloadTooLargeError);
    await expect(importUpload([file('hong.xlsx')], undefined, noLimit)).rejects.toMatchObject({
      code: 'unreadable-input',
      message: expect.stringContaining('“hong.xlsx”'),
    });
    await expect(importUpload([file('hong.json')], undefined, noLimit)).rejects.toMatchObject({
      code: 'unreadable-input',
      localized: expect.objectContaining({
        en: expect.stringContaining('“hong.json” is not valid JSON'),
      }),
    });
  });

  it('stops a long import when its time is up', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `DV${i},Người ${i}`).join('\n');
    const bytes = new TextEncoder().encode(`Mã đảng viên,Họ và tên\n${rows}\n`);
    const expired: Deadline = {
      check: () => {
        throw new RequestTimeoutError(1000);
      },
    };
    await expect(
      importUpload([{ name: 'dang-vien.csv', bytes }], undefined, expired),
    ).rejects.toBeInstanceOf(RequestTimeoutError);
  });
});
