import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Member } from '../member/member';
import { buildMember, buildOrganization } from '../testing/builders';
import { organizationStats } from './organizationStats';

const staff = (org: string, n: number, overrides: Partial<Member> = {}) =>
  Array.from({ length: n }, (_, i) => buildMember({ id: `${org}-${i}`, org, ...overrides }));

const organizations = [
  buildOrganization({ code: 'DB1', kind: 'grassroots-committee', category: 'public-service' }),
  buildOrganization({ code: 'DB1-A', parent: 'DB1', category: 'public-service' }),
  buildOrganization({ code: 'DB1-B', parent: 'DB1', category: 'public-service', eHandbook: false }),
  buildOrganization({ code: 'TDP1', category: 'residential' }),
  buildOrganization({ code: 'TDP2', category: 'residential', eHandbook: false }),
  buildOrganization({ code: 'QS', kind: 'grassroots-cell', category: 'military' }),
];
const members = [
  ...staff('DB1', 2),
  ...staff('DB1-A', 4),
  ...staff('DB1-B', 3),
  ...staff('TDP1', 9),
  ...staff('TDP2', 2),
  ...staff('TDP2', 1, { id: 'P1', officialOn: undefined, admittedOn: '2025-10-01' }),
  ...staff('QS', 8),
];

describe('organizationStats', () => {
  const stats = organizationStats({ organizations, members }, '2026-03-01');

  it('counts the organisations directly under the ward committee by kind', () => {
    expect(stats.direct).toBe(4);
    expect(stats.byKind).toEqual({
      'grassroots-committee': 1,
      'grassroots-cell': 1,
      'subordinate-cell': 2,
    });
    expect(stats.total).toBe(6);
    expect(stats.eHandbookRegistered).toBe(3);
  });

  it('puts committees with every organisation under them first, then direct cells by category', () => {
    expect(stats.structure).toEqual({
      'grassroots-committee': { organizations: 1, members: 9 },
      residential: { organizations: 2, members: 12 },
      military: { organizations: 1, members: 8 },
    });
    expect(Object.keys(stats.structure)).toEqual([
      'grassroots-committee',
      'residential',
      'military',
    ]);
  });

  it('finds small cells and cells large enough for a cell committee, by official members', () => {
    expect(stats.smallCells).toEqual({ count: 1, codes: ['TDP2'] });
    expect(stats.cellsWithCommittee).toEqual({ count: 1, codes: ['TDP1'] });
    expect(stats.membersByOrganization).toMatchObject({ TDP2: 3, 'DB1-A': 4, DB1: 2 });
  });

  it('counts members official after asOf as not yet official', () => {
    const later = organizationStats(
      {
        organizations,
        members: [...staff('TDP1', 8), ...staff('TDP1', 1, { id: 'L', officialOn: '2026-03-02' })],
      },
      '2026-03-01',
    );
    expect(later.cellsWithCommittee.count).toBe(0);
  });

  test.prop([fc.shuffledSubarray(members, { minLength: members.length })])(
    'structure members add up to the roster and do not depend on order',
    (shuffled) => {
      const result = organizationStats(
        { organizations: [...organizations].reverse(), members: shuffled },
        '2026-03-01',
      );
      const sum = Object.values(result.structure).reduce((s, e) => s + (e?.members ?? 0), 0);
      expect(sum).toBe(members.length);
      expect(result).toEqual(stats);
    },
  );
});
