import { createIssue } from '@org/party-core';
import { importIssue } from '@org/party-import';
import { describe, expect, it } from 'vitest';
import { countIssues, presentIssues, toWebIssue } from './issues';

describe('toWebIssue', () => {
  it('places an issue of a sheet at its file, sheet, row and column, with the cell as written', () => {
    const issue = importIssue(
      'invalid-code',
      { kind: 'members', index: 4, field: 'gender' },
      { file: 'du-lieu.xlsx', sheet: 'DangVien', row: 6, column: 'Giới tính' },
      {
        value: 'X',
        params: {
          fieldVi: 'Giới tính',
          fieldEn: 'Gender',
          allowedVi: 'Nam, Nữ',
          allowedEn: 'male, female',
        },
      },
    );
    expect(toWebIssue(issue, 'vi')).toEqual({
      severity: 'error',
      code: 'invalid-code',
      message: 'Giá trị ở cột “Giới tính” không có trong danh mục.',
      hint: 'Hãy dùng một trong các giá trị: Nam, Nữ.',
      file: 'du-lieu.xlsx',
      sheet: 'DangVien',
      row: 6,
      column: 'Giới tính',
      value: 'X',
    });
  });

  it('never sends back a person’s name as the value', () => {
    const issue = importIssue(
      'invalid-value',
      { kind: 'members', index: 0, field: 'fullName' },
      { file: 'dang-vien.csv', row: 2, column: 'Họ và tên' },
      {
        value: 'Nguyễn Văn An',
        params: { fieldVi: 'Họ và tên', fieldEn: 'Full name', reasonVi: 'x', reasonEn: 'x' },
      },
    );
    expect(toWebIssue(issue, 'vi').value).toBeUndefined();
  });

  it('numbers the records of canonical JSON from 1 and names the column by its header', () => {
    const core = createIssue('required', { kind: 'members', index: 2, field: 'birthDate' });
    const issue = { ...core, source: { file: 'du-lieu.json', column: 'birthDate' } };
    const web = toWebIssue(issue, 'vi');
    expect(web.record).toBe(3);
    expect(web.row).toBeUndefined();
    expect(web.column).toBe('Ngày sinh');
    expect(toWebIssue(issue, 'en').column).toBe('birthDate');
  });

  it('shortens a long value', () => {
    const issue = importIssue(
      'invalid-value',
      { kind: 'organizations', index: 0, field: 'name' },
      { file: 'to-chuc.csv', row: 2, column: 'Tên' },
      { value: 'x'.repeat(500) },
    );
    expect(toWebIssue(issue, 'vi').value).toHaveLength(200);
  });
});

describe('countIssues', () => {
  it('counts by severity', () => {
    const issues = [
      createIssue('required', { kind: 'members' }),
      createIssue('small-cell', { kind: 'organizations' }),
      createIssue('bare-year', { kind: 'members' }),
      createIssue('bare-year', { kind: 'members' }),
    ];
    expect(countIssues(issues)).toEqual({ errors: 1, warnings: 1, notices: 2 });
  });
});

describe('presentIssues', () => {
  /** An issue of `code` in a CSV file at `row` and `column`. */
  const at = (
    code: 'invalid-code' | 'probation-overdue' | 'bare-year',
    file: string,
    row: number,
    column: string,
  ) =>
    importIssue(code, { kind: 'members', index: row - 2, field: 'gender' }, { file, row, column });

  it('lists every error first, then at most the cap of each group of warnings and notices', () => {
    const issues = [
      ...Array.from({ length: 30 }, (_, i) =>
        at('probation-overdue', 'dang-vien.csv', i + 2, 'Ngày chính thức'),
      ),
      ...Array.from({ length: 25 }, (_, i) =>
        at('invalid-code', 'dang-vien.csv', i + 40, 'Giới tính'),
      ),
      at('bare-year', 'dang-vien.csv', 3, 'Ngày sinh'),
      at('invalid-code', 'bien-dong.csv', 9, 'Loại'),
    ];
    const { issues: listed, groups } = presentIssues(issues, 'vi', 10);
    // Every error, more than the cap, before any warning, in file order.
    expect(listed.slice(0, 26).map((issue) => issue.severity)).toEqual(Array(26).fill('error'));
    expect(listed.slice(0, 26).map((issue) => `${issue.file}:${issue.row}`)).toEqual([
      ...Array.from({ length: 25 }, (_, i) => `dang-vien.csv:${i + 40}`),
      'bien-dong.csv:9',
    ]);
    // Then 10 of the 30 warnings (the first in the file), and the notice.
    expect(listed.slice(26).map((issue) => `${issue.code}:${issue.row}`)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `probation-overdue:${i + 2}`),
      'bare-year:3',
    ]);
    expect(
      groups.map(({ severity, code, file, column, count, listed: at }) => ({
        severity,
        code,
        file,
        column,
        count,
        listed: at.length,
      })),
    ).toEqual([
      {
        severity: 'error',
        code: 'invalid-code',
        file: 'dang-vien.csv',
        column: 'Giới tính',
        count: 25,
        listed: 25,
      },
      {
        severity: 'error',
        code: 'invalid-code',
        file: 'bien-dong.csv',
        column: 'Loại',
        count: 1,
        listed: 1,
      },
      {
        severity: 'warning',
        code: 'probation-overdue',
        file: 'dang-vien.csv',
        column: 'Ngày chính thức',
        count: 30,
        listed: 10,
      },
      {
        severity: 'notice',
        code: 'bare-year',
        file: 'dang-vien.csv',
        column: 'Ngày sinh',
        count: 1,
        listed: 1,
      },
    ]);
    // Each group points at its own issues, and every listed issue is in exactly one group.
    for (const group of groups) {
      for (const index of group.listed) {
        expect(listed[index]).toMatchObject({ code: group.code, file: group.file });
      }
    }
    expect(groups.flatMap((group) => group.listed).sort((a, b) => a - b)).toEqual(
      listed.map((_, index) => index),
    );
  });

  it('names each kind in the language asked', () => {
    const issue = at('probation-overdue', 'dang-vien.csv', 2, 'Ngày chính thức');
    expect(presentIssues([issue], 'vi').groups[0]?.title).toBe(
      'Dự bị quá hạn, chưa có ngày chính thức',
    );
    expect(presentIssues([issue], 'en').groups[0]?.title).toBe(
      'Probation overdue, no official date',
    );
  });

  it('keeps 200 of a large group by default and still counts them all', () => {
    const issues = Array.from({ length: 1000 }, (_, i) =>
      at('bare-year', 'dang-vien.csv', i + 2, 'Ngày sinh'),
    );
    const { issues: listed, groups } = presentIssues(issues, 'vi');
    expect(listed).toHaveLength(200);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.count).toBe(1000);
  });
});
