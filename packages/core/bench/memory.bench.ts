import { bench } from 'vitest';
import { validateDataset } from '../src/validation/validateDataset';
import { makeLargeDataset } from '../test/largeDataset';

// Peak memory of one validation of a 1,000,000-member roster, written to
// stdout next to the timing table (heap after minus heap before, with the
// input already in memory).
const MEMBERS = 1_000_000;
const gc = (globalThis as { gc?: () => void }).gc;

bench(
  `validateDataset, ${MEMBERS.toLocaleString('en')} members (rows/s and heap in the report line)`,
  () => {
    const dataset = makeLargeDataset(MEMBERS);
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    const result = validateDataset(dataset);
    const seconds = (performance.now() - start) / 1000;
    const after = process.memoryUsage().heapUsed;
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
    process.stdout.write(
      `\n[memory] ${MEMBERS} members: ${seconds.toFixed(2)} s, ${Math.round(MEMBERS / seconds)} rows/s, input heap ${mb(before)} MB, heap growth during validation ${mb(after - before)} MB, ok=${result.ok}\n`,
    );
  },
  { iterations: 1, warmupIterations: 0, time: 0 },
);
