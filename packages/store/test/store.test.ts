import type { Dataset } from '@org/party-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Store } from '../src/index';
import { AS_OF, backends, importAt, makeLargeDataset, pgUrl, validDatasetArb } from './helpers';

if (pgUrl === undefined) {
  describe.skip(`PostgreSQL server tests skipped: ${process.env.PARTY_TEST_PG_SKIP ?? 'no server'}`, () => {
    it('needs a PostgreSQL server', () => undefined);
  });
}

const withAsOf = (d: Dataset): Dataset => ({ ...d, asOf: AS_OF });

describe.each(backends)('store on %s', (_name, location) => {
  it('reads every version back exactly as it was imported (property)', async () => {
    const store = await Store.open(await location());
    try {
      const imported: Dataset[] = [];
      await fc.assert(
        fc.asyncProperty(validDatasetArb, async (dataset) => {
          const v = await importAt(store, withAsOf(dataset), '2026-03-02T08:00:00Z');
          expect(v.status).toBe('imported');
          imported[v.id] = withAsOf(dataset);
          // every earlier version still reads back exactly
          for (const id of [v.id, Math.max(1, v.id - 1), 1]) {
            expect(await store.read(id)).toEqual(imported[id]);
          }
        }),
        { numRuns: 15 },
      );
    } finally {
      await store.close();
    }
  });

  it('keeps unchanged records once and flags a member gone without a leaving movement', async () => {
    const store = await Store.open(await location());
    try {
      const first = makeLargeDataset(200);
      const v1 = await importAt(store, first, '2026-01-01T00:00:00Z');
      const rest = first.members.slice(0, -2);
      const [left, gone] = first.members.slice(-2);
      const second: Dataset = {
        ...first,
        members: rest.map((m, i) => (i === 0 ? { ...m, workingAway: !m.workingAway } : m)),
        movements: [
          ...first.movements,
          {
            date: '2026-01-15',
            type: 'deceased',
            memberId: (left as { id: string }).id,
            fullName: 'Người Thử',
          },
        ],
      };
      const v2 = await importAt(store, second, '2026-02-01T00:00:00Z');
      expect(v2.status).toBe('imported');
      expect(v2.flags).toEqual([{ kind: 'member-disappeared', memberId: gone?.id }]);
      expect(await store.read(v1.id)).toEqual(first);
      expect(await store.read(v2.id)).toEqual(second);
      const [count] = await store.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM records WHERE collection = 'members'",
      );
      // 200 members, then one changed: one new row, not 199
      expect(count?.n).toBe(first.members.length + 1);

      const diff = await store.diff(v1.id, v2.id);
      expect(diff.members.removed).toEqual([left?.id, gone?.id]);
      expect(diff.members.added).toEqual([]);
      expect(diff.members.changed).toEqual([
        {
          key: rest[0]?.id,
          fields: [
            { field: 'workingAway', before: rest[0]?.workingAway, after: !rest[0]?.workingAway },
          ],
        },
      ]);
      expect(diff.movements.added).toHaveLength(1);
      expect(diff.movements.removed).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('keeps backslashes, tabs, line ends and quotes in text exactly (COPY on a server)', async () => {
    const store = await Store.open(await location());
    try {
      const base = makeLargeDataset(30);
      const odd = 'Lê\\Văn\tTám\r\n"Tư" \\N \u00a0ạ';
      const dataset: Dataset = {
        ...base,
        members: base.members.map((m, i) => (i === 3 ? { ...m, fullName: odd } : m)),
      };
      const v = await importAt(store, dataset, '2026-01-01T00:00:00Z');
      const back = await store.read(v.id);
      expect(back.members[3]?.fullName).toBe(odd);
      expect(back).toEqual(dataset);
    } finally {
      await store.close();
    }
  });

  it('stores a dataset with errors as a rejected attempt, with no record', async () => {
    const store = await Store.open(await location());
    try {
      const good = makeLargeDataset(20);
      await importAt(store, good, '2026-01-01T00:00:00Z');
      const bad = { ...good, members: [...good.members, { ...good.members[0] }] }; // duplicate id
      const v = await importAt(store, bad as Dataset, '2026-01-02T00:00:00Z');
      expect(v.status).toBe('rejected');
      expect(v.issues.some((i) => i.severity === 'error')).toBe(true);
      expect(await store.latest()).toBe(1);
      await expect(store.read(v.id)).rejects.toMatchObject({ code: 'invalid-argument' });
      expect(await store.read(1)).toEqual(good);
    } finally {
      await store.close();
    }
  });

  it('finds the version current on a date', async () => {
    const store = await Store.open(await location());
    try {
      const d = makeLargeDataset(10);
      await importAt(store, { ...d, asOf: '2026-01-31' }, '2026-02-01T00:00:00Z');
      await importAt(store, { ...d, asOf: '2026-02-28' }, '2026-03-01T00:00:00Z');
      expect(await store.versionAsOf('2026-01-15')).toBeUndefined();
      expect(await store.versionAsOf('2026-02-15')).toBe(1);
      expect(await store.versionAsOf('2026-03-15')).toBe(2);
    } finally {
      await store.close();
    }
  });

  it('chains the audit log and detects an edited or deleted entry', async () => {
    const store = await Store.open(await location());
    try {
      const d = makeLargeDataset(10);
      await importAt(store, d, '2026-01-01T00:00:00Z');
      await store.log({
        at: '2026-01-02T00:00:00Z',
        actor: 'tester',
        action: 'export',
        detail: { version: 1 },
      });
      await importAt(store, d, '2026-02-01T00:00:00Z');
      await store.log({
        at: '2026-02-02T00:00:00Z',
        actor: 'tester',
        action: 'report',
        detail: { version: 2 },
      });
      expect(await store.verify()).toEqual({ ok: true, entries: 4 });
      const entries = await store.audit();
      expect(entries[1]?.prevHash).toBe(entries[0]?.hash);

      await store.db.query("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2");
      expect(await store.verify()).toMatchObject({
        ok: false,
        problem: { seq: 2, reason: 'edited' },
      });
      await store.db.query("UPDATE audit_log SET actor = 'tester' WHERE seq = 2");
      expect((await store.verify()).ok).toBe(true);

      await store.db.query('DELETE FROM audit_log WHERE seq = 2');
      expect(await store.verify()).toMatchObject({
        ok: false,
        problem: { seq: 2, reason: 'missing' },
      });
    } finally {
      await store.close();
    }
  });

  it('detects the deletion of the last entries through the versions they logged', async () => {
    const store = await Store.open(await location());
    try {
      await importAt(store, makeLargeDataset(10), '2026-01-01T00:00:00Z');
      await store.db.query('DELETE FROM audit_log WHERE seq = 1');
      expect(await store.verify()).toMatchObject({
        ok: false,
        problem: { reason: 'unlogged-version' },
      });
    } finally {
      await store.close();
    }
  });
});
