import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatDate,
  formatNumber,
  formatPercent,
  MINUS,
  shareTexts,
} from '../page/format';

describe('the page formats figures the Vietnamese way', () => {
  it('writes counts, shares and dates as the reports do', () => {
    expect(formatNumber(1239)).toBe('1.239');
    expect(formatPercent(502, 1239)).toBe('40,5%');
    expect(formatDate('2026-03-01')).toBe('1/3/2026');
    expect(shareTexts([737, 502])).toEqual(['59,5%', '40,5%']);
    expect(shareTexts([0, 0])).toEqual(['–', '–']);
  });

  it('gives every percentage one decimal, whole ones too', () => {
    expect(formatPercent(38, 100)).toBe('38,0%');
    expect(formatPercent(1, 1)).toBe('100,0%');
    expect(shareTexts([38, 62])).toEqual(['38,0%', '62,0%']);
    expect(shareTexts([5, 0])).toEqual(['100,0%', '0,0%']);
  });

  it('writes one minus sign, U+2212, and never a negative zero', () => {
    expect(MINUS).toBe('\u2212');
    expect(formatNumber(-5)).toBe('\u22125');
    expect(formatNumber(-1239)).toBe('\u22121.239');
    expect(formatNumber(-0)).toBe('0');
    expect(formatChange(-0)).toBe('0');
    expect(formatChange(0)).toBe('0');
    expect(formatChange(12)).toBe('+12');
    expect(formatChange(-12)).toBe('\u221212');
    expect(formatPercent(-0.0001, 1)).toBe('0,0%');
  });

  test.prop([fc.oneof(fc.integer({ min: -1e7, max: 1e7 }), fc.constant(-0))])(
    'a count never carries a hyphen-minus or a signed zero',
    (value) => {
      const text = formatNumber(value);
      expect(text).not.toContain('-');
      expect(text).not.toMatch(/^[−+]0$/u);
      expect(text.startsWith(MINUS)).toBe(value < 0);
      expect(Number(text.replace(MINUS, '-').replaceAll('.', ''))).toBe(value + 0);
    },
  );

  test.prop([fc.nat({ max: 100_000 }), fc.integer({ min: 1, max: 100_000 })])(
    'a percentage always has exactly one decimal',
    (value, total) => {
      expect(formatPercent(value, total)).toMatch(/^\d{1,3}(\.\d{3})*,\d%$/u);
    },
  );

  test.prop([fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 8 })])(
    'shares of a breakdown add up to exactly 100%, each with one decimal',
    (values) => {
      const texts = shareTexts(values);
      if (values.every((v) => v === 0)) return;
      for (const text of texts) expect(text).toMatch(/^\d{1,3},\d%$/u);
      const tenths = texts.reduce(
        (sum, text) => sum + Math.round(Number(text.replace('%', '').replace(',', '.')) * 10),
        0,
      );
      expect(tenths).toBe(1000);
    },
  );
});
