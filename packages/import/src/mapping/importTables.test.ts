import { describe, expect, it } from 'vitest';
import type { Cell, Table, TableRow } from '../table';
import { importTables } from './importTables';

function sheet(name: string, rows: Cell[][]): Table {
  return {
    source: name,
    file: 'du-lieu.xlsx',
    sheet: name,
    async *rows(): AsyncGenerator<TableRow> {
      for (const [i, cells] of rows.entries()) yield { row: i + 1, cells };
    },
  };
}

const organizations = sheet('ToChuc', [
  ['Mã', 'Tên', 'Loại', 'Loại hình'],
  ['CB01', 'Chi bộ 1', 'Chi bộ cơ sở', 'Tổ dân phố'],
]);

describe('importTables', () => {
  it('names a missing required sheet in its workbook', async () => {
    const result = await importTables([organizations], 'xlsx');
    expect(result.ok).toBe(false);
    expect(result.format).toBe('xlsx');
    const missing = result.issues.find((issue) => issue.code === 'required');
    expect(missing?.source).toEqual({ file: 'du-lieu.xlsx', sheet: 'DangVien' });
    expect(missing?.message.vi).toContain('“DangVien”');
  });

  it('reports an unknown sheet as a notice and a second sheet of one kind as an error', async () => {
    const result = await importTables(
      [organizations, sheet('Hướng dẫn', [['x']]), sheet('To Chuc', [['Mã'], ['CB09']])],
      'xlsx',
    );
    const briefs = result.issues.map((issue) => [issue.code, issue.severity, issue.source.sheet]);
    expect(briefs).toContainEqual(['unknown-field', 'notice', 'Hướng dẫn']);
    expect(briefs).toContainEqual(['invalid-structure', 'error', 'To Chuc']);
    expect(result.data.organizations.map((org) => org.code)).toEqual(['CB01']);
  });

  it('locates core issues in the sheet, with the cell as written and the related row', async () => {
    const members = sheet('DangVien', [
      [
        'Mã đảng viên',
        'Họ và tên',
        'Ngày sinh',
        'Giới tính',
        'Dân tộc',
        'Ngày vào Đảng',
        'Tổ chức',
        'Trình độ GDPT',
      ],
      ['DV1', 'A', new Date(Date.UTC(1980, 0, 1)), 'Nam', 'Kinh', '01/01/2005', 'CB01', 'THPT'],
      ['DV1', 'B', '1/1/1981', 'Nam', 'Kinh', '01/01/2006', 'CB01', 'THPT'],
      ['DV3', 'C', '1/1/1981', 'Nam', 'Kinh', '30/02/2006', 'CB01', 'THPT'],
    ]);
    const result = await importTables([organizations, members], 'xlsx', { asOf: '2026-03-01' });
    const duplicate = result.issues.find((issue) => issue.code === 'duplicate-id');
    expect(duplicate?.source).toEqual({
      file: 'du-lieu.xlsx',
      sheet: 'DangVien',
      row: 3,
      column: 'Mã đảng viên',
    });
    expect(duplicate?.relatedSource).toEqual({
      file: 'du-lieu.xlsx',
      sheet: 'DangVien',
      row: 2,
      column: 'Mã đảng viên',
    });
    const date = result.issues.find((issue) => issue.code === 'invalid-date');
    expect(date?.source.row).toBe(4);
    expect(date?.value).toBe('30/02/2006');
    expect(result.data.asOf).toBe('2026-03-01');
  });

  it('locates ward issues on the row of their field, in the value column', async () => {
    const ward = sheet('DonVi', [
      ['Trường', 'Giá trị'],
      ['Tên đảng bộ', 'Đảng bộ phường Mẫu'],
      ['Dân số', '27,5'],
    ]);
    const result = await importTables([ward, organizations], 'xlsx');
    const population = result.issues.find((issue) => issue.location.kind === 'ward');
    expect(population).toMatchObject({
      code: 'invalid-type',
      value: '27,5',
      source: { file: 'du-lieu.xlsx', sheet: 'DonVi', row: 3, column: 'Giá trị' },
    });
  });

  it('reports progress and the total rows read', async () => {
    const calls: number[] = [];
    await importTables([organizations], 'xlsx', { onProgress: (rows) => calls.push(rows) });
    expect(calls).toEqual([2]);
  });
});
