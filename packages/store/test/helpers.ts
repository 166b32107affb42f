import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '@org/party-core';
import pg from 'pg';
import type { Store, StoreLocation } from '../src/index';

export { AS_OF, validDatasetArb } from '../../core/test/arbitraries';
export { makeLargeDataset } from '../../core/test/largeDataset';

/** A fresh PGlite folder. */
export const tempDir = () => mkdtempSync(join(tmpdir(), 'party-store-'));

/** Where the PostgreSQL tests run; `undefined` when no server could start (see global setup). */
export const pgUrl = process.env.PARTY_TEST_PG_URL;

/** The backends the tests run on: PGlite always, PostgreSQL when a server is up. */
export const backends: [string, () => Promise<StoreLocation>][] = [
  ['pglite', async () => ({ dir: tempDir() })],
  ...(pgUrl === undefined
    ? []
    : ([['postgres', () => freshDatabase(pgUrl)]] as [string, () => Promise<StoreLocation>][])),
];

let dbCount = 0;
/** A new empty database on the test server. */
async function freshDatabase(base: string): Promise<StoreLocation> {
  dbCount += 1;
  const name = `t${process.pid}_${dbCount}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { url: url.toString() };
}

export async function importAt(store: Store, dataset: Dataset, at: string, by = 'tester') {
  return store.import({
    dataset,
    at,
    by,
    sources: [{ name: 'dataset.json', sha256: 'f'.repeat(64) }],
  });
}
