import { describe, expect, it } from 'vitest';
import { formatCount, formatDateVi, formatDocumentDate, formatPercent } from './format';

describe('Vietnamese formatting', () => {
  it('writes counts with dot thousands and optional leading zero', () => {
    expect(formatCount(1239)).toBe('1.239');
    expect(formatCount(27339)).toBe('27.339');
    expect(formatCount(5600000)).toBe('5.600.000');
    expect(formatCount(3, { padBelowTen: true })).toBe('03');
    expect(formatCount(10, { padBelowTen: true })).toBe('10');
    expect(formatCount(3)).toBe('3');
  });

  it('writes percentages with a decimal comma and no trailing zero', () => {
    expect(formatPercent(77.4)).toBe('77,4%');
    expect(formatPercent(38)).toBe('38%');
    expect(formatPercent(0.2)).toBe('0,2%');
    expect(formatPercent(100)).toBe('100%');
  });

  it('writes dates for the body and for the date line', () => {
    expect(formatDateVi({ year: 2022, month: 6, day: 16 })).toBe('16/6/2022');
    expect(formatDocumentDate({ year: 2026, month: 2, day: 5 })).toBe('ngày 05 tháng 02 năm 2026');
    expect(formatDocumentDate({ year: 2026, month: 5, day: 19 })).toBe('ngày 19 tháng 5 năm 2026');
  });
});
