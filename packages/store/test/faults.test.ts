import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '@org/party-core';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE, Store, StoreError, type StoreLocation } from '../src/index';
import { backends, importAt, makeLargeDataset, tempDir } from './helpers';

/** Each test starts PGlite several times: on a loaded CI machine that takes a while. */
const SLOW = { timeout: 120_000 };
const IMPORTER = new URL('./fixtures/importer.mjs', import.meta.url).pathname;
const DIST = new URL('../dist/index.js', import.meta.url).pathname;
const work = tempDir();
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

/** Writes a dataset where a separate process can read it. */
function datasetFile(name: string, dataset: Dataset): string {
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(dataset));
  return file;
}

/** Starts the importer in its own process; `lines` resolves on each line it prints. */
function importer(location: StoreLocation, file: string, by: string) {
  const child = spawn(process.execPath, [IMPORTER, JSON.stringify(location), file, by], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (b) => (out += b));
  child.stderr.on('data', (b) => (err += b));
  const exited = new Promise<{
    code: number | null;
    signal: string | null;
    out: string;
    err: string;
  }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, out, err })));
  const printed = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => (out.includes(text) ? resolve() : undefined);
      child.stdout.on('data', check);
      child.on('exit', () =>
        out.includes(text) ? resolve() : reject(new Error(`${text}? ${err}`)),
      );
      check();
    });
  return { child, exited, printed };
}

/**
 * Resolves once the import is inside its write transaction: on a server, when
 * its advisory lock is held; on PGlite, when the write-ahead log grows.
 */
async function writing(where: StoreLocation): Promise<void> {
  const deadline = Date.now() + 60_000;
  const wal = 'dir' in where ? join(where.dir, 'pg_wal') : '';
  const walStamp = () =>
    readdirSync(wal)
      .filter((n) => /^[0-9A-F]{24}$/u.test(n))
      .reduce((sum, n) => sum + statSync(join(wal, n)).mtimeMs, 0);
  const before = 'dir' in where ? walStamp() : 0;
  const client = 'url' in where ? new pg.Client({ connectionString: where.url }) : undefined;
  await client?.connect();
  try {
    while (Date.now() < deadline) {
      if (client !== undefined) {
        const { rows } = await client.query(
          "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted",
        );
        if (rows[0].n > 0) return;
      } else if (walStamp() !== before) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the import never started writing');
  } finally {
    await client?.end();
  }
}

/** A month later: the first member's occupation changed, and `n` members more. */
function nextMonth(base: Dataset, extra: number): Dataset {
  const more = makeLargeDataset(base.members.length + extra).members.slice(base.members.length);
  return {
    ...base,
    members: [
      ...base.members.map((m, i) => (i === 0 ? { ...m, occupation: 'other' as const } : m)),
      ...more.map((m) => ({ ...m, org: base.members[0]?.org ?? m.org })),
    ],
  };
}

describe('a damaged or foreign store folder', SLOW, () => {
  it('is refused with a StoreError, its code, and a message in Vietnamese', async () => {
    const dir = tempDir();
    const store = await Store.open({ dir });
    await importAt(store, makeLargeDataset(20), '2026-01-01T00:00:00Z');
    await store.close();
    writeFileSync(join(dir, 'PG_VERSION'), 'hỏng');
    const error = await Store.open({ dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'unreadable-input', problem: 'corrupt' });
    expect((error as StoreError).messageIn('vi')).toContain(
      `Không mở được kho dữ liệu ${dir}: thư mục bị hỏng hoặc không phải kho.`,
    );
    // the lock was let go: a second attempt fails the same way at once, not after a wait
    await expect(Store.open({ dir }, { timeoutMs: 500 })).rejects.toMatchObject({
      problem: 'corrupt',
    });
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('is left untouched when it holds something else (a data folder)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'dang-vien.csv'), 'Mã,Họ tên\n');
    await expect(Store.open({ dir })).rejects.toMatchObject({ problem: 'corrupt' });
    expect(readdirSync(dir)).toEqual(['dang-vien.csv']);
  });
});

describe('the lock of a PGlite store', SLOW, () => {
  it('is broken when the process that held it is gone', async () => {
    const dir = tempDir();
    await (await Store.open({ dir })).close();
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => gone.on('exit', resolve));
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: gone.pid, host: hostname() }));
    const store = await Store.open({ dir }, { timeoutMs: 2_000 });
    expect(await store.versions()).toEqual([]);
    await store.close();
  });

  it('makes a second opener wait, and gives up with a clear error after the wait', async () => {
    const dir = tempDir();
    const first = await Store.open({ dir });
    const error = await Store.open({ dir }, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unreadable-input', problem: 'busy' });
    expect((error as StoreError).messageIn('vi')).toContain(
      'đang được một tiến trình khác sử dụng',
    );
    const waiting = Store.open({ dir }, { timeoutMs: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await first.close();
    await (await waiting).close();
  });
});

describe.each(backends)('faults on %s', (_name, location) => {
  it.runIf(existsSync(DIST))(
    'keeps the previous version intact when the importing process is killed mid-import',
    async () => {
      const where = await location();
      const first = makeLargeDataset(300);
      const store = await Store.open(where);
      await importAt(store, first, '2026-01-01T00:00:00Z');
      await store.close();
      const big = nextMonth(first, 30_000);
      const run = importer(where, datasetFile(`big-${_name}`, big), 'bi-ngat');
      await run.printed('importing');
      await writing(where);
      run.child.kill('SIGKILL');
      const { signal, out } = await run.exited;
      expect(signal, 'the import finished before the kill: make it bigger').toBe('SIGKILL');
      expect(out).not.toContain('done');
      const after = await Store.open(where, { timeoutMs: 5_000 });
      try {
        expect((await after.versions()).map((v) => v.id)).toEqual([1]);
        expect(await after.read(1)).toEqual(first);
        expect(await after.verify()).toMatchObject({ ok: true, entries: 1 });
        const again = await importAt(after, nextMonth(first, 5), '2026-02-01T00:00:00Z');
        expect(again).toMatchObject({ id: 2, status: 'imported' });
      } finally {
        await after.close();
      }
    },
    120_000,
  );

  it.runIf(existsSync(DIST))(
    'runs two imports started at once one after the other, losing neither',
    async () => {
      const where = await location();
      const a = makeLargeDataset(400);
      const b = nextMonth(a, 50);
      const runs = [
        importer(where, datasetFile(`a-${_name}`, a), 'nguoi-a'),
        importer(where, datasetFile(`b-${_name}`, b), 'nguoi-b'),
      ];
      const results = await Promise.all(runs.map((r) => r.exited));
      for (const r of results) expect(r, r.err).toMatchObject({ code: 0 });
      const store = await Store.open(where, { timeoutMs: 5_000 });
      try {
        const versions = await store.versions();
        expect(versions.map((v) => [v.id, v.status])).toEqual([
          [1, 'imported'],
          [2, 'imported'],
        ]);
        for (const v of versions) {
          expect(await store.read(v.id)).toEqual(v.importedBy === 'nguoi-a' ? a : b);
        }
        expect(new Set(versions.map((v) => v.importedBy))).toEqual(new Set(['nguoi-a', 'nguoi-b']));
        expect(await store.verify()).toMatchObject({ ok: true, entries: 2 });
      } finally {
        await store.close();
      }
    },
    120_000,
  );
});

if (!existsSync(DIST)) {
  describe.skip('process fault tests skipped: build the package first (turbo runs build before test)', () => {
    it('needs dist/index.js', () => undefined);
  });
}
