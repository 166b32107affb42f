import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  completedMonths,
  formatIsoDate,
  IsoDate,
  isBareYear,
  PartialDate,
  parseCalendarDate,
} from './dates';

describe('parseCalendarDate', () => {
  it('reads ISO dates and rejects dates that do not exist', () => {
    expect(parseCalendarDate('2026-03-01')).toEqual({ year: 2026, month: 3, day: 1 });
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDate('2026-02-29')).toBeUndefined();
    expect(parseCalendarDate('2026-02-31')).toBeUndefined();
    expect(parseCalendarDate('2026-04-31')).toBeUndefined();
    expect(parseCalendarDate('2026-13-01')).toBeUndefined();
    expect(parseCalendarDate('2026-00-10')).toBeUndefined();
    expect(parseCalendarDate('1900-02-29')).toBeUndefined();
    expect(parseCalendarDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseCalendarDate('01/03/2026')).toBeUndefined();
  });

  it('reads a bare year as 1 January only when allowed', () => {
    expect(parseCalendarDate('1964')).toBeUndefined();
    expect(parseCalendarDate('1964', { allowBareYear: true })).toEqual({
      year: 1964,
      month: 1,
      day: 1,
    });
    expect(isBareYear('1964')).toBe(true);
    expect(isBareYear('1964-01-01')).toBe(false);
  });

  it('rejects years outside 1880–2200, which are typing slips', () => {
    expect(parseCalendarDate('0196-05-01')).toBeUndefined();
    expect(parseCalendarDate('2206', { allowBareYear: true })).toBeUndefined();
  });

  test.prop([
    fc.date({ min: new Date(1900, 0, 1), max: new Date(2199, 11, 31), noInvalidDate: true }),
  ])('round-trips every real date through its ISO form', (date) => {
    const calendar = { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
    expect(parseCalendarDate(formatIsoDate(calendar))).toEqual(calendar);
  });
});

describe('IsoDate and PartialDate schemas', () => {
  it('accept real dates and reject the rest', () => {
    expect(IsoDate.safeParse('2026-03-01').success).toBe(true);
    expect(IsoDate.safeParse('2026-02-31').success).toBe(false);
    expect(IsoDate.safeParse('1964').success).toBe(false);
    expect(PartialDate.safeParse('1964').success).toBe(true);
    expect(PartialDate.safeParse('1964-10-15').success).toBe(true);
    expect(PartialDate.safeParse('10/1964').success).toBe(false);
  });
});

describe('completedMonths', () => {
  it('counts a month only once its day is reached', () => {
    const birth = { year: 2000, month: 5, day: 20 };
    expect(completedMonths(birth, { year: 2018, month: 5, day: 19 })).toBe(215);
    expect(completedMonths(birth, { year: 2018, month: 5, day: 20 })).toBe(216);
    expect(completedMonths({ year: 2018, month: 5, day: 20 }, birth)).toBe(-216);
  });

  test.prop([
    fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }),
    fc.integer({ min: 0, max: 1200 }),
  ])('adding n months and counting them back gives n', (date, months) => {
    const start = {
      year: date.getFullYear(),
      month: date.getMonth() + 1,
      day: Math.min(date.getDate(), 28),
    };
    expect(completedMonths(start, addMonths(start, months))).toBe(months);
  });
});

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths({ year: 2025, month: 1, day: 31 }, 1)).toEqual({
      year: 2025,
      month: 2,
      day: 28,
    });
    expect(addMonths({ year: 2024, month: 1, day: 31 }, 1)).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
    expect(addMonths({ year: 2025, month: 3, day: 26 }, 12)).toEqual({
      year: 2026,
      month: 3,
      day: 26,
    });
  });
});
