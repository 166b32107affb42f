import { describe, expect, it } from 'vitest';
import { fieldOfHeader, isBlankRow, shownCell, sourceOf, tableTarget } from './tableInfo';

describe('tableTarget', () => {
  it.each([
    ['dang-vien.csv', undefined, 'members'],
    ['DANG VIEN.CSV', undefined, 'members'],
    ['Đảng viên.csv', undefined, 'members'],
    ['DangVien', 'DangVien', 'members'],
    ['to_chuc.csv', undefined, 'organizations'],
    ['KiemTraGiamSat', 'KiemTraGiamSat', 'inspections'],
    ['don-vi.csv', undefined, 'ward'],
    ['DonVi', 'DonVi', 'ward'],
    ['members.csv', undefined, 'members'],
    ['ghi-chu.csv', undefined, undefined],
  ])('names %s (sheet %s) %s', (source, sheet, expected) => {
    expect(tableTarget({ source, ...(sheet ? { sheet } : {}) })).toBe(expected);
  });
});

describe('fieldOfHeader', () => {
  it('matches the Vietnamese header in any case or spelling, and the English alias', () => {
    for (const header of [
      'Ngày sinh',
      'ngay sinh',
      'NGÀY SINH',
      'birthDate',
      'BIRTHDATE',
      ' Ngày  sinh ',
    ]) {
      expect(fieldOfHeader('members', header)).toBe('birthDate');
    }
    expect(fieldOfHeader('members', 'Ngày sinh nhật')).toBeUndefined();
  });

  it('gives a shared header to the first field and keeps the alias for the other', () => {
    expect(fieldOfHeader('positions', 'Chức vụ')).toBe('role');
    expect(fieldOfHeader('positions', 'roleText')).toBe('roleText');
  });

  it('reads the ward fields', () => {
    expect(fieldOfHeader('ward', 'dan so')).toBe('population');
    expect(fieldOfHeader('ward', 'areaKm2')).toBe('areaKm2');
  });
});

describe('helpers', () => {
  it('names a CSV table by its file and a sheet by its workbook and sheet', () => {
    expect(sourceOf({ source: 'dang-vien.csv', file: '/x/dang-vien.csv' }, 3, 'Tên')).toEqual({
      file: 'dang-vien.csv',
      row: 3,
      column: 'Tên',
    });
    expect(sourceOf({ source: 'DangVien', file: '/x/du-lieu.xlsx', sheet: 'DangVien' })).toEqual({
      file: 'du-lieu.xlsx',
      sheet: 'DangVien',
    });
  });

  it('names a workbook by its base name without node:path, Windows paths included', () => {
    for (const file of [
      'du-lieu.xlsx',
      '/x/y/du-lieu.xlsx',
      'x/du-lieu.xlsx/',
      'C:\\x\\du-lieu.xlsx',
    ]) {
      expect(sourceOf({ source: 'DangVien', file, sheet: 'DangVien' }).file, file).toBe(
        'du-lieu.xlsx',
      );
    }
  });

  it('tells blank rows and shows cells', () => {
    expect(isBlankRow(['', ' ', null, undefined])).toBe(true);
    expect(isBlankRow(['', 0])).toBe(false);
    expect(shownCell(' ')).toBeUndefined();
    expect(shownCell(new Date(Date.UTC(2020, 0, 2)))).toBe('2020-01-02');
    expect(shownCell(12)).toBe(12);
  });
});
