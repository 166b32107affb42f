import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  buildAdmissionTarget,
  buildMember,
  buildMovement,
  buildOrganization,
} from '../testing/builders';
import type { Movement } from './movement';
import { movementStats } from './movementStats';

const organizations = [
  buildOrganization({ code: 'DB1', kind: 'grassroots-committee' }),
  buildOrganization({ code: 'DB1-A', parent: 'DB1' }),
  buildOrganization({ code: 'TDP1' }),
];
const members = [
  buildMember({ id: 'm1', org: 'TDP1' }),
  buildMember({ id: 'm2', org: 'TDP1' }),
  buildMember({ id: 'm3', org: 'DB1-A' }),
];
const window = { from: '2025-07-01', asOf: '2026-03-01' };

describe('movementStats', () => {
  it('counts movements on from and on asOf, not the day before or after', () => {
    const movements: Movement[] = [
      buildMovement({ memberId: 'm1', type: 'admitted', date: '2025-07-01', org: 'TDP1' }),
      buildMovement({ memberId: 'm2', type: 'transferred-in', date: '2026-03-01', org: 'TDP1' }),
      buildMovement({ memberId: 'x1', type: 'transferred-out', date: '2025-06-30', org: 'TDP1' }),
      buildMovement({ memberId: 'x2', type: 'deceased', date: '2026-03-02', org: 'TDP1' }),
    ];
    const stats = movementStats(
      { organizations, members, movements, admissionTargets: [] },
      window,
    );
    expect(stats).toMatchObject({
      admitted: 1,
      transferredIn: 1,
      transferredOut: 0,
      deceased: 0,
      net: 2,
    });
    expect(stats).toMatchObject({ from: '2025-07-01', to: '2026-03-01', closing: 3, opening: 1 });
  });

  it('reproduces the contract example: 31 + 48 - 44 - 5 - 7 = +23', () => {
    const of = (type: Movement['type'], n: number) =>
      Array.from({ length: n }, (_, i) =>
        buildMovement({ memberId: `${type}-${i}`, type, date: '2025-10-01', org: 'TDP1' }),
      );
    const roster = Array.from({ length: 1239 }, (_, i) =>
      buildMember({ id: `r${i}`, org: 'TDP1' }),
    );
    const movements = [
      ...of('admitted', 31),
      ...of('transferred-in', 48),
      ...of('transferred-out', 44),
      ...of('struck-off', 5),
      ...of('deceased', 7),
      ...of('internal-transfer', 6),
    ];
    const stats = movementStats(
      { organizations, members: roster, movements, admissionTargets: [] },
      window,
    );
    expect(stats).toMatchObject({
      opening: 1216,
      closing: 1239,
      net: 23,
      admitted: 31,
      transferredIn: 48,
      transferredOut: 44,
      struckOff: 5,
      expelled: 0,
      deceased: 7,
      resigned: 0,
      internalTransfers: 6,
    });
  });

  it('breaks movements down by organisation, with unassigned ones apart', () => {
    const movements = [
      buildMovement({ memberId: 'm3', type: 'admitted', date: '2025-09-02', org: 'DB1-A' }),
      buildMovement({ memberId: 'y', type: 'struck-off', date: '2025-09-02', org: undefined }),
    ];
    const stats = movementStats(
      { organizations, members, movements, admissionTargets: [] },
      window,
    );
    expect(stats.byOrganization['DB1-A']).toMatchObject({
      admitted: 1,
      net: 1,
      closing: 1,
      opening: 0,
    });
    expect(stats.byOrganization.TDP1).toMatchObject({ net: 0, closing: 2, opening: 2 });
    expect(stats.byOrganization.unassigned).toMatchObject({
      struckOff: 1,
      net: -1,
      closing: 0,
      opening: 1,
    });
  });

  it('measures admissions against each target in its own period, a committee target including its cells', () => {
    const movements = [
      buildMovement({ memberId: 'a1', type: 'admitted', date: '2025-07-01', org: 'TDP1' }),
      buildMovement({ memberId: 'a2', type: 'admitted', date: '2026-06-30', org: 'DB1-A' }),
      buildMovement({ memberId: 'a3', type: 'admitted', date: '2026-07-01', org: 'DB1-A' }),
      buildMovement({ memberId: 'a4', type: 'transferred-in', date: '2025-08-01', org: 'DB1-A' }),
    ];
    const admissionTargets = [
      buildAdmissionTarget({ from: '2025-07-01', to: '2026-06-30', admissionTarget: 2 }),
      buildAdmissionTarget({
        from: '2025-07-01',
        to: '2026-06-30',
        org: 'DB1',
        admissionTarget: 3,
      }),
      buildAdmissionTarget({
        from: '2025-07-01',
        to: '2026-06-30',
        org: 'TDP1',
        admissionTarget: 0,
      }),
    ];
    const stats = movementStats({ organizations, members, movements, admissionTargets }, window);
    expect(stats.admissionTargets).toEqual([
      { from: '2025-07-01', to: '2026-06-30', target: 2, admitted: 2, percent: 100 },
      { from: '2025-07-01', to: '2026-06-30', org: 'DB1', target: 3, admitted: 1, percent: 33.3 },
      { from: '2025-07-01', to: '2026-06-30', org: 'TDP1', target: 0, admitted: 1, percent: 0 },
    ]);
  });

  const movementArb = fc.record({
    memberId: fc.string({ minLength: 1, maxLength: 4 }),
    type: fc.constantFrom<Movement['type']>(
      'admitted',
      'transferred-in',
      'transferred-out',
      'struck-off',
      'expelled',
      'deceased',
      'resigned',
      'internal-transfer',
    ),
    date: fc.constantFrom('2025-06-30', '2025-07-01', '2025-12-31', '2026-03-01', '2026-03-02'),
    org: fc.constantFrom('TDP1', 'DB1-A', undefined),
  });

  test.prop([fc.array(movementArb, { maxLength: 40 })])(
    'opening + net = closing, per organisation too, whatever the order',
    (raw) => {
      const movements = raw.map((m) => buildMovement({ ...m }));
      const stats = movementStats(
        { organizations, members, movements, admissionTargets: [] },
        window,
      );
      expect(stats.opening + stats.net).toBe(stats.closing);
      const counted =
        stats.admitted +
        stats.transferredIn +
        stats.transferredOut +
        stats.struckOff +
        stats.expelled +
        stats.deceased +
        stats.resigned +
        stats.internalTransfers;
      expect(counted).toBe(
        movements.filter((m) => m.date >= window.from && m.date <= window.asOf).length,
      );
      for (const org of Object.values(stats.byOrganization))
        expect(org.opening + org.net).toBe(org.closing);
      const netSum = Object.values(stats.byOrganization).reduce((s, o) => s + o.net, 0);
      expect(netSum).toBe(stats.net);
      expect(
        movementStats(
          { organizations, members, movements: [...movements].reverse(), admissionTargets: [] },
          window,
        ),
      ).toEqual(stats);
    },
  );
});
