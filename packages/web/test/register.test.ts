// The register's endpoints on a real PGlite store in a temporary folder (no
// database mocks), the role of each token on every route, and the tokens
// kept as hashes only.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '@org/party-core';
import { buildDataset } from '@org/party-core/testing';
import { Store } from '@org/party-store';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPartyApp,
  type RegisterAudit,
  type RegisterDiff,
  type RegisterStatsResponse,
  type RegisterVersions,
  type Role,
  type TokenEntry,
} from '../src/index';
import { tokenHash } from '../src/security';

const TOKENS: Record<Role, string> = {
  reader: 'reader-token-0123456789abcdef',
  officer: 'officer-token-0123456789abcdef',
  administrator: 'admin-token-0123456789abcdef',
};
const NAMES: Record<Role, string> = {
  reader: 'doc',
  officer: 'van-phong',
  administrator: 'quan-tri',
};
const bearer = (role: Role) => ({ Authorization: `Bearer ${TOKENS[role]}` });

const first = buildDataset();
const second: Dataset = {
  ...first,
  members: first.members.map((m) => (m.id === 'DV0003' ? { ...m, occupation: 'other' } : m)),
};
const broken = {
  ...first,
  members: first.members.map((m, i) => (i === 0 ? { ...m, birthDate: 'không rõ' } : m)),
};
const json = (dataset: unknown) => ({
  method: 'POST',
  body: JSON.stringify(dataset),
  headers: { 'Content-Type': 'application/json' },
});

let store: Store;
let app: Hono;
let entries: TokenEntry[];

beforeAll(async () => {
  store = await Store.open({ dir: join(mkdtempSync(join(tmpdir(), 'party-web-')), 'kho') });
  entries = await Promise.all(
    (Object.keys(TOKENS) as Role[]).map(async (role) => ({
      name: NAMES[role],
      role,
      hash: await tokenHash(TOKENS[role]),
    })),
  );
  app = createPartyApp({ auth: { tokens: entries }, register: store });
}, 120_000);

afterAll(async () => {
  await store?.close();
});

describe('the register over HTTP (PGlite)', () => {
  it('imports versions, keeps a rejected attempt without records, lists newest first', async () => {
    const one = await app.request('/register/import', {
      ...json(first),
      headers: { ...json(first).headers, ...bearer('officer') },
    });
    expect(one.status).toBe(201);
    const made = (await one.json()) as {
      version: { id: number; status: string; importedBy: string };
    };
    expect(made.version).toMatchObject({ id: 1, status: 'imported', importedBy: 'van-phong' });
    const two = await app.request('/register/import', {
      ...json(second),
      headers: { ...json(second).headers, ...bearer('officer') },
    });
    expect(two.status).toBe(201);
    const bad = await app.request('/register/import', {
      ...json(broken),
      headers: { ...json(broken).headers, ...bearer('officer') },
    });
    expect(bad.status).toBe(422);
    const error = (await bad.json()) as { error: { code: string; issues: unknown[] } };
    expect(error.error.code).toBe('invalid-dataset');
    expect(error.error.issues.length).toBeGreaterThan(0);
    await expect(store.read(3)).rejects.toThrow();

    const list = await app.request('/register/versions', { headers: bearer('reader') });
    expect(list.status).toBe(200);
    const { versions } = (await list.json()) as RegisterVersions;
    expect(versions.map((v) => [v.id, v.status])).toEqual([
      [3, 'rejected'],
      [2, 'imported'],
      [1, 'imported'],
    ]);
    expect(versions[0]?.issues.errors).toBeGreaterThan(0);
    expect(versions[2]?.counts.members).toBe(first.members.length);
    // No member data in the list a reader may see.
    const text = JSON.stringify(versions);
    for (const m of first.members) {
      expect(text).not.toContain(m.id);
      expect(text).not.toContain(m.fullName);
    }
  });

  it('compares two versions field by field, and records the answer in the audit log', async () => {
    const response = await app.request('/register/diff?from=1&to=2', {
      headers: bearer('officer'),
    });
    expect(response.status).toBe(200);
    const diff = (await response.json()) as RegisterDiff;
    expect(diff.members.added).toEqual([]);
    expect(diff.members.changed).toEqual([
      { key: 'DV0003', fields: [{ field: 'occupation', before: 'retired', after: 'other' }] },
    ]);
    const log = await store.audit();
    const view = log.at(-1);
    expect(view).toMatchObject({ action: 'view', actor: 'van-phong' });
    expect(view?.detail).toMatchObject({ route: 'GET /register/diff', from: 1, to: 2 });
    expect(JSON.stringify(view?.detail)).not.toContain('DV0003');
    const missing = await app.request('/register/diff?from=1&to=3', { headers: bearer('officer') });
    expect(missing.status).toBe(404);
    const wrong = await app.request('/register/diff?from=x&to=2', { headers: bearer('officer') });
    expect(wrong.status).toBe(400);
  });

  it('gives the figures of a version, on its data date or another', async () => {
    const response = await app.request('/register/stats?version=1', { headers: bearer('reader') });
    expect(response.status).toBe(200);
    const body = (await response.json()) as RegisterStatsResponse;
    expect(body).toMatchObject({ version: 1, asOf: '2026-03-01', from: '2026-01-01' });
    expect(body.stats.members.total).toBeGreaterThan(0);
    const latest = (await (
      await app.request('/register/stats?asOf=2026-03-01&from=2025-07-01', {
        headers: bearer('reader'),
      })
    ).json()) as RegisterStatsResponse;
    expect(latest.version).toBe(2);
    expect(latest.from).toBe('2025-07-01');
  });

  it('gives the administrator the audit log, newest first, with its chain checked', async () => {
    const response = await app.request('/register/audit', { headers: bearer('administrator') });
    expect(response.status).toBe(200);
    const body = (await response.json()) as RegisterAudit;
    expect(body.verdict.ok).toBe(true);
    expect(body.entries[0]?.seq).toBe(body.entries.length);
    expect(body.entries.map((e) => e.action)).toContain('import-rejected');
  });
});

describe('roles: each role on each route', () => {
  const routes: [string, string, Role, RequestInit?][] = [
    ['GET', '/auth/check', 'reader'],
    ['GET', '/template.xlsx', 'reader'],
    ['POST', '/stats?asOf=2026-03-01&from=2025-07-01', 'reader', json(first)],
    [
      'POST',
      '/reports/findings?asOf=2026-03-01&from=2025-07-01&narrative=generic',
      'reader',
      json(first),
    ],
    ['POST', '/validate', 'officer', json(first)],
    ['POST', '/due?from=2026-03-01&until=2026-05-31', 'officer', json(first)],
    ['GET', '/register/versions', 'reader'],
    ['GET', '/register/stats?version=1', 'reader'],
    ['GET', '/register/diff?from=1&to=2', 'officer'],
    ['POST', '/register/import', 'officer', json(first)],
    ['GET', '/register/audit', 'administrator'],
    ['GET', '/register/tokens', 'administrator'],
    ['DELETE', '/register/tokens/nobody', 'administrator'],
  ];
  const roles = Object.keys(TOKENS) as Role[];
  const rank = (role: Role) => roles.indexOf(role);
  const cases = routes.flatMap(([method, path, needed, init]) =>
    roles.map((role) => [method, path, role, rank(role) >= rank(needed), init] as const),
  );

  it.each(cases)(
    '%s %s as %s: allowed %s',
    async (method, path, role, allowed, init) => {
      const response = await app.request(path, {
        ...init,
        method,
        headers: { ...(init?.headers as Record<string, string>), ...bearer(role) },
      });
      if (allowed) {
        expect(response.status, await response.clone().text()).not.toBe(403);
        expect(response.status).not.toBe(401);
        expect(response.status).toBeLessThan(500);
      } else {
        expect(response.status).toBe(403);
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('forbidden');
        expect(body.error.message).toMatch(/^Mã truy cập này có vai trò /u);
      }
    },
    60_000,
  );

  it('answers 401, not 403, without a token or with a wrong one', async () => {
    expect((await app.request('/register/versions')).status).toBe(401);
    const wrong = { Authorization: `Bearer ${TOKENS.administrator}x` };
    expect((await app.request('/register/audit', { headers: wrong })).status).toBe(401);
  });
});

describe('tokens kept in the register', () => {
  it('makes a token once, opens with it by its role, revokes it, and keeps only hashes', async () => {
    const made = await app.request('/register/tokens', {
      method: 'POST',
      body: JSON.stringify({ name: 'to-dang-1', role: 'reader' }),
      headers: { 'Content-Type': 'application/json', ...bearer('administrator') },
    });
    expect(made.status).toBe(201);
    const { token } = (await made.json()) as { token: string };
    expect(token).toMatch(/^[\w-]{43}$/u);
    const auth = { Authorization: `Bearer ${token}` };
    const check = await app.request('/auth/check', { headers: auth });
    await expect(check.json()).resolves.toEqual({
      status: 'ok',
      name: 'to-dang-1',
      role: 'reader',
    });
    expect((await app.request('/register/diff?from=1&to=2', { headers: auth })).status).toBe(403);
    const listed = await app.request('/register/tokens', { headers: bearer('administrator') });
    const listText = await listed.text();
    expect(listText).toContain('to-dang-1');
    expect(listText).not.toContain(await tokenHash(token));

    // Neither the store nor its audit log holds any raw token.
    const tables = await Promise.all(
      ['tokens', 'audit_log', 'versions'].map((t) => store.db.query(`SELECT * FROM ${t}`)),
    );
    const dump = JSON.stringify(tables);
    for (const raw of [token, ...Object.values(TOKENS)]) expect(dump).not.toContain(raw);
    expect(dump).toContain(await tokenHash(token));
    expect(dump).toContain('"token-add"');

    const revoked = await app.request('/register/tokens/to-dang-1', {
      method: 'DELETE',
      headers: bearer('administrator'),
    });
    expect(revoked.status).toBe(204);
    expect((await app.request('/auth/check', { headers: auth })).status).toBe(401);
    expect((await store.verify()).ok).toBe(true);
  });

  it('stays closed with no token configured and none in the register', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'party-web-')), 'kho');
    const empty = await Store.open({ dir });
    try {
      const closed = createPartyApp({ auth: { tokens: [] }, register: empty });
      for (const path of ['/auth/check', '/register/versions', '/register/audit']) {
        expect((await closed.request(path, { headers: bearer('administrator') })).status).toBe(401);
      }
      const health = await (await closed.request('/health')).json();
      expect(health).toMatchObject({ auth: 'token', register: true });
    } finally {
      await empty.close();
    }
  });

  it('has no register routes without a register', async () => {
    const plain = createPartyApp({ auth: { tokens: entries } });
    expect((await plain.request('/register/versions', { headers: bearer('reader') })).status).toBe(
      404,
    );
  });
});

describe('the register in GET /openapi.json', () => {
  it('documents the register paths with each role, and every reference resolves', async () => {
    const response = await app.request('/openapi.json', { headers: bearer('reader') });
    const doc = (await response.json()) as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, unknown>; 'x-party-role'?: string }>
      >;
      components: { schemas: Record<string, unknown> };
    };
    expect(
      Object.keys(doc.paths)
        .filter((p) => p.startsWith('/register'))
        .sort(),
    ).toEqual([
      '/register/audit',
      '/register/diff',
      '/register/import',
      '/register/stats',
      '/register/tokens',
      '/register/tokens/{name}',
      '/register/versions',
    ]);
    expect(doc.paths['/register/diff']?.get?.['x-party-role']).toBe('officer');
    expect(doc.paths['/register/audit']?.get?.responses).toHaveProperty(['403']);
    expect(doc.paths['/validate']?.post?.['x-party-role']).toBe('officer');
    expect(doc.paths['/stats']?.post?.['x-party-role']).toBeUndefined();
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/gu)];
    for (const [, name] of refs)
      expect(doc.components.schemas, name).toHaveProperty([name as string]);
    expect(JSON.stringify(doc.components.schemas.RegisterVersions)).toContain('"importedBy"');
  });
});
