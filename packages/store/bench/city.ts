/**
 * The register at city scale: `PARTY_BENCH_WARDS` wards (default 5; the
 * issue's city is 100) of 2,000 members each, kept as 12 monthly versions in
 * one register. Each month about 1% of the members differ from the month
 * before in a field or two, 0.5% transfer out (with the movement) and as
 * many transfer in. Prints the import time of
 * each version, the store's size, the diff time and the time to read a
 * version back and compute its figures.
 *
 *   pnpm --filter @org/party-store bench                 # 5 wards (10,000 members)
 *   PARTY_BENCH_WARDS=100 pnpm --filter @org/party-store bench
 *   PARTY_BENCH_PG_URL=postgresql://… …                  # on a PostgreSQL server instead of PGlite
 *                                                        # (records go in by COPY there)
 *   PARTY_BENCH_WARDS=2800 PARTY_BENCH_MONTHS=1 PARTY_BENCH_PG_URL=…  # the national roster, 5.6 M
 *
 * Run with tsx on the sources (`--conditions=source`); PGlite lives in a
 * temporary folder, removed at the end.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeStats, type Dataset, type Member, type Movement } from '@org/party-core';
import { makeLargeDataset } from '../../core/test/largeDataset';
import { Store, type StoreLocation } from '../src/index';

const WARDS = Number(process.env.PARTY_BENCH_WARDS ?? 5);
const PER_WARD = Number(process.env.PARTY_BENCH_MEMBERS_PER_WARD ?? 2_000);
const MONTHS = Number(process.env.PARTY_BENCH_MONTHS ?? 12);
const WINDOW = { asOf: '2026-03-01', from: '2025-07-01' };

/** Month `k` (1-based) of the city: the roster after k-1 months of changes. */
function month(base: Dataset, k: number): Dataset {
  if (k === 1) return base;
  const n = base.members.length;
  const churn = Math.floor(n / 200); // about 0.5% out (below) and 0.5% in, each month
  const members: Member[] = [];
  const movements: Movement[] = [...base.movements];
  for (const [i, m] of base.members.entries()) {
    // the members that left in months 2..k
    const leftIn =
      i % 20 === 0 ? 2 + (Math.floor(i / 20) % Math.max(1, MONTHS - 1)) : Number.POSITIVE_INFINITY;
    if (leftIn <= k) {
      movements.push({ date: '2026-02-15', type: 'transferred-out', memberId: m.id, org: m.org });
      continue;
    }
    // 1% of the members differ from the base month (working away, exempt), a different 1% each month
    const changed = (i + k * 37) % 100 === 0;
    members.push(changed ? { ...m, workingAway: !m.workingAway, exempt: k % 2 === 0 } : m);
  }
  for (let j = 2; j <= k; j += 1) {
    for (let x = 0; x < churn; x += 1) {
      const like = base.members[(x * 13 + j) % n] as Member;
      const id = `M${j}-${x}`;
      members.push({ ...like, id });
      movements.push({ date: '2026-02-15', type: 'transferred-in', memberId: id, org: like.org });
    }
  }
  return { ...base, members, movements };
}

function size(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0);
}

const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const result = await fn();
  return [result, (performance.now() - t) / 1000];
};
const s = (seconds: number) => `${seconds.toFixed(2)} s`;

async function main(): Promise<void> {
  const members = WARDS * PER_WARD;
  const dir = mkdtempSync(join(tmpdir(), 'party-bench-'));
  const url = process.env.PARTY_BENCH_PG_URL;
  const location: StoreLocation = url ? { url } : { dir: join(dir, '.party') };
  process.stdout.write(
    `City register: ${WARDS} wards × ${PER_WARD} members = ${members.toLocaleString('en')} members, ${MONTHS} monthly versions, on ${url ? 'PostgreSQL' : 'PGlite'}\n`,
  );
  const base = makeLargeDataset(members);
  const [store, openTime] = await time(() => Store.open(location, { timeoutMs: 5_000 }));
  process.stdout.write(`open (create): ${s(openTime)}\n`);
  try {
    const times: number[] = [];
    for (let k = 1; k <= MONTHS; k += 1) {
      const data = month(base, k);
      const [v, t] = await time(() =>
        store.import({
          dataset: data,
          at: `2026-${String(k).padStart(2, '0')}-28T08:00:00Z`,
          by: 'bench',
          sources: [],
        }),
      );
      if (v.status !== 'imported')
        throw new Error(`month ${k} rejected: ${JSON.stringify(v.issues[0])}`);
      times.push(t);
      process.stdout.write(
        `import month ${k}: ${s(t)} (${v.counts.members} members, ${v.flags.length} flags)\n`,
      );
    }
    const total = times.reduce((a, b) => a + b, 0);
    process.stdout.write(
      `import: first ${s(times[0] ?? 0)}, later months mean ${s((total - (times[0] ?? 0)) / Math.max(1, MONTHS - 1))}, total ${s(total)}\n`,
    );
    const bytes = url
      ? Number(
          (
            await store.db.query<{ n: string }>('SELECT pg_database_size(current_database()) AS n')
          )[0]?.n,
        )
      : size(dir);
    process.stdout.write(`store size: ${(bytes / 1024 / 1024).toFixed(1)} MiB\n`);
    if (MONTHS >= 2) {
      const [d1, tLast] = await time(() => store.diff(MONTHS - 1, MONTHS));
      process.stdout.write(
        `diff ${MONTHS - 1}→${MONTHS}: ${s(tLast)} (+${d1.members.added.length} −${d1.members.removed.length} ~${d1.members.changed.length})\n`,
      );
      const [d2, tAll] = await time(() => store.diff(1, MONTHS));
      process.stdout.write(
        `diff 1→${MONTHS}: ${s(tAll)} (+${d2.members.added.length} −${d2.members.removed.length} ~${d2.members.changed.length})\n`,
      );
    }
    for (const v of new Set([1, Math.ceil(MONTHS / 2), MONTHS])) {
      const [dataset, tRead] = await time(() => store.read(v));
      const [stats, tStats] = await time(async () => computeStats(dataset, WINDOW));
      process.stdout.write(
        `version ${v}: read ${s(tRead)}, stats ${s(tStats)} (${stats.members.total} members)\n`,
      );
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
