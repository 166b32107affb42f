import { describe, expect, it } from 'vitest';
import { dueSoon, dueSummary, dueWindow } from '../src/due';
import { dataset, WINDOW } from './dataset';

describe('what falls due after the report (pnpm demo)', () => {
  it('looks three months ahead of the reference date', () => {
    // 1/3/2026 + 3 months = 1/6/2026; the day before is 31/5/2026.
    expect(dueWindow(WINDOW.asOf)).toEqual({ from: '2026-03-01', until: '2026-05-31' });
  });

  it('prints the counts per kind and the first lines, by member id only', async () => {
    const data = await dataset();
    const lines = dueSummary(dueSoon(data, WINDOW.asOf), 'apps/duong-kinh/data/csv');
    const text = `${lines.join('\n')}\n`;
    for (const member of data.members) expect(text).not.toContain(member.fullName);
    await expect(text).toMatchFileSnapshot('./__snapshots__/due.golden.txt');
  });
});
