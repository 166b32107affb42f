import { describe, expect, it } from 'vitest';
import { parseVietnameseDate, parseVietnameseNumber } from './parseStated';

describe('parseVietnameseNumber', () => {
  it('reads thousands dots, decimal commas, signs, leading zeros and percent signs', () => {
    expect(parseVietnameseNumber('1.239')).toBe(1239);
    expect(parseVietnameseNumber('5.600.000')).toBe(5_600_000);
    expect(parseVietnameseNumber('77,4%')).toBe(77.4);
    expect(parseVietnameseNumber('77,4 %')).toBe(77.4);
    expect(parseVietnameseNumber('+17')).toBe(17);
    expect(parseVietnameseNumber('-3')).toBe(-3);
    expect(parseVietnameseNumber('\u22123')).toBe(-3);
    expect(parseVietnameseNumber('03')).toBe(3);
    expect(parseVietnameseNumber('0')).toBe(0);
  });

  it('refuses anything else', () => {
    for (const text of ['', 'khoảng 3', '1.5', '1,2,3', '12a', '%', '+', '1.2345']) {
      expect(parseVietnameseNumber(text)).toBeUndefined();
    }
  });
});

describe('parseVietnameseDate', () => {
  it('reads body dates, date lines and ISO dates', () => {
    expect(parseVietnameseDate('16/6/2022')).toBe('2022-06-16');
    expect(parseVietnameseDate('ngày 05 tháng 02 năm 2026')).toBe('2026-02-05');
    expect(parseVietnameseDate('2026-03-01')).toBe('2026-03-01');
  });

  it('refuses impossible and unreadable dates', () => {
    expect(parseVietnameseDate('31/2/2026')).toBeUndefined();
    expect(parseVietnameseDate('tháng 2')).toBeUndefined();
  });
});
