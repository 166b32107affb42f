import { createIssue } from '@org/party-core';
import { describe, expect, it } from 'vitest';
import { importIssue } from '../issues';
import { countIssues, presentIssue, withoutPersonalData } from './presentIssue';

const genderIssue = () =>
  importIssue(
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

const nameIssue = () =>
  importIssue(
    'invalid-value',
    { kind: 'members', index: 0, field: 'fullName' },
    { file: 'dang-vien.csv', row: 2, column: 'Họ và tên' },
    {
      value: 'Nguyễn Văn An',
      params: { fieldVi: 'Họ và tên', fieldEn: 'Full name', reasonVi: 'x', reasonEn: 'x' },
    },
  );

describe('presentIssue', () => {
  it('places an issue of a sheet at its file, sheet, row and column, with the cell as written', () => {
    expect(presentIssue(genderIssue(), 'vi')).toEqual({
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

  it('gives message and hint that rejoin into the catalogue’s text, in either language', () => {
    for (const lang of ['vi', 'en'] as const) {
      const issue = genderIssue();
      const shown = presentIssue(issue, lang);
      expect(`${shown.message} ${shown.hint}`).toBe(issue.message[lang]);
    }
  });

  it('never shows a person’s name as the value', () => {
    expect(presentIssue(nameIssue(), 'vi').value).toBeUndefined();
    expect(presentIssue(nameIssue(), 'en', { maxValueLength: 24 }).value).toBeUndefined();
  });

  it('numbers the records of canonical JSON from 1 and names the column by its header', () => {
    const core = createIssue('required', { kind: 'members', index: 2, field: 'birthDate' });
    const issue = { ...core, source: { file: 'du-lieu.json', column: 'birthDate' } };
    expect(presentIssue(issue, 'vi')).toMatchObject({ record: 3, column: 'Ngày sinh' });
    expect(presentIssue(issue, 'vi').row).toBeUndefined();
    expect(presentIssue(issue, 'en').column).toBe('birthDate');
  });

  it('treats a core issue with no file as JSON, filed under its record kind', () => {
    const core = createIssue('required', { kind: 'organizations', index: 0, field: 'name' });
    expect(presentIssue(core, 'vi')).toMatchObject({
      file: 'organizations',
      record: 1,
      column: 'Tên',
    });
  });

  it('cuts a long value to the length asked, ending in …', () => {
    const issue = importIssue(
      'invalid-value',
      { kind: 'organizations', index: 0, field: 'name' },
      { file: 'to-chuc.csv', row: 2, column: 'Tên' },
      { value: 'x'.repeat(500) },
    );
    expect(presentIssue(issue, 'vi').value).toHaveLength(200);
    const short = presentIssue(issue, 'vi', { maxValueLength: 24 }).value;
    expect(short).toBe(`${'x'.repeat(23)}…`);
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
    expect(countIssues(issues)).toEqual({ error: 1, warning: 1, notice: 2 });
  });
});

describe('withoutPersonalData', () => {
  it('drops the value of a name and keeps every other issue as it is', () => {
    expect(withoutPersonalData(nameIssue()).value).toBeUndefined();
    const gender = genderIssue();
    expect(withoutPersonalData(gender)).toBe(gender);
  });
});
