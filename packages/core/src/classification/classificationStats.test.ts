import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { withShuffled } from '../../test/arbitraries';
import { buildClassification, buildDataset } from '../testing/builders';
import type { Classification } from './classification';
import { ClassificationStats, classificationStats } from './classificationStats';
import { Ratings } from './codes';

describe('classificationStats', () => {
  it('counts by year (ascending), subject type and rating', () => {
    const stats = classificationStats(
      buildDataset({
        classifications: [
          buildClassification({ year: 2025, subject: 'DV0001', rating: 'excellent' }),
          buildClassification({ year: 2024, subject: 'DV0001', rating: 'good' }),
          buildClassification({ year: 2025, subject: 'DV0002', rating: 'good' }),
          buildClassification({ year: 2025, subject: 'DV0003', rating: 'unrated' }),
          buildClassification({
            year: 2025,
            subjectType: 'organization',
            subject: 'CB01',
            rating: 'not-fulfilled',
          }),
          // A member who has since left still counts.
          buildClassification({ year: 2025, subject: 'DV9999', rating: 'good' }),
        ],
      }),
    );
    const none = { excellent: 0, good: 0, fulfilled: 0, 'not-fulfilled': 0, unrated: 0 };
    expect(stats).toEqual({
      years: [
        {
          year: 2024,
          organization: { total: 0, byRating: none },
          member: { total: 1, byRating: { ...none, good: 1 } },
        },
        {
          year: 2025,
          organization: { total: 1, byRating: { ...none, 'not-fulfilled': 1 } },
          member: { total: 4, byRating: { ...none, excellent: 1, good: 2, unrated: 1 } },
        },
      ],
    });
    expect(Object.keys(stats.years[0]?.member.byRating ?? {})).toEqual(Ratings.codes);
    expect(ClassificationStats.parse(stats)).toEqual(stats);
  });

  it('has no year without classifications', () => {
    expect(classificationStats(buildDataset({ classifications: [] }))).toEqual({ years: [] });
  });
});

const classificationArb: fc.Arbitrary<Classification> = fc.record({
  year: fc.integer({ min: 2020, max: 2026 }),
  subjectType: fc.constantFrom('organization', 'member' as const),
  subject: fc.constantFrom('CB01', 'CB02', 'DV0001', 'DV0002', 'DV0003'),
  rating: fc.constantFrom(...Ratings.codes),
});

describe('classificationStats properties', () => {
  test.prop([withShuffled(fc.array(classificationArb, { maxLength: 60 }))])(
    'rating counts sum to totals, totals to the records, whatever the order',
    ([items, shuffled]) => {
      const stats = classificationStats({ classifications: items });
      let records = 0;
      for (const year of stats.years) {
        for (const counts of [year.organization, year.member]) {
          const sum = Object.values(counts.byRating).reduce((a, b) => a + b, 0);
          expect(sum).toBe(counts.total);
          records += counts.total;
        }
      }
      expect(records).toBe(items.length);
      const years = stats.years.map((y) => y.year);
      expect(years).toEqual([...new Set(items.map((i) => i.year))].sort((a, b) => a - b));
      expect(classificationStats({ classifications: shuffled })).toEqual(stats);
    },
  );
});
