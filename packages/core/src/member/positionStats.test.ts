import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { permutation } from '../../test/arbitraries';
import { buildDataset, buildMember, buildPosition } from '../testing/builders';
import { PositionRoles } from './codes';
import type { Position } from './position';
import { PositionStats, positionStats } from './positionStats';

const AS_OF = '2026-03-01';

describe('positionStats', () => {
  const members = ['DV1', 'DV2', 'DV3', 'DV4'].map((id) => buildMember({ id }));
  const positions = [
    // DV1: secretary of two cells and, from asOf, head of a residential group.
    buildPosition({ memberId: 'DV1', role: 'secretary', org: 'CB01' }),
    buildPosition({ memberId: 'DV1', role: 'secretary', org: 'CB03' }),
    buildPosition({ memberId: 'DV1', role: 'residential-group-head', since: '2026-03-01' }),
    // DV2: secretary until asOf (counted) and head of a Front work committee.
    buildPosition({ memberId: 'DV2', role: 'secretary', org: 'CB02', until: '2026-03-01' }),
    buildPosition({ memberId: 'DV2', role: 'front-committee-head', since: '2024-01-01' }),
    // DV3: secretary until the day before asOf (not counted), group head.
    buildPosition({ memberId: 'DV3', role: 'secretary', until: '2026-02-28' }),
    buildPosition({ memberId: 'DV3', role: 'residential-group-head' }),
    // DV4: Front head from the day after asOf (not counted).
    buildPosition({ memberId: 'DV4', role: 'front-committee-head', since: '2026-03-02' }),
    // DV9 is not on the roster: both heads.
    buildPosition({ memberId: 'DV9', role: 'residential-group-head' }),
    buildPosition({ memberId: 'DV9', role: 'front-committee-head' }),
  ];

  it('counts positions in force, holders by role, concurrent pairs and heads on the roster', () => {
    expect(positionStats(buildDataset({ members, positions }), AS_OF)).toEqual({
      asOf: '2026-03-01',
      positions: 8,
      members: 4,
      byRole: {
        secretary: 2,
        'deputy-secretary': 0,
        'committee-member': 0,
        'residential-group-head': 3,
        'front-committee-head': 2,
        other: 0,
      },
      concurrent: {
        secretaryAndResidentialGroupHead: 1,
        secretaryAndFrontCommitteeHead: 1,
        deputySecretaryAndResidentialGroupHead: 0,
        deputySecretaryAndFrontCommitteeHead: 0,
        residentialGroupHeadAndFrontCommitteeHead: 1,
      },
      heads: {
        residentialGroupHead: { onRoster: 2, notOnRoster: 1 },
        frontCommitteeHead: { onRoster: 1, notOnRoster: 1 },
      },
    });
  });

  it('lists every role in code-list order', () => {
    const stats = positionStats(buildDataset({ members, positions }), AS_OF);
    expect(Object.keys(stats.byRole)).toEqual([...PositionRoles.codes]);
  });

  it('reproduces the seed: 02 secretaries also group heads, 08 also Front heads, all heads members', () => {
    const roster = Array.from({ length: 12 }, (_, i) => buildMember({ id: `S${i}` }));
    const held: Position[] = [];
    roster.forEach((member, i) => {
      held.push(buildPosition({ memberId: member.id, role: 'secretary', org: `CB${i}` }));
      if (i < 2) held.push(buildPosition({ memberId: member.id, role: 'residential-group-head' }));
      else if (i < 10)
        held.push(buildPosition({ memberId: member.id, role: 'front-committee-head' }));
    });
    const stats = positionStats({ members: roster, positions: held }, AS_OF);
    expect(stats.concurrent.secretaryAndResidentialGroupHead).toBe(2);
    expect(stats.concurrent.secretaryAndFrontCommitteeHead).toBe(8);
    expect(stats.heads.residentialGroupHead).toEqual({ onRoster: 2, notOnRoster: 0 });
    expect(stats.heads.frontCommitteeHead).toEqual({ onRoster: 8, notOnRoster: 0 });
  });

  it('counts a member holding three paired roles in each pair', () => {
    const stats = positionStats(
      {
        members: [buildMember({ id: 'A' })],
        positions: [
          buildPosition({ memberId: 'A', role: 'deputy-secretary' }),
          buildPosition({ memberId: 'A', role: 'residential-group-head' }),
          buildPosition({ memberId: 'A', role: 'front-committee-head' }),
        ],
      },
      AS_OF,
    );
    expect(stats.concurrent).toEqual({
      secretaryAndResidentialGroupHead: 0,
      secretaryAndFrontCommitteeHead: 0,
      deputySecretaryAndResidentialGroupHead: 1,
      deputySecretaryAndFrontCommitteeHead: 1,
      residentialGroupHeadAndFrontCommitteeHead: 1,
    });
  });

  it('returns what its schema accepts, and the schema needs every role', () => {
    const stats = positionStats(buildDataset({ members, positions }), AS_OF);
    expect(PositionStats.parse(stats)).toEqual(stats);
    const { other: _, ...partial } = stats.byRole;
    expect(PositionStats.safeParse({ ...stats, byRole: partial }).success).toBe(false);
  });

  it('gives zeros for no positions', () => {
    const stats = positionStats({ members, positions: [] }, AS_OF);
    expect(stats.positions).toBe(0);
    expect(stats.members).toBe(0);
    expect(Object.values(stats.byRole)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(stats.heads.residentialGroupHead).toEqual({ onRoster: 0, notOnRoster: 0 });
  });
});

const DATES = ['2026-02-28', '2026-03-01', '2026-03-02'];
const IDS = ['DV1', 'DV2', 'DV3', 'DV4', 'DV5'];
const positionArb: fc.Arbitrary<Position> = fc.record({
  memberId: fc.constantFrom(...IDS),
  role: fc.constantFrom(...PositionRoles.codes),
  since: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
  until: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
});
const inputArb = fc.record({
  members: fc.subarray(IDS).map((ids) => ids.map((id) => buildMember({ id }))),
  positions: fc.array(positionArb, { maxLength: 30 }),
});
const inForce = (p: Position) =>
  (p.since === undefined || p.since <= AS_OF) && (p.until === undefined || p.until >= AS_OF);

describe('positionStats properties', () => {
  test.prop([inputArb])(
    'heads split all head positions in force; holders and pairs never exceed positions',
    (dataset) => {
      const stats = positionStats(dataset, AS_OF);
      const held = dataset.positions.filter(inForce);
      expect(stats.positions).toBe(held.length);
      const count = (role: Position['role']) => held.filter((p) => p.role === role).length;
      const { residentialGroupHead, frontCommitteeHead } = stats.heads;
      expect(residentialGroupHead.onRoster + residentialGroupHead.notOnRoster).toBe(
        count('residential-group-head'),
      );
      expect(frontCommitteeHead.onRoster + frontCommitteeHead.notOnRoster).toBe(
        count('front-committee-head'),
      );
      for (const role of PositionRoles.codes) {
        expect(stats.byRole[role]).toBeLessThanOrEqual(count(role));
        expect(stats.byRole[role]).toBeLessThanOrEqual(stats.members);
      }
      expect(stats.concurrent.secretaryAndResidentialGroupHead).toBeLessThanOrEqual(
        Math.min(stats.byRole.secretary, stats.byRole['residential-group-head']),
      );
      expect(stats.concurrent.secretaryAndFrontCommitteeHead).toBeLessThanOrEqual(
        Math.min(stats.byRole.secretary, stats.byRole['front-committee-head']),
      );
      expect(stats.members).toBe(new Set(held.map((p) => p.memberId)).size);
    },
  );

  test.prop([
    inputArb.chain((dataset) =>
      fc.tuple(fc.constant(dataset), permutation(dataset.members), permutation(dataset.positions)),
    ),
  ])('does not depend on record order', ([dataset, members, positions]) => {
    expect(positionStats({ members, positions }, AS_OF)).toEqual(positionStats(dataset, AS_OF));
  });
});
