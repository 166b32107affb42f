import { computeStats, type Stats } from '../src/stats/computeStats';
import { buildDataset } from '../src/testing/builders';

/** The reference window of the tests. */
export const WINDOW = { asOf: '2026-03-01', from: '2025-07-01' } as const;

/** The stats of the default built dataset: 3 members (2 male, 1 female), 1 cell, 1 transfer out. */
export function smallStats(): Stats {
  return computeStats(buildDataset(), WINDOW);
}

/**
 * A Stats-shaped object of a large ward, built by hand from the small one:
 * 1239 members, 959 male and 280 female (77,4% and 22,6%).
 */
export function largeStats(): Stats {
  const stats = smallStats();
  return {
    ...stats,
    members: {
      ...stats.members,
      total: 1239,
      gender: { male: 959, female: 280 },
      generalEducation: { primary: 12, 'lower-secondary': 268, 'upper-secondary': 959 },
    },
  };
}
