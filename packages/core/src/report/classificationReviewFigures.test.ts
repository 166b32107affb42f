import { describe, expect, it } from 'vitest';
import { YearNotInDataError } from '../errors';
import { buildClassification, buildDataset } from '../testing/builders';
import { classificationSampleDataset } from '../testing/classificationSample';
import { classificationReviewFigures, classificationYears } from './classificationReviewFigures';

describe('classificationReviewFigures', () => {
  const figures = classificationReviewFigures(classificationSampleDataset(), 2025);

  it('counts the four levels apart from the unrated, with shares that add up to 100', () => {
    expect(figures.member.byLevel).toEqual({
      excellent: 2,
      good: 13,
      fulfilled: 4,
      'not-fulfilled': 1,
    });
    expect(figures.member.rated).toBe(20);
    const tenths = Object.values(figures.member.shares).reduce((s, p) => s + Math.round(p * 10), 0);
    expect(tenths).toBe(1000);
    expect(figures.member.scored).toBe(19);
    expect(figures.organization.scored).toBe(4);
  });

  it('lists every rule, zero included, with the codes of its cases', () => {
    expect(figures.ruleCases).toEqual([
      { code: 'collective-cannot-be-excellent', count: 0, subjects: [] },
      { code: 'disciplined-member-rating', count: 1, subjects: ['DV0005'] },
      { code: 'member-not-to-be-rated', count: 1, subjects: ['DV0020'] },
    ]);
    expect(figures.scoreFindings.map((f) => f.subject)).toEqual(['CB04', 'DV0002']);
  });

  it('takes the year before only when the data rates it', () => {
    expect(figures.previous?.year).toBe(2024);
    expect(classificationReviewFigures(classificationSampleDataset(), 2024).previous).toBeNull();
  });

  it('counts unrated records apart, and a year with no four-level rating has zero shares', () => {
    const dataset = buildDataset({
      classifications: [buildClassification({ rating: 'unrated' })],
    });
    const only = classificationReviewFigures(dataset, 2025);
    expect(only.member).toMatchObject({ rated: 0, unrated: 1 });
    expect(only.member.shares.good).toBe(0);
  });

  it('throws YearNotInDataError for a year without records', () => {
    expect(() => classificationReviewFigures(buildDataset(), 2019)).toThrow(YearNotInDataError);
    expect(classificationYears(classificationSampleDataset())).toEqual([2024, 2025]);
  });
});
