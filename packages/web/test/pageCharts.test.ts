import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type LabelBox, layoutValueLabels, niceScale, overlaps } from '../page/charts';

/** About the width of 600 Segoe UI digits: 0.6 em a character. */
const measure = (text: string, size: number) => text.length * size * 0.6;

describe('the chart scale starts at zero and labels its ticks plainly', () => {
  it('lays out the roster axis from 0 in round steps', () => {
    const scale = niceScale(1239);
    expect(scale).toMatchObject({ min: 0, step: 500, max: 1500 });
    expect(scale.ticks).toEqual(['0', '500', '1.000', '1.500']);
    expect(niceScale(0)).toMatchObject({ min: 0, max: 2, step: 1 });
    expect(niceScale(7).ticks).toEqual(['0', '2', '4', '6', '8']);
  });

  test.prop([fc.integer({ min: 0, max: 5_000_000 })])('every scale holds its value', (high) => {
    const scale = niceScale(high);
    expect(scale.min).toBe(0);
    expect(scale.max).toBeGreaterThanOrEqual(high);
    expect(Number.isInteger(scale.step)).toBe(true);
    expect(String(scale.step)).toMatch(/^[125]0*$/u);
    expect(scale.ticks.length).toBeLessThanOrEqual(6);
    expect(scale.ticks[0]).toBe('0');
    for (const tick of scale.ticks) expect(tick).not.toMatch(/[-−]/u);
  });
});

describe('value labels never overlap', () => {
  it('shrinks the font to fit a phone, and keeps 12 px on a desktop', () => {
    const texts = ['1.239', '+41', '+12', '−9', '−3', '0', '−2', '−1', '1.277'];
    const bars = (slot: number) =>
      texts.map((_, i) => ({ x: slot / 2 + i * slot, top: 100 + (i % 2) }));
    expect(layoutValueLabels(bars(120), texts, measure, 120).size).toBe(12);
    // 390 px phone: about 330 px for 9 bars.
    const phone = layoutValueLabels(bars(330 / 9), texts, measure, 330 / 9);
    expect(phone.size).toBeLessThan(12);
    for (const [i, a] of phone.boxes.entries()) {
      for (const b of phone.boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
  });

  it('lifts a label that would still touch its neighbour', () => {
    const { boxes } = layoutValueLabels(
      [
        { x: 10, top: 100 },
        { x: 20, top: 100 },
      ],
      ['1.239.000', '1.239.000'],
      measure,
      10,
    );
    const [a, b] = boxes as [LabelBox, LabelBox];
    expect(overlaps(a, b)).toBe(false);
    expect(b.bottom).toBeLessThanOrEqual(a.bottom - a.height);
  });

  test.prop([
    fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 20, max: 300 })), {
      minLength: 1,
      maxLength: 12,
    }),
    fc.integer({ min: 8, max: 160 }),
  ])('for any values and any width', (values, slot) => {
    const texts = values.map(([value]) => String(value));
    const bars = values.map(([, top], i) => ({ x: slot / 2 + i * slot, top }));
    const { boxes } = layoutValueLabels(bars, texts, measure, slot);
    for (const [i, a] of boxes.entries()) {
      expect(a.bottom).toBeLessThanOrEqual((bars[i]?.top ?? 0) - 3);
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
  });
});
