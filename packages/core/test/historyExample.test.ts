import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WindowNotCoveredError } from '../src/errors';
import { computeStats } from '../src/stats/computeStats';
import { validateDataset } from '../src/validation/validateDataset';

/**
 * The example ward with two years of history (examples/ward-history), at
 * three dates. Every expected figure below was worked out by hand from the
 * events listed in examples/ward-history/README.md: who belonged where on the
 * day before the period and on its last day, written as member ids, then
 * counted here. Nothing is taken from the code under test.
 */
const path = new URL('../../../examples/ward-history/dataset.json', import.meta.url);
const checked = validateDataset(JSON.parse(readFileSync(path, 'utf8')));

type Roster = Readonly<Record<string, readonly string[]>>;
const count = (roster: Roster) =>
  Object.fromEntries(Object.entries(roster).map(([org, ids]) => [org, ids.length]));
const total = (roster: Roster) => Object.values(roster).flat().length;

const DATES = [
  {
    window: { from: '2024-01-01', asOf: '2024-12-31' },
    opening: {
      CB01: ['M01', 'M02', 'M03', 'M09', 'M11', 'M16'],
      CB02: ['M05', 'M06', 'M07', 'M08'],
      CB03: [],
      CB04: ['M12', 'M14', 'M17'],
      DB01: ['M15'],
    },
    closing: {
      CB01: ['M01', 'M02', 'M03', 'M04', 'M16'],
      CB02: ['M05', 'M07'],
      CB03: ['M06', 'M09', 'M10'],
      CB04: ['M12', 'M14', 'M17'],
      DB01: ['M15'],
    },
    // M08 out, M04 admitted, M10 in, M11 out; three internal transfers.
    movements: { admitted: 1, transferredIn: 1, transferredOut: 2, internalTransfers: 3, net: 0 },
    probationary: ['M04'],
    exempt: [],
    direct: 4,
  },
  {
    window: { from: '2025-01-01', asOf: '2025-12-31' },
    opening: {
      CB01: ['M01', 'M02', 'M03', 'M04', 'M16'],
      CB02: ['M05', 'M07'],
      CB03: ['M06', 'M09', 'M10'],
      CB04: ['M12', 'M14', 'M17'],
      DB01: ['M15'],
    },
    closing: {
      CB01: ['M01', 'M02', 'M03', 'M04', 'M05', 'M07'],
      CB02: [],
      CB03: ['M06', 'M09', 'M10', 'M11'],
      CB04: ['M12', 'M13', 'M14', 'M17'],
      DB01: [],
    },
    // M16 out, M13 admitted, M11 back, M15 struck off; CB02 merged into CB01.
    movements: {
      admitted: 1,
      transferredIn: 1,
      transferredOut: 1,
      struckOff: 1,
      internalTransfers: 2,
      net: 0,
    },
    probationary: ['M13'],
    exempt: ['M14'],
    direct: 3,
  },
  {
    window: { from: '2025-07-01', asOf: '2026-03-01' },
    opening: {
      CB01: ['M01', 'M02', 'M03', 'M04'],
      CB02: ['M05', 'M07'],
      CB03: ['M06', 'M09', 'M10', 'M11'],
      CB04: ['M12', 'M13', 'M14', 'M17'],
      DB01: ['M15'],
    },
    closing: {
      CB01: ['M01', 'M02', 'M04', 'M05', 'M07'],
      CB02: [],
      CB03: ['M06', 'M09', 'M10', 'M11'],
      CB04: ['M12', 'M13', 'M14', 'M17'],
      DB01: [],
    },
    // CB02 merged into CB01, M15 struck off, M03 died.
    movements: { struckOff: 1, deceased: 1, internalTransfers: 2, net: -2 },
    probationary: ['M13'],
    exempt: ['M14'],
    direct: 3,
  },
] as const;

describe('the example ward with two years of history', () => {
  it('validates clean', () => {
    expect(checked.issues).toEqual([]);
  });

  it.each(DATES)('gives the figures worked out by hand for $window.asOf', (date) => {
    const stats = computeStats(checked.data, date.window);
    expect(stats.dataDate).toBe('2026-03-01');
    expect(stats.members.total).toBe(total(date.closing));
    expect(stats.members.probationary).toBe(date.probationary.length);
    expect(stats.members.exempt).toBe(date.exempt.length);
    expect(stats.organizations.direct).toBe(date.direct);
    expect(stats.movements.opening).toBe(total(date.opening));
    expect(stats.movements.closing).toBe(total(date.closing));
    expect(stats.movements).toMatchObject(date.movements);
    const byOrg = Object.fromEntries(
      Object.entries(stats.movements.byOrganization).map(([org, c]) => [org, c.opening]),
    );
    expect(byOrg).toEqual(count(date.opening));
    for (const [org, ids] of Object.entries(date.closing)) {
      expect(stats.movements.byOrganization[org]?.closing, org).toBe(ids.length);
    }
    // Organisations that exist on the date hold their members; CB02 is gone after its merger.
    const existing = Object.fromEntries(
      Object.entries(count(date.closing)).filter(
        ([org]) => org !== 'CB02' || date.window.asOf < '2025-07-01',
      ),
    );
    expect(stats.organizations.membersByOrganization).toEqual(existing);
  });

  it('refuses a date after the data date and a period before the movements are complete', () => {
    expect(() => computeStats(checked.data, { from: '2026-01-01', asOf: '2026-03-02' })).toThrow(
      WindowNotCoveredError,
    );
    expect(() => computeStats(checked.data, { from: '2023-12-31', asOf: '2024-12-31' })).toThrow(
      /biến động chỉ được ghi đầy đủ từ ngày 1\/1\/2024/u,
    );
  });
});
