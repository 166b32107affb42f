import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { DueList } from '../src/due/dueItem';
import { dueItems } from '../src/due/dueItems';
import { validDatasetArb } from './arbitraries';

const START = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;
const iso = (day: number) => new Date(START + day * DAY).toISOString().slice(0, 10);

/** A window of 1 to 400 days starting between 2024 and 2027. */
const windowArb = fc
  .tuple(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 400 }))
  .map(([start, length]) => ({ from: iso(start), until: iso(start + length) }));

describe('dueItems on random valid datasets', () => {
  test.prop([validDatasetArb, windowArb], { numRuns: 40 })(
    'dates fall in the window, overdue ones before it; the list is sorted and counted',
    (dataset, window) => {
      const list = dueItems(dataset, window);
      expect(DueList.safeParse(list).success).toBe(true);
      for (const item of list.items) {
        if (item.overdue) expect(item.date < window.from).toBe(true);
        else expect(item.date >= window.from && item.date <= window.until).toBe(true);
      }
      const dates = list.items.map((item) => item.date);
      expect(dates).toEqual([...dates].sort());
      const total = Object.values(list.counts).reduce((sum, n) => sum + n, 0);
      expect(total).toBe(list.items.length);
    },
  );

  test.prop([validDatasetArb, windowArb, fc.integer({ min: 1, max: 200 })], { numRuns: 25 })(
    'splitting the window splits the items that are not overdue',
    (dataset, window, cut) => {
      const whole = dueItems(dataset, window).items.filter((i) => !i.overdue);
      const middle = new Date(`${window.from}T00:00:00Z`);
      middle.setUTCDate(middle.getUTCDate() + cut);
      const split = middle.toISOString().slice(0, 10);
      if (split > window.until) return;
      const before = new Date(middle);
      before.setUTCDate(before.getUTCDate() - 1);
      const first = dueItems(dataset, {
        from: window.from,
        until: before.toISOString().slice(0, 10),
      }).items.filter((i) => !i.overdue);
      const second = dueItems(dataset, { from: split, until: window.until }).items.filter(
        (i) => !i.overdue,
      );
      expect([...first, ...second]).toEqual(whole);
    },
  );
});
