import { bench, describe } from 'vitest';
import { makeLargeDataset } from '../../test/largeDataset';
import { contractStats } from './contractStats';

const window = { asOf: '2026-03-01', from: '2025-07-01' };

describe('contract stats (organisations, members, movements)', () => {
  for (const size of [1_239, 250_000]) {
    const dataset = makeLargeDataset(size);
    bench(
      `${size.toLocaleString('en')} members`,
      () => {
        contractStats(dataset, window);
      },
      { iterations: 5, warmupIterations: 1, time: 0 },
    );
  }
});
