import { describe, expect, it } from 'vitest';
import { buildClassification } from '../testing/builders';
import { ratingAllowedByScore, scoreFindings } from './scoreBands';

describe('ratingAllowedByScore', () => {
  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.9, 'good'],
    [70, 'good'],
    [69.5, 'fulfilled'],
    [50, 'fulfilled'],
    [49.9, 'not-fulfilled'],
    [0, 'not-fulfilled'],
  ] as const)('allows at most %s → %s', (score, rating) => {
    expect(ratingAllowedByScore(score)).toBe(rating);
  });
});

describe('scoreFindings', () => {
  const classifications = [
    buildClassification({ subject: 'DV0002', rating: 'excellent', score: 85 }),
    buildClassification({ subject: 'DV0001', rating: 'good', score: 69 }),
    buildClassification({ subject: 'DV0003', rating: 'good', score: 95 }),
    buildClassification({ subject: 'DV0004', rating: 'excellent' }),
    buildClassification({ subject: 'DV0005', rating: 'unrated', score: 10 }),
    buildClassification({
      subjectType: 'organization',
      subject: 'CB01',
      rating: 'fulfilled',
      score: 40,
    }),
    buildClassification({ year: 2024, subject: 'DV0001', rating: 'excellent', score: 70 }),
  ];

  it('lists the ratings above their band, organisations first, never a lower rating or a record without score', () => {
    expect(scoreFindings({ classifications }, 2025)).toEqual([
      {
        year: 2025,
        subjectType: 'organization',
        subject: 'CB01',
        rating: 'fulfilled',
        score: 40,
        allowed: 'not-fulfilled',
      },
      {
        year: 2025,
        subjectType: 'member',
        subject: 'DV0001',
        rating: 'good',
        score: 69,
        allowed: 'fulfilled',
      },
      {
        year: 2025,
        subjectType: 'member',
        subject: 'DV0002',
        rating: 'excellent',
        score: 85,
        allowed: 'good',
      },
    ]);
  });

  it('checks every year when no year is given', () => {
    expect(scoreFindings({ classifications }).map((f) => [f.year, f.subject])).toEqual([
      [2024, 'DV0001'],
      [2025, 'CB01'],
      [2025, 'DV0001'],
      [2025, 'DV0002'],
    ]);
  });
});
