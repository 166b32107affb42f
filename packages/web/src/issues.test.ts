import { createIssue } from '@org/party-core';
import { importIssue } from '@org/party-import';
import { describe, expect, it } from 'vitest';
import { countIssues, toWebIssue } from './issues';

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
