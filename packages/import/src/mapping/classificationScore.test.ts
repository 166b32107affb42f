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
  ['DV1', 'A', '1/1/1980', 'Nam', 'Kinh', '01/01/2005', 'CB01', 'THPT'],
]);

describe('xep-loai: the optional Điểm column (data contract §1.9)', () => {
  it('reads a score with a decimal comma or dot, and leaves it out when empty', async () => {
    const ratings = sheet('XepLoai', [
      ['Năm', 'Đối tượng', 'Mã', 'Xếp loại', 'Điểm'],
      [2025, 'Đảng viên', 'DV1', 'Hoàn thành tốt nhiệm vụ', '85,5'],
      [2024, 'Đảng viên', 'DV1', 'Hoàn thành nhiệm vụ', 69.5],
      [2025, 'Tổ chức đảng', 'CB01', 'Hoàn thành tốt nhiệm vụ', ''],
    ]);
    const result = await importTables([organizations, members, ratings], 'xlsx');
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(result.data.classifications.map((c) => c.score)).toEqual([85.5, 69.5, undefined]);
    expect('score' in (result.data.classifications[2] ?? {})).toBe(false);
  });

  it('keeps reading a sheet without the column (version 1 files stay valid)', async () => {
    const ratings = sheet('XepLoai', [
      ['Năm', 'Đối tượng', 'Mã', 'Xếp loại'],
      [2025, 'Đảng viên', 'DV1', 'Hoàn thành tốt nhiệm vụ'],
    ]);
    const result = await importTables([organizations, members, ratings], 'xlsx');
    expect(result.ok).toBe(true);
    expect(result.data.classifications).toEqual([
      { year: 2025, subjectType: 'member', subject: 'DV1', rating: 'good' },
    ]);
  });

  it('refuses a score outside 0 to 100, locating the cell', async () => {
    const ratings = sheet('XepLoai', [
      ['Năm', 'Đối tượng', 'Mã', 'Xếp loại', 'Điểm'],
      [2025, 'Đảng viên', 'DV1', 'Hoàn thành tốt nhiệm vụ', '120'],
    ]);
    const result = await importTables([organizations, members, ratings], 'xlsx');
    expect(result.ok).toBe(false);
    const problem = result.issues.find((issue) => issue.severity === 'error');
    expect(result.issues.filter((issue) => issue.severity === 'error')).toHaveLength(1);
    expect(problem?.source).toMatchObject({ sheet: 'XepLoai', row: 2, column: 'Điểm' });
  });
});
