import { bench, describe } from 'vitest';
import { makeLargeDataset } from '../../test/largeDataset';
import { validateDataset } from './validateDataset';

const sizes = [10_000, 100_000] as const;
const datasets = new Map(sizes.map((n) => [n, makeLargeDataset(n)]));

describe('validateDataset', () => {
  for (const size of sizes) {
    const dataset = datasets.get(size);
    bench(
      `${size.toLocaleString('en')} members`,
      () => {
        const result = validateDataset(dataset);
        if (!result.ok) throw new Error('the benchmark dataset must be valid');
      },
      { iterations: 3, warmupIterations: 1, time: 0 },
    );
  }
});
