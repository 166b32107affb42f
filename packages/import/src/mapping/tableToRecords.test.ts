import { describe, expect, it } from 'vitest';
import type { Cell, Table, TableRow } from '../table';
import { tableToRecords } from './tableToRecords';

function table(
  source: string,
  rows: Cell[][],
  options: { sheet?: string; failAt?: number } = {},
): Table {
  return {
    source,
    file: options.sheet ? 'du-lieu.xlsx' : source,
    ...(options.sheet ? { sheet: options.sheet } : {}),
    async *rows(): AsyncGenerator<TableRow> {
      for (const [i, cells] of rows.entries()) {
        if (options.failAt === i + 1) throw new Error('Nguyễn Văn An: boom');
        yield { row: i + 1, cells };
      }
    },
  };
}

describe('tableToRecords', () => {
  it('reads cells of a workbook: number ids as full text, date cells, booleans', async () => {
    const result = await tableToRecords(
      table(
        'DangVien',
        [
          ['Mã đảng viên', 'Ngày sinh', 'Miễn sinh hoạt', 'Số tháng gián đoạn'],
          [123456789012, new Date(Date.UTC(1980, 2, 15)), true, 3],
        ],
        { sheet: 'DangVien' },
      ),
      'members',
    );
    expect(result.records).toEqual([
      { id: '123456789012', birthDate: '1980-03-15', exempt: true, partyAgeGapMonths: 3 },
    ]);
    expect(result.locations[0]?.row).toBe(2);
    expect(result.table.columns.get('birthDate')).toEqual({ index: 1, header: 'Ngày sinh' });
  });

  it('reports an unknown column once, as a notice, and keeps its cells out of records', async () => {
    const result = await tableToRecords(
      table('dang-vien.csv', [
        ['Mã đảng viên', 'Ghi chú'],
        ['DV1', 'a'],
        ['DV2', 'b'],
      ]),
      'members',
    );
    expect(result.records).toEqual([{ id: 'DV1' }, { id: 'DV2' }]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'unknown-field',
      severity: 'notice',
      source: { file: 'dang-vien.csv', row: 1, column: 'Ghi chú' },
    });
  });

  it('reports the second of two columns for one field and uses the first', async () => {
    const result = await tableToRecords(
      table('dang-vien.csv', [
        ['Ngày sinh', 'birthDate'],
        ['1/1/1980', '2/2/1982'],
      ]),
      'members',
    );
    expect(result.records).toEqual([{ birthDate: '1980-01-01' }]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'invalid-structure',
        severity: 'error',
        location: { kind: 'members', field: 'birthDate' },
        source: { file: 'dang-vien.csv', row: 1, column: 'birthDate' },
      }),
    ]);
  });

  it('skips leading and inner blank rows, and takes the first non-blank row as header', async () => {
    const result = await tableToRecords(
      table('dang-vien.csv', [[], ['', null], ['Mã đảng viên'], ['DV1'], [' '], ['DV2']]),
      'members',
    );
    expect(result.table.headerRow).toBe(3);
    expect(result.locations.map((location) => location.row)).toEqual([4, 6]);
  });

  it('reports cells beyond the header on their row, and data under an empty header once', async () => {
    const result = await tableToRecords(
      table('dang-vien.csv', [
        ['Mã đảng viên', ''],
        ['DV1', '', ''],
        ['DV2', 'x', 'y'],
        ['DV3', 'z'],
      ]),
      'members',
    );
    expect(result.records).toHaveLength(3);
    expect(
      result.issues.map((issue) => [issue.code, issue.source.row, issue.location.index]),
    ).toEqual([
      ['invalid-structure', 3, 1],
      ['unknown-field', 3, undefined],
    ]);
  });

  it('keeps an unlisted role as text', async () => {
    const result = await tableToRecords(
      table('chuc-vu.csv', [
        ['Mã đảng viên', 'Chức vụ'],
        ['DV1', 'Bí thư'],
        ['DV2', 'Trưởng thôn'],
        ['DV3', 'Khác'],
      ]),
      'positions',
    );
    expect(result.records).toEqual([
      { memberId: 'DV1', role: 'secretary' },
      { memberId: 'DV2', role: 'other', roleText: 'Trưởng thôn' },
      { memberId: 'DV3', role: 'other' },
    ]);
  });

  it('keeps the rows read before a failure and reports the next row, without the error text', async () => {
    const result = await tableToRecords(
      table('dang-vien.csv', [['Mã đảng viên'], ['DV1'], ['DV2'], ['DV3']], { failAt: 3 }),
      'members',
    );
    expect(result.records).toEqual([{ id: 'DV1' }]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.source).toEqual({ file: 'dang-vien.csv', row: 3 });
    expect(JSON.stringify(result.issues)).not.toContain('Nguyễn');
  });

  it('gives no records and no issues for an empty table', async () => {
    const result = await tableToRecords(table('dang-vien.csv', []), 'members');
    expect(result.records).toEqual([]);
    expect(result.issues).toEqual([]);
  });
});
