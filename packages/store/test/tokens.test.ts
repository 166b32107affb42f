import { describe, expect, it } from 'vitest';
import { Store, sha256 } from '../src/index';
import { backends } from './helpers';

describe.each(backends)('access tokens on %s', (_name, location) => {
  it('keeps the hash and the name, logs adding and revoking by name, never the token', async () => {
    const store = await Store.open(await location());
    const token = 'a-raw-secret-token-0123456789';
    try {
      const added = await store.addToken({
        name: 'van-phong',
        role: 'officer',
        hash: sha256(token),
        at: '2026-03-01T08:00:00Z',
        by: 'quan-tri',
      });
      expect(added).toMatchObject({ name: 'van-phong', role: 'officer', revokedAt: null });
      await expect(
        store.addToken({
          name: 'khac',
          role: 'reader',
          hash: sha256(token),
          at: '2026-03-01T08:00:00Z',
          by: 'quan-tri',
        }),
      ).rejects.toThrow(/van-phong/u);
      await expect(
        store.addToken({ name: 'x', role: 'officer', hash: token, at: 'a', by: 'b' }),
      ).rejects.toThrow(/SHA-256/u);
      expect(
        await store.revokeToken('van-phong', { at: '2026-03-02T08:00:00Z', by: 'quan-tri' }),
      ).toBe(true);
      expect(
        await store.revokeToken('van-phong', { at: '2026-03-02T08:00:00Z', by: 'quan-tri' }),
      ).toBe(false);
      const [kept] = await store.tokens();
      expect(kept?.revokedAt).toBe('2026-03-02T08:00:00Z');
      const audit = await store.audit();
      expect(audit.map((e) => e.action)).toEqual(['token-add', 'token-revoke']);
      expect(JSON.stringify(audit)).not.toContain(token);
      const dump = await store.db.query('SELECT * FROM tokens');
      expect(JSON.stringify(dump)).not.toContain(token);
      expect((await store.verify()).ok).toBe(true);
    } finally {
      await store.close();
    }
  });
});
