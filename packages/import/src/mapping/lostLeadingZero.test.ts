import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkbook, numberAsText } from '../../test/fixtures/xlsx/makeWorkbook';
import type { Table } from '../table';
import { readWorkbook } from '../xlsx/readWorkbook';
import { tableToRecords } from './tableToRecords';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'party-import-zero-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The members sheet of a one-sheet workbook built for the test, read back as records. */
async function membersOf(name: string, rows: Parameters<typeof makeWorkbook>[1][number]['rows']) {
  const path = await makeWorkbook(join(dir, `${name}.xlsx`), [{ name: 'DangVien', rows }]);
  const [table] = await readWorkbook(path);
  return tableToRecords(table as Table, 'members');
}

describe('lost leading zero (data contract §4.4)', () => {
  it('warns on a number id cell shorter than the ids of its column, naming the cell, value kept', async () => {
    const result = await membersOf('mat-so-0', [
      ['Mã đảng viên', 'Họ và tên', 'Tổ chức'],
      [numberAsText('0456'), 'Nguyễn Văn An', 'CB1'],
      [123, 'Trần Thị Bình', 'CB1'],
      [numberAsText('0789'), 'Lê Văn Cường', 'CB1'],
      [4567, 'Phạm Văn Dũng', 'CB1'],
    ]);
    // The value stays as read: 123 becomes '123', never '0123'.
    expect(result.records.map((r) => r.id)).toEqual(['0456', '123', '0789', '4567']);
    const warnings = result.issues.filter((i) => i.code === 'lost-leading-zero');
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'lost-leading-zero',
        severity: 'warning',
        location: { kind: 'members', index: 1, field: 'id' },
        source: { file: 'mat-so-0.xlsx', sheet: 'DangVien', row: 3, column: 'Mã đảng viên' },
        value: '123',
        params: { length: 4 },
      }),
    ]);
    expect(warnings[0]?.message.vi).toContain('“Mã đảng viên”');
    expect(warnings[0]?.message.vi).toContain('4 chữ số');
    expect(warnings[0]?.message.en).toContain('“id”');
  });

  it('compares each id column on its own, a reference column included', async () => {
    const result = await membersOf('hai-cot', [
      ['Mã đảng viên', 'Tổ chức'],
      [10001, 501],
      [10002, 502],
      [10003, 3],
    ]);
    expect(
      result.issues
        .filter((i) => i.code === 'lost-leading-zero')
        .map((i) => [i.source.row, i.source.column, i.value, i.params?.length]),
    ).toEqual([[4, 'Tổ chức', '3', 3]]);
  });

  it('says nothing when the ids have one length, or the short id is text', async () => {
    const same = await membersOf('cung-do-dai', [
      ['Mã đảng viên'],
      [1234],
      [numberAsText('0567')],
      [8901],
    ]);
    const text = await membersOf('van-ban', [['Mã đảng viên'], ['123'], ['4567'], ['8901']]);
    const letters = await membersOf('chu', [['Mã đảng viên'], ['DV0001'], [12], ['DV0003']]);
    for (const result of [same, text, letters]) {
      expect(result.issues.filter((i) => i.code === 'lost-leading-zero')).toEqual([]);
    }
  });
});
