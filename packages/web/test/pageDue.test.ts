import { dueItems } from '@org/party-core';
import { buildDataset, buildOrganization } from '@org/party-core/testing';
import { describe, expect, it } from 'vitest';
import { groupDue, monthTitle, nextOccasion, windowEnd } from '../page/due';
import { pageLabels } from '../src/page/labels';

const OCCASIONS = pageLabels().badgeOccasions;

describe('the due panel', () => {
  it.each([
    ['2026-03-01', '2026-05-31'],
    ['2026-12-06', '2027-03-05'],
    ['2026-11-30', '2027-02-27'],
  ])('opens on three months from %s, to %s', (from, until) => {
    expect(windowEnd(from, 3)).toBe(until);
  });

  it.each([
    ['2026-01-01', '2026-02-03'],
    ['2026-02-03', '2026-02-03'],
    ['2026-02-04', '2026-05-19'],
    ['2026-05-20', '2026-09-02'],
    ['2026-09-03', '2026-11-07'],
    ['2026-11-08', '2027-02-03'],
  ])('proposes the next award occasion from %s: %s', (date, occasion) => {
    expect(nextOccasion(date, OCCASIONS)).toBe(occasion);
  });

  it('groups every item once, by kind in core’s order, then by month, counting the overdue', () => {
    const list = dueItems(buildDataset(), { from: '2020-01-01', until: '2035-12-31' });
    const groups = groupDue(list, pageLabels().dueKinds);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(list.items.length);
    for (const group of groups) {
      expect(group.count).toBe(list.counts[group.kind as keyof typeof list.counts]);
      expect(group.overdue).toBe(
        list.items.filter((i) => i.kind === group.kind && i.overdue).length,
      );
      const months = group.months.map((m) => m.month);
      expect(months).toEqual([...months].sort());
      for (const { month, items } of group.months) {
        for (const item of items) expect(item.date.slice(0, 7)).toBe(month);
      }
    }
    expect(monthTitle('2026-03')).toBe('Tháng 3/2026');
  });

  it('shows the congress terms as a kind of its own, with its label and the overdue ones', () => {
    // Both subordinate cells with a congress before QĐ 294: 2.5 years
    // (Điều lệ Đảng, Điều 24). CB01, congress 20/8/2020 → 20/2/2023, overdue;
    // CB02, congress 10/3/2024 → 10/9/2026, prepared from 10/3/2026.
    const data = buildDataset({
      organizations: [
        buildOrganization({ congressOn: '2020-08-20' }),
        buildOrganization({ code: 'CB02', name: 'Chi bộ 2', congressOn: '2024-03-10' }),
      ],
    });
    const list = dueItems(data, { from: '2026-03-01', until: '2026-05-31' });
    const labels = pageLabels().dueKinds;
    expect(labels).toContainEqual(['congress-term', 'Hết nhiệm kỳ đại hội']);
    const group = groupDue(list, labels).find((g) => g.kind === 'congress-term');
    expect(group).toMatchObject({ label: 'Hết nhiệm kỳ đại hội', count: 2, overdue: 1 });
    expect(group?.months.map((m) => m.month)).toEqual(['2023-02', '2026-09']);
  });
});
