import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDateVi,
  formatDocumentDate,
  formatDocumentDateShort,
  formatPercent,
} from './format';

describe('Vietnamese formatting', () => {
  it('writes counts with dot thousands and optional leading zero', () => {
    expect(formatCount(1239)).toBe('1.239');
    expect(formatCount(27339)).toBe('27.339');
    expect(formatCount(5600000)).toBe('5.600.000');
    expect(formatCount(3, { padBelowTen: true })).toBe('03');
    expect(formatCount(10, { padBelowTen: true })).toBe('10');
    expect(formatCount(3)).toBe('3');
    expect(formatCount(-0)).toBe('0');
    expect(formatCount(-0.2)).toBe('0');
  });

  it('writes percentages with a decimal comma and always one decimal, never -0', () => {
    expect(formatPercent(77.4)).toBe('77,4%');
    expect(formatPercent(38)).toBe('38,0%');
    expect(formatPercent(-0)).toBe('0,0%');
    expect(formatPercent(-0.01)).toBe('0,0%');
    expect(formatPercent(0.2)).toBe('0,2%');
    expect(formatPercent(100)).toBe('100,0%');
  });

  it('writes dates for the body and for the date line', () => {
    expect(formatDateVi({ year: 2022, month: 6, day: 16 })).toBe('16/6/2022');
    // In a document: the day and the months January and February with a leading zero, as the date line.
    expect(formatDocumentDateShort({ year: 2026, month: 3, day: 1 })).toBe('01/3/2026');
    expect(formatDocumentDateShort({ year: 2026, month: 2, day: 12 })).toBe('12/02/2026');
    expect(formatDocumentDateShort({ year: 2022, month: 6, day: 16 })).toBe('16/6/2022');
    expect(formatDocumentDate({ year: 2026, month: 2, day: 5 })).toBe('ngày 05 tháng 02 năm 2026');
    expect(formatDocumentDate({ year: 2026, month: 5, day: 19 })).toBe('ngày 19 tháng 5 năm 2026');
  });
});
