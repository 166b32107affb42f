import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent, shareTexts } from '../page/format';

describe('the page formats figures the Vietnamese way', () => {
  it('writes counts, shares and dates as the reports do', () => {
    expect(formatNumber(1239)).toBe('1.239');
    expect(formatPercent(502, 1239)).toBe('40,5%');
    expect(formatDate('2026-03-01')).toBe('1/3/2026');
    expect(shareTexts([737, 502])).toEqual(['59,5%', '40,5%']);
    expect(shareTexts([0, 0])).toEqual(['–', '–']);
  });

  test.prop([fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 8 })])(
    'shares of a breakdown add up to exactly 100%',
    (values) => {
      const texts = shareTexts(values);
      if (values.every((v) => v === 0)) return;
      const tenths = texts.reduce(
        (sum, text) => sum + Math.round(Number(text.replace('%', '').replace(',', '.')) * 10),
        0,
      );
      expect(tenths).toBe(1000);
    },
  );
});
