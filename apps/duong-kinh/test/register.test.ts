import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NEXT_AS_OF, registerTwoMonths } from '../src/register';
import { dataset } from './dataset';

const work = mkdtempSync(join(tmpdir(), 'duong-kinh-register-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the register step of pnpm demo', () => {
  it('keeps two months and finds exactly the fixed change between them', async () => {
    const { versions, diff } = await registerTwoMonths(await dataset(), join(work, '.party'), [
      '2026-03-02T08:00:00.000Z',
      '2026-04-02T08:00:00.000Z',
    ]);
    expect(versions.map((v) => [v.id, v.status, v.dataDate, v.counts.members])).toEqual([
      [1, 'imported', '2026-03-01', 1239],
      [2, 'imported', NEXT_AS_OF, 1239],
    ]);
    expect(versions.flatMap((v) => v.flags)).toEqual([]);
    expect(diff.members).toEqual({
      added: ['DV-MOI-0001'],
      removed: ['DK1295'],
      changed: [
        { key: 'DK0001', fields: [{ field: 'occupation', before: 'other', after: 'retired' }] },
      ],
    });
    expect(diff.organizations).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.movements.added.map((m) => [m.type, m.memberId])).toEqual([
      ['transferred-out', 'DK1295'],
      ['transferred-in', 'DV-MOI-0001'],
    ]);
    expect(diff.movements.removed).toEqual([]);
  }, 120_000); // Two PGlite imports of the whole roster: 10 s alone, over 30 s on a busy machine.
});
