import { fc, test } from '@fast-check/vitest';
import {
  CourseKinds,
  Genders,
  GeneralEducationLevels,
  PositionRoles,
  ProfessionalLevels,
  Religions,
} from '@org/party-core';
import { describe, expect, it } from 'vitest';
import { cellText, convertCell, parseNumberText } from './convertCell';

describe('cellText', () => {
  it('normalises text to NFC, trims and folds inner spaces; empty is undefined', () => {
    expect(cellText('  Nguye\u0302\u0303n \n Va\u0306n  ')).toBe('Nguyễn Văn');
    expect(cellText('   ')).toBeUndefined();
    expect(cellText('')).toBeUndefined();
    expect(cellText(null)).toBeUndefined();
    expect(cellText(undefined)).toBeUndefined();
  });

  it('gives a number cell its full digits, never an exponent', () => {
    expect(cellText(123456789012)).toBe('123456789012');
    expect(cellText(1e20)).toBe('100000000000000000000');
    expect(cellText(12.5)).toBe('12.5');
  });

  it('keeps leading zeros of text ids', () => {
    expect(convertCell('id', '000789')).toBe('000789');
    expect(convertCell('id', 12345)).toBe('12345');
  });
});

describe('convertCell dates', () => {
  it.each([
    ['15/03/1980', '1980-03-15'],
    ['5/3/1980', '1980-03-05'],
    ['05-03-1980', '1980-03-05'],
    ['05.03.1980', '1980-03-05'],
    ['1980-03-15', '1980-03-15'],
    ['1980-3-5', '1980-03-05'],
    ['1980-03-15T00:00:00', '1980-03-15'],
    ['31/02/2026', '2026-02-31'],
    ['1964', '1964'],
    ['không rõ', 'không rõ'],
    ['15/03/80', '15/03/80'],
  ])('reads %s as %s', (text, expected) => {
    expect(convertCell('date', text)).toBe(expected);
    expect(convertCell('partial-date', text)).toBe(expected);
  });

  it('reads a date cell by its UTC calendar date', () => {
    expect(convertCell('date', new Date(Date.UTC(1980, 2, 15)))).toBe('1980-03-15');
    expect(convertCell('date', new Date(Date.UTC(2000, 0, 1)))).toBe('2000-01-01');
  });

  it('passes a number cell (a bare year) as its text, and empty as absent', () => {
    expect(convertCell('partial-date', 1964)).toBe('1964');
    expect(convertCell('date', '')).toBeUndefined();
  });
});

describe('convertCell codes', () => {
  it('matches labels and codes ignoring case, diacritics and spacing', () => {
    expect(convertCell('code', 'Nu', Genders)).toBe('female');
    expect(convertCell('code', 'NỮ', Genders)).toBe('female');
    expect(convertCell('code', 'male', Genders)).toBe('male');
    expect(convertCell('code', 'thac si', ProfessionalLevels)).toBe('master');
    expect(convertCell('code', 'Tha\u0323c si\u0303', ProfessionalLevels)).toBe('master');
  });

  it('passes an unknown label through so core reports invalid-code', () => {
    expect(convertCell('code', 'Khác giới', Genders)).toBe('Khác giới');
  });

  it('makes anything else `other` where the contract says so', () => {
    expect(convertCell('code-or-other', 'Đạo Mẫu', Religions)).toBe('other');
    expect(convertCell('code-or-other', 'Thiên chúa giáo', Religions)).toBe('catholic');
    expect(convertCell('code-or-other', 'Lớp tin học', CourseKinds)).toBe('other');
    expect(convertCell('role', 'Bí thư chi bộ', PositionRoles)).toBe('other');
    expect(convertCell('role', 'pho bi thu', PositionRoles)).toBe('deputy-secretary');
    expect(convertCell('code-or-other', '', Religions)).toBeUndefined();
  });

  it.each([
    ['1/12', 'primary'],
    ['5/12', 'primary'],
    ['6/12', 'lower-secondary'],
    ['9/12', 'lower-secondary'],
    ['10/12', 'upper-secondary'],
    ['12 / 12', 'upper-secondary'],
    ['4/10', 'primary'],
    ['5/10', 'lower-secondary'],
    ['7/10', 'lower-secondary'],
    ['8/10', 'upper-secondary'],
    ['10/10', 'upper-secondary'],
    ['THCS', 'lower-secondary'],
    ['trung hoc pho thong', 'upper-secondary'],
    ['13/12', '13/12'],
    ['0/10', '0/10'],
    ['11/10', '11/10'],
    ['9/11', '9/11'],
  ])('reads general education %s as %s', (text, expected) => {
    expect(convertCell('education', text, GeneralEducationLevels)).toBe(expected);
  });
});

describe('convertCell yes/no', () => {
  it.each([
    ['Có', true],
    ['co', true],
    ['x', true],
    ['X', true],
    ['1', true],
    ['TRUE', true],
    ['Không', false],
    ['khong', false],
    ['0', false],
    ['false', false],
  ])('reads %s as %s', (text, expected) => {
    expect(convertCell('yes-no', text)).toBe(expected);
  });

  it('reads boolean and number cells, leaves empty absent and passes other text through', () => {
    expect(convertCell('yes-no', true)).toBe(true);
    expect(convertCell('yes-no', 0)).toBe(false);
    expect(convertCell('yes-no', '')).toBeUndefined();
    expect(convertCell('yes-no', 'có lẽ')).toBe('có lẽ');
  });
});

describe('numbers', () => {
  it.each([
    ['27.339', true, 27339],
    ['27.339', false, 27339],
    ['1.234.567', true, 1234567],
    ['27,94', false, 27.94],
    ['27.94', false, 27.94],
    ['27,339', true, 27339],
    ['1,234,567', false, 1234567],
    ['1.234,5', false, 1234.5],
    ['1,234.5', false, 1234.5],
    ['27 339', true, 27339],
    ['0.500', false, 0.5],
    ['-3', true, -3],
    ['12', true, 12],
  ] as const)('reads %s (integer: %s) as %s', (text, integer, expected) => {
    expect(parseNumberText(text, { integer })).toBe(expected);
  });

  it.each(['', 'abc', '1.2.3', '1,2,3', '1.23,4.5', '.', '12a'])('does not read %j', (text) => {
    expect(parseNumberText(text, { integer: false })).toBeUndefined();
  });

  it('converts integer and decimal fields; unreadable text passes through', () => {
    expect(convertCell('integer', '27.339')).toBe(27339);
    expect(convertCell('integer', 5)).toBe(5);
    expect(convertCell('decimal', '27,94')).toBe(27.94);
    expect(convertCell('integer', 'năm')).toBe('năm');
    expect(convertCell('integer', ' ')).toBeUndefined();
  });
});

describe('convertCell properties', () => {
  const kinds = [
    'text',
    'id',
    'code',
    'code-or-other',
    'role',
    'education',
    'date',
    'partial-date',
    'yes-no',
    'integer',
    'decimal',
  ] as const;
  test.prop([
    fc.constantFrom(...kinds),
    fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.date()),
  ])('never throws, and gives undefined only for an empty cell', (kind, cell) => {
    const value = convertCell(kind, cell, Genders);
    if (value === undefined) expect(cellText(cell)).toBeUndefined();
  });

  test.prop([
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1880, max: 2200 }),
  ])('dd/mm/yyyy and the ISO date of the same day agree', (day, month, year) => {
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    expect(convertCell('date', `${day}/${month}/${year}`)).toBe(iso);
    expect(convertCell('date', iso)).toBe(iso);
    expect(convertCell('date', new Date(`${iso}T00:00:00Z`))).toBe(iso);
  });
});
