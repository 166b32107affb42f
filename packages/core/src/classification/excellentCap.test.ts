import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { withShuffled } from '../../test/arbitraries';
import { defaultRules } from '../rules/defaultRules';
import type { ExcellentCapRule, RuleSet } from '../rules/schema';
import { selectRule } from '../rules/selectRule';
import { buildClassification, buildDataset } from '../testing/builders';
import type { Classification } from './classification';
import { Ratings } from './codes';
import { ExcellentCap, ExcellentCapByYear, excellentCap, excellentCapByYear } from './excellentCap';

const rule = selectRule(defaultRules.excellentCap, '2025-12-31');

describe('excellentCap', () => {
  it('allows 2 excellent for 10 good (20%)', () => {
    const result = excellentCap({ excellent: 2, good: 10 }, rule);
    expect(result).toEqual({
      regulation: 'QĐ 366-QĐ/TW (30/8/2025), Điều 11; HD 43-HD/BTCTW (31/10/2025)',
      raised: false,
      rate: 0.2,
      base: 'good',
      baseCount: 10,
      cap: 2,
      excellent: 2,
      exceeds: false,
      excess: 0,
    });
    expect(ExcellentCap.parse(result)).toEqual(result);
  });

  it('flags 3 excellent for 10 good', () => {
    expect(excellentCap({ excellent: 3, good: 10 }, rule)).toMatchObject({
      cap: 2,
      exceeds: true,
      excess: 1,
    });
  });

  it('counts those rated excellent in the base when asked', () => {
    // 0.2 × (10 + 2) = 2.4 → 2; 0.2 × (10 + 3) = 2.6 → 2.
    expect(
      excellentCap({ excellent: 2, good: 10 }, rule, { base: 'good-and-excellent' }),
    ).toMatchObject({ base: 'good-and-excellent', baseCount: 12, cap: 2, exceeds: false });
    expect(
      excellentCap({ excellent: 3, good: 10 }, rule, { base: 'good-and-excellent' }),
    ).toMatchObject({ baseCount: 13, cap: 2, exceeds: true });
    // The base changes the answer: 8 good, 2 excellent.
    expect(excellentCap({ excellent: 2, good: 8 }, rule)).toMatchObject({ cap: 1, exceeds: true });
    expect(
      excellentCap({ excellent: 2, good: 8 }, { ...rule, base: 'good-and-excellent' }),
    ).toMatchObject({ cap: 2, exceeds: false });
  });

  it('applies the raised rate (25%) where the competent level allows it', () => {
    expect(excellentCap({ excellent: 3, good: 12 }, rule)).toMatchObject({ cap: 2, exceeds: true });
    expect(excellentCap({ excellent: 3, good: 12 }, rule, { raised: true })).toMatchObject({
      raised: true,
      rate: 0.25,
      cap: 3,
      exceeds: false,
    });
  });

  it('allows none without anyone rated good', () => {
    expect(excellentCap({ excellent: 0, good: 0 }, rule)).toMatchObject({ cap: 0, exceeds: false });
    expect(excellentCap({ excellent: 1, good: 4 }, rule)).toMatchObject({ cap: 0, exceeds: true });
  });

  it('does not lose a unit to floating point', () => {
    const odd: ExcellentCapRule = { ...rule, rate: 0.29, raisedRate: 0.57 };
    expect(excellentCap({ excellent: 0, good: 100 }, odd).cap).toBe(29);
    expect(excellentCap({ excellent: 0, good: 100 }, odd, { raised: true }).cap).toBe(57);
  });
});

describe('excellentCapByYear', () => {
  const dataset = buildDataset({
    classifications: [
      ...Array.from({ length: 10 }, (_, i) =>
        buildClassification({ year: 2025, subject: `DV${i}`, rating: 'good' }),
      ),
      ...Array.from({ length: 3 }, (_, i) =>
        buildClassification({ year: 2025, subject: `DVX${i}`, rating: 'excellent' }),
      ),
      buildClassification({ year: 2025, subject: 'DVF', rating: 'fulfilled' }),
      ...Array.from({ length: 5 }, (_, i) =>
        buildClassification({
          year: 2024,
          subjectType: 'organization',
          subject: `CB${i}`,
          rating: 'good',
        }),
      ),
      buildClassification({
        year: 2024,
        subjectType: 'organization',
        subject: 'CBX',
        rating: 'excellent',
      }),
    ],
  });

  it('applies the cap per year and subject type with the rule in force on 31 December', () => {
    const result = excellentCapByYear(dataset);
    expect(result.years.map((y) => y.year)).toEqual([2024, 2025]);
    const [y2024, y2025] = result.years;
    expect(y2024?.organization).toMatchObject({
      regulation: 'QĐ 124-QĐ/TW (04/10/2023)',
      baseCount: 5,
      cap: 1,
      excellent: 1,
      exceeds: false,
    });
    expect(y2024?.member).toMatchObject({ baseCount: 0, cap: 0, excellent: 0, exceeds: false });
    expect(y2025?.member).toMatchObject({
      regulation: expect.stringContaining('QĐ 366-QĐ/TW'),
      baseCount: 10,
      cap: 2,
      excellent: 3,
      exceeds: true,
    });
    expect(ExcellentCapByYear.parse(result)).toEqual(result);
  });

  it('lets the base and the raised rate be chosen for every year', () => {
    const base = excellentCapByYear(dataset, { base: 'good-and-excellent' });
    expect(base.years[1]?.member).toMatchObject({ baseCount: 13, cap: 2 });
    const raised = excellentCapByYear(dataset, { raised: true });
    expect(raised.years[1]?.member).toMatchObject({ rate: 0.25, cap: 2, exceeds: true });
  });

  it('picks a version that takes effect on 31 December of the year', () => {
    const rules: Pick<RuleSet, 'excellentCap'> = {
      excellentCap: [
        { ...rule, regulation: 'A', effectiveFrom: '2020-01-01' },
        { ...rule, regulation: 'B', effectiveFrom: '2025-12-31', rate: 0.3 },
      ],
    };
    const result = excellentCapByYear(dataset, { rules });
    expect(result.years[0]?.organization.regulation).toBe('A');
    expect(result.years[1]?.member).toMatchObject({ regulation: 'B', cap: 3, exceeds: false });
  });

  it('has no year without classifications', () => {
    expect(excellentCapByYear(buildDataset({ classifications: [] }))).toEqual({ years: [] });
  });
});

describe('excellentCap properties', () => {
  test.prop([
    fc.integer({ min: 0, max: 5000 }),
    fc.integer({ min: 0, max: 5000 }),
    fc.boolean(),
    fc.constantFrom('good', 'good-and-excellent' as const),
  ])('the cap is the largest count within rate × base', (excellent, good, raised, base) => {
    const result = excellentCap({ excellent, good }, rule, { raised, base });
    const rate = raised ? 0.25 : 0.2;
    const baseCount = base === 'good' ? good : good + excellent;
    // Exact integer form of cap ≤ rate × base < cap + 1 for rates of 1/5 and 1/4.
    const denominator = raised ? 4 : 5;
    expect(result.cap * denominator).toBeLessThanOrEqual(baseCount);
    expect((result.cap + 1) * denominator).toBeGreaterThan(baseCount);
    expect(result.rate).toBe(rate);
    expect(result.exceeds).toBe(excellent > result.cap);
    expect(result.excess).toBe(Math.max(0, excellent - result.cap));
  });

  const classificationArb: fc.Arbitrary<Classification> = fc.record({
    year: fc.integer({ min: 2022, max: 2026 }),
    subjectType: fc.constantFrom('organization', 'member' as const),
    subject: fc.constantFrom('CB01', 'DV0001', 'DV0002'),
    rating: fc.constantFrom(...Ratings.codes),
  });

  test.prop([withShuffled(fc.array(classificationArb, { maxLength: 60 }))])(
    'per-year caps count the excellent records and do not depend on order',
    ([items, shuffled]) => {
      const result = excellentCapByYear({ classifications: items });
      const excellent = result.years.reduce(
        (sum, y) => sum + y.organization.excellent + y.member.excellent,
        0,
      );
      expect(excellent).toBe(items.filter((i) => i.rating === 'excellent').length);
      expect(excellentCapByYear({ classifications: shuffled })).toEqual(result);
    },
  );
});
