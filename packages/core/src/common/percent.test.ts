import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { percentages, percentOf } from './percent';

describe('percentages', () => {
  it('reproduces the seed figures from counts', () => {
    expect(percentages({ male: 737, female: 502 })).toEqual({ male: 59.5, female: 40.5 });
    expect(percentages({ kinh: 1236, minority: 3 })).toEqual({ kinh: 99.8, minority: 0.2 });
  });

  it('gives the leftover tenths to the largest remainders, ties in key order', () => {
    expect(percentages({ a: 1, b: 1, c: 1 })).toEqual({ a: 33.4, b: 33.3, c: 33.3 });
    expect(percentages({ a: 2, b: 1 })).toEqual({ a: 66.7, b: 33.3 });
  });

  it('gives zeros for an empty breakdown', () => {
    expect(percentages({ a: 0, b: 0 })).toEqual({ a: 0, b: 0 });
  });

  it('sums to exactly 1000 tenths, though the floats may miss 100 by a rounding error', () => {
    const result = percentages({ a: 1, b: 1, c: 1 });
    const tenths = Object.values(result).map((p) => Math.round(p * 10));
    expect(tenths).toEqual([334, 333, 333]);
    expect(tenths.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(Object.values(result).reduce((a, b) => a + b, 0)).not.toBe(100);
  });

  test.prop([
    fc.array(fc.nat({ max: 6_000_000 }), { minLength: 1, maxLength: 12 }),
    fc.integer({ min: 0, max: 3 }),
  ])(
    'sums to exactly 100 in units of the last decimal, for any number of decimals',
    (values, decimals) => {
      const counts = Object.fromEntries(values.map((v, i) => [`k${i}`, v]));
      const total = values.reduce((a, b) => a + b, 0);
      const unit = 10 ** decimals;
      const units = Object.values(percentages(counts, decimals)).map((p) => Math.round(p * unit));
      for (const u of units) expect(Number.isInteger(u) && u >= 0).toBe(true);
      expect(units.reduce((sum, u) => sum + u, 0)).toBe(total === 0 ? 0 : 100 * unit);
    },
  );

  test.prop([fc.array(fc.nat({ max: 6_000_000 }), { minLength: 1, maxLength: 12 })])(
    'sums to exactly 1000 tenths and stays within 0.1 of the exact share',
    (values) => {
      const counts = Object.fromEntries(values.map((v, i) => [`k${i}`, v]));
      const total = values.reduce((a, b) => a + b, 0);
      const result = percentages(counts);
      const tenths = Object.values(result).reduce((sum, p) => sum + Math.round(p * 10), 0);
      expect(tenths).toBe(total === 0 ? 0 : 1000);
      for (const [key, count] of Object.entries(counts)) {
        if (total > 0)
          expect(Math.abs((result[key] ?? 0) - (count * 100) / total)).toBeLessThan(0.1 + 1e-9);
      }
    },
  );
});

describe('percentOf', () => {
  it('rounds half up to one decimal and is 0 on an empty total', () => {
    expect(percentOf(31, 31)).toBe(100);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(5, 0)).toBe(0);
  });
});
