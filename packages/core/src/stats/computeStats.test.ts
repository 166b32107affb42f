import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { validDatasetArb } from '../../test/arbitraries';
import { InvalidArgumentError } from '../errors';
import {
  buildDataset,
  buildInspection,
  buildMember,
  buildMovement,
  buildOrganization,
  buildPosition,
} from '../testing/builders';
import { validateDataset } from '../validation/validateDataset';
import { computeStats, Stats } from './computeStats';

const window = { asOf: '2026-03-01', from: '2025-07-01' };

describe('computeStats', () => {
  it('passes planningReviewDate to the planning tests, and defaults to the term reference date', () => {
    // DV0001, a man born 1980-05-20, draws a pension from 2042-06-01 (62 in 2042-05).
    const terms = (options: object) =>
      computeStats(buildDataset(), { ...window, ...options }).planning.stats.terms.map((t) => [
        t.testedOn,
        t.candidates[0]?.monthsToRetirement,
      ]);
    // 2025-07-01 to 2042-06-01: 203 months; 2026-03-01 to 2042-06-01: 195.
    expect(terms({})).toEqual([['2025-07-01', 203]]);
    expect(terms({ planningReviewDate: '2026-03-01' })).toEqual([['2026-03-01', 195]]);
    expect(() =>
      computeStats(buildDataset(), { ...window, planningReviewDate: '2026-02-30' }),
    ).toThrow(InvalidArgumentError);
  });

  it('returns the contract keys and the project keys, and matches its schema', () => {
    const stats = computeStats(buildDataset(), window);
    expect(Object.keys(stats).slice(0, 4)).toEqual([
      'asOf',
      'organizations',
      'members',
      'movements',
    ]);
    expect(Stats.parse(stats)).toEqual(stats);
    expect(stats.asOf).toBe('2026-03-01');
    expect(stats.movements).toMatchObject({ from: '2025-07-01', to: '2026-03-01', closing: 3 });
    expect(stats.records).toMatchObject({ organizations: 1, members: 3, inspections: 1 });
  });

  it('computes a small ward by hand', () => {
    const dataset = buildDataset({
      organizations: [
        buildOrganization({
          code: 'DB1',
          kind: 'grassroots-committee',
          category: 'public-service',
        }),
        buildOrganization({ code: 'DB1-A', parent: 'DB1', category: 'public-service' }),
        buildOrganization({ code: 'TDP1' }),
        buildOrganization({
          code: 'QS',
          kind: 'grassroots-cell',
          category: 'military',
          eHandbook: false,
        }),
      ],
      members: [
        ...['a', 'b', 'c'].map((id) => buildMember({ id, org: 'DB1-A', birthDate: '1996-03-01' })),
        ...['d', 'e', 'f'].map((id) =>
          buildMember({ id, org: 'TDP1', gender: 'female', birthDate: '1960-01-01' }),
        ),
        ...['g', 'h', 'i'].map((id) =>
          buildMember({ id, org: 'QS', ethnicity: 'Mường', birthDate: '1990-06-15' }),
        ),
        buildMember({
          id: 'p',
          org: 'TDP1',
          officialOn: undefined,
          admittedOn: '2025-09-02',
          birthDate: '2000-01-01',
        }),
      ],
      movements: [
        buildMovement({ memberId: 'p', type: 'admitted', date: '2025-09-02', org: 'TDP1' }),
        buildMovement({ memberId: 'x', type: 'transferred-out', date: '2025-10-01', org: 'TDP1' }),
        buildMovement({ memberId: 'y', type: 'deceased', date: '2025-11-01', org: 'QS' }),
      ],
      positions: [
        buildPosition({ memberId: 'd', org: 'TDP1' }),
        buildPosition({ memberId: 'd', role: 'residential-group-head', org: 'TDP1' }),
      ],
      inspections: [buildInspection({ subject: 'TDP1', date: '2025-10-15' })],
      training: [],
      planning: [],
      classifications: [],
      admissionTargets: [{ from: '2025-07-01', to: '2026-06-30', admissionTarget: 1 }],
    });
    const stats = computeStats(dataset, window);
    expect(stats.organizations).toMatchObject({
      direct: 3,
      byKind: { 'grassroots-committee': 1, 'grassroots-cell': 1, 'subordinate-cell': 1 },
      structure: {
        'grassroots-committee': { organizations: 1, members: 3 },
        residential: { organizations: 1, members: 4 },
        military: { organizations: 1, members: 3 },
      },
      eHandbookRegistered: 2,
    });
    expect(stats.members).toMatchObject({
      total: 10,
      probationary: 1,
      gender: { male: 7, female: 3 },
      ageBands: { 'under-30': 1, '30-39': 6, '40-59': 0, '60-plus': 3 },
      ethnicity: { kinh: 7, minority: 3 },
    });
    expect(stats.movements).toMatchObject({
      opening: 11,
      closing: 10,
      net: -1,
      admitted: 1,
      transferredOut: 1,
      deceased: 1,
    });
    expect(stats.movements.admissionTargets).toEqual([
      { from: '2025-07-01', to: '2026-06-30', target: 1, admitted: 1, percent: 100 },
    ]);
    expect(stats.positions.concurrent.secretaryAndResidentialGroupHead).toBe(1);
    expect(stats.inspection.byMode.inspection.organizations).toBe(1);
    expect(stats.upcoming).toMatchObject({
      until: '2027-03-01',
      recognition: 1,
      recognitionOverdue: 0,
    });
  });

  it('treats codes such as __proto__ and constructor as ordinary keys', () => {
    const json = JSON.stringify(
      buildDataset({
        organizations: [
          buildOrganization({ code: '__proto__' }),
          buildOrganization({ code: 'constructor' }),
        ],
        members: [
          ...['a', 'b', 'c'].map((id) => buildMember({ id, org: '__proto__' })),
          ...['d', 'e', 'f'].map((id) => buildMember({ id, org: 'constructor' })),
        ],
        movements: [
          buildMovement({
            memberId: 'x',
            type: 'transferred-out',
            org: 'constructor',
            date: '2025-08-01',
          }),
        ],
        positions: [],
        training: [],
        planning: [],
        classifications: [],
        inspections: [],
      }),
    );
    const result = validateDataset(JSON.parse(json));
    expect(result.issues).toEqual([]);
    const stats = computeStats(result.data, window);
    expect(
      Object.getOwnPropertyDescriptor(stats.organizations.membersByOrganization, '__proto__')
        ?.value,
    ).toBe(3);
    expect(stats.organizations.membersByOrganization.constructor).toBe(3);
    expect(stats.movements.byOrganization.constructor).toMatchObject({
      transferredOut: 1,
      closing: 3,
      opening: 4,
    });
  });

  it('refuses a window that ends before it starts or is not made of dates', () => {
    expect(() => computeStats(buildDataset(), { asOf: '2025-01-01', from: '2025-07-01' })).toThrow(
      InvalidArgumentError,
    );
    expect(() => computeStats(buildDataset(), { asOf: '01/03/2026', from: '2025-07-01' })).toThrow(
      InvalidArgumentError,
    );
  });

  test.prop([validDatasetArb], { numRuns: 40 })(
    'member breakdowns sum to the total, opening + net = closing, and order does not matter',
    (dataset) => {
      const stats = computeStats(dataset, window);
      const m = stats.members;
      for (const breakdown of [
        m.gender,
        m.ageBands,
        m.ethnicity,
        m.religion,
        m.generalEducation,
        m.professional,
        m.politicalTheory,
        m.occupation,
      ]) {
        expect(Object.values(breakdown).reduce((a, b) => a + b, 0)).toBe(m.total);
      }
      expect(stats.movements.opening + stats.movements.net).toBe(stats.movements.closing);
      const structureMembers = Object.values(stats.organizations.structure).reduce(
        (s, e) => s + (e?.members ?? 0),
        0,
      );
      expect(structureMembers).toBe(m.total);
      const reversed = Object.fromEntries(
        Object.entries(dataset).map(([k, v]) => [k, Array.isArray(v) ? [...v].reverse() : v]),
      ) as typeof dataset;
      expect(computeStats(reversed, window)).toEqual(stats);
    },
  );
});
