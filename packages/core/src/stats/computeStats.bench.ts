import { bench, describe } from 'vitest';
import { makeLargeDataset } from '../../test/largeDataset';
import { computeStats } from './computeStats';

const window = { asOf: '2026-03-01', from: '2025-07-01' };

// A ward (1,239 members, the size of Dương Kinh) and a province (250,000).
// The national roster (5.6 million) is in bench/scale.bench.ts.
describe('computeStats', () => {
  for (const size of [1_239, 250_000]) {
    const dataset = makeLargeDataset(size);
    bench(
      `${size.toLocaleString('en')} members`,
      () => {
        computeStats(dataset, window);
      },
      { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 },
    );
  }
});
