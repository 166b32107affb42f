import { describe, expect, it } from 'vitest';
import type { Cell, Table, TableRow } from '../table';
import { tableToWard } from './tableToWard';

function table(rows: Cell[][]): Table {
  return {
    source: 'don-vi.csv',
    file: 'don-vi.csv',
    async *rows(): AsyncGenerator<TableRow> {
      for (const [i, cells] of rows.entries()) yield { row: i + 1, cells };
    },
  };
}

describe('tableToWard', () => {
  it('reads key/value rows named by header or alias, with numbers in Vietnamese notation', async () => {
    const result = await tableToWard(
      table([
        ['Trường', 'Giá trị'],
        ['Tên đảng bộ', 'Đảng bộ phường Dương Kinh'],
        ['committee', 'Đảng ủy phường Dương Kinh'],
        ['Diện tích km2', '27,94'],
        ['DÂN SỐ', '27.339'],
        ['', ''],
      ]),
    );
    expect(result.ward).toEqual({
      name: 'Đảng bộ phường Dương Kinh',
      committee: 'Đảng ủy phường Dương Kinh',
      areaKm2: 27.94,
      population: 27339,
    });
    expect(result.fields.get('population')).toEqual({ row: 5, column: 'Giá trị', cell: '27.339' });
    expect(result.issues).toEqual([]);
  });

  it('accepts English column headers in any order', async () => {
    const result = await tableToWard(
      table([
        ['value', 'field'],
        [12, 'population'],
      ]),
    );
    expect(result.ward).toEqual({ population: 12 });
  });

  it('reads a table without header row when its first row names a field', async () => {
    const result = await tableToWard(table([['Địa danh', 'Hải Phòng']]));
    expect(result.ward).toEqual({ place: 'Hải Phòng' });
  });

  it('reports unknown, repeated and unnamed fields with their rows', async () => {
    const result = await tableToWard(
      table([
        ['Trường', 'Giá trị'],
        ['Địa danh', 'Hải Phòng'],
        ['Số điện thoại', '0225'],
        ['place', 'Hà Nội'],
        ['', 'x'],
      ]),
    );
    expect(result.ward).toEqual({ place: 'Hải Phòng' });
    expect(result.issues.map((issue) => [issue.code, issue.severity, issue.source.row])).toEqual([
      ['unknown-field', 'notice', 3],
      ['invalid-structure', 'error', 4],
      ['invalid-structure', 'error', 5],
    ]);
  });
});
