import { dueItems } from '@org/party-core';
import { buildDataset } from '@org/party-core/testing';
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
});
