import { bench, describe } from 'vitest';
import { computeStats } from '../src/stats/computeStats';
import { validateDataset } from '../src/validation/validateDataset';
import { makeLargeDataset } from '../test/largeDataset';

// National scale: 5.6 million members in about 62,000 organisations. Each
// bench writes one line with members per second, the heap taken by the input,
// the heap growth while computing, and the process's peak resident memory.
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function measure(label: string, members: number, run: () => unknown): void {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  run();
  const seconds = (performance.now() - start) / 1000;
  const growth = process.memoryUsage().heapUsed - before;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(
    `\n[scale] ${label}: ${members.toLocaleString('en')} members in ${seconds.toFixed(2)} s = ${Math.round(members / seconds).toLocaleString('en')} members/s; input heap ${mb(before)}, growth ${mb(growth)}, peak RSS ${mb(peakRss)}\n`,
  );
}

describe('national scale', () => {
  const national = makeLargeDataset(5_600_000);
  const window = { asOf: '2026-03-01', from: '2025-07-01' };

  bench(
    'computeStats, 5,600,000 members',
    () => {
      measure('computeStats', national.members.length, () => computeStats(national, window));
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );

  bench(
    'validateDataset, 1,000,000 members',
    () => {
      const million = { ...national, members: national.members.slice(0, 1_000_000), movements: [] };
      measure('validateDataset', 1_000_000, () => validateDataset(million));
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
