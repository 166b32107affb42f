import { defaultRules } from '@org/party-core';
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

  it('lists the congress terms the sample records: two ending, one overdue', async () => {
    const data = await dataset();
    const items = dueSoon(data, WINDOW.asOf).items.filter((item) => item.kind === 'congress-term');
    // Subordinate cells whose congress was before QĐ 294: 30 months (Điều lệ
    // Đảng, Điều 24). NN03 25/8/2023 → 25/2/2026, before 1/3/2026: overdue;
    // TDP18 20/10/2023 → 20/4/2026; TDP19 10/11/2023 → 10/5/2026.
    expect(defaultRules.congressTerm[0]?.months['subordinate-cell']).toBe(30);
    expect(items.map((item) => [item.org, item.date, item.overdue])).toEqual([
      ['NN03', '2026-02-25', true],
      ['TDP18', '2026-04-20', false],
      ['TDP19', '2026-05-10', false],
    ]);
    // Every other organisation with a congress date has a term ending after the window's preparation.
    const recorded = data.organizations.filter((org) => org.congressOn !== undefined);
    expect(recorded).toHaveLength(data.organizations.length - 2);
    expect(data.organizations.filter((org) => org.termYears === 5).map((org) => org.code)).toEqual([
      'DB03.1',
      'DB03.2',
      'DB03.3',
    ]);
  });
});
