import { describe, expect, it } from 'vitest';
import { briefs } from '../../../test/helpers';
import {
  buildDataset,
  buildMember,
  buildMovement,
  buildOrganization,
} from '../../testing/builders';
import { validateDataset } from '../validateDataset';

const ward = buildDataset().ward;
const historyOf = (overrides: Parameters<typeof buildDataset>[0]) =>
  buildDataset({ ward: { ...ward, dataDate: '2026-03-01' }, ...overrides });

describe('records dated after the reference date (contract §4.3)', () => {
  const dataset = buildDataset({
    organizations: [
      buildOrganization(),
      buildOrganization({ code: 'CB02', foundedOn: '2026-01-15' }),
    ],
    members: [
      buildMember(),
      buildMember({ id: 'DV0002', admittedOn: '2026-01-10', officialOn: undefined }),
    ],
    movements: [
      buildMovement({ memberId: 'DV0002', type: 'admitted', date: '2026-01-10' }),
      buildMovement({ memberId: 'DV0009', type: 'deceased', date: '2026-01-08' }),
    ],
  });

  it('names each row dated after the date asked for when the data has no data date', () => {
    const issues = validateDataset(dataset, { asOf: '2025-12-31' }).issues.filter(
      (issue) => issue.code === 'after-reference-date',
    );
    expect(briefs(issues)).toEqual([
      'error after-reference-date @ organizations[1].foundedOn',
      'error after-reference-date @ members[1].admittedOn',
      'error after-reference-date @ movements[0].date',
      'error after-reference-date @ movements[1].date',
    ]);
    expect(issues[0]?.message.vi).toContain('31/12/2025');
  });

  it('takes the data date as the reference when the data gives one', () => {
    const dated = { ...dataset, ward: { ...ward, dataDate: '2026-03-01' } };
    const codes = validateDataset(dated, { asOf: '2025-12-31' }).issues.map((issue) => issue.code);
    expect(codes).not.toContain('after-reference-date');
    const late = { ...dataset, ward: { ...ward, dataDate: '2026-01-09' } };
    expect(
      briefs(validateDataset(late).issues.filter((i) => i.code === 'after-reference-date')),
    ).toEqual([
      'error after-reference-date @ organizations[1].foundedOn',
      'error after-reference-date @ members[1].admittedOn',
      'error after-reference-date @ movements[0].date',
    ]);
  });

  it('accepts records dated on the reference date itself', () => {
    const codes = validateDataset(dataset, { asOf: '2026-01-15' }).issues.map((i) => i.code);
    expect(codes).not.toContain('after-reference-date');
  });
});

describe('former members (contract §4.4)', () => {
  it('wants the leaving movement of a former member’s leaving date', () => {
    const dataset = buildDataset({
      members: [...buildDataset().members, buildMember({ id: 'DV0004', leftOn: '2025-08-02' })],
    });
    expect(briefs(validateDataset(dataset).issues)).toEqual([
      'error former-member-without-leaving @ members[3].leftOn',
    ]);
    const matched = buildDataset({
      members: [...buildDataset().members, buildMember({ id: 'DV0004', leftOn: '2025-08-01' })],
    });
    expect(briefs(validateDataset(matched).issues)).toEqual([]);
  });

  it('wants, in a history, a roster row for each member who left', () => {
    // buildDataset's transfer out of DV0004 has no roster row.
    expect(briefs(validateDataset(buildDataset()).issues)).toEqual([]);
    expect(briefs(validateDataset(historyOf({})).issues)).toEqual([
      'error leaving-without-former-member @ movements[0].memberId',
    ]);
    const later = historyOf({
      ward: { ...ward, dataDate: '2026-03-01', movementsFrom: '2025-08-02' },
    });
    expect(briefs(validateDataset(later).issues)).toEqual([]);
  });
});

/** The errors only: small cells in these small datasets are warnings beside the point. */
const errors = (dataset: Parameters<typeof validateDataset>[0]) =>
  briefs(validateDataset(dataset).issues.filter((issue) => issue.severity === 'error'));

describe('internal transfers and mergers (contract §4.4)', () => {
  const organizations = [
    buildOrganization(),
    buildOrganization({ code: 'CB02' }),
    buildOrganization({ code: 'CB03' }),
  ];

  it('wants each transfer to start where the previous one led', () => {
    const transfers = (from: string) => [
      buildMovement({
        memberId: 'DV0001',
        type: 'internal-transfer',
        date: '2025-01-10',
        fromOrg: 'CB03',
        org: 'CB02',
      }),
      buildMovement({
        memberId: 'DV0001',
        type: 'internal-transfer',
        date: '2025-09-10',
        fromOrg: from,
        org: 'CB01',
      }),
    ];
    const ok = buildDataset({ organizations, movements: transfers('CB02') });
    expect(errors(ok)).toEqual([]);
    const wrong = buildDataset({ organizations, movements: transfers('CB03') });
    expect(errors(wrong)).toEqual(['error transfer-origin-mismatch @ movements[1].fromOrg']);
  });

  it('wants a merger into an organisation of the list that still exists', () => {
    const merged = (target: string, targetCeased?: string) =>
      buildDataset({
        organizations: [
          buildOrganization(),
          buildOrganization({ code: 'CB02', dissolvedOn: '2025-07-01', mergedInto: target }),
          buildOrganization({
            code: 'CB03',
            ...(targetCeased ? { dissolvedOn: targetCeased } : {}),
          }),
        ],
      });
    expect(errors(merged('CB03'))).toEqual([]);
    expect(errors(merged('CB03', '2025-07-02'))).toEqual([]);
    expect(errors(merged('CB03', '2025-07-01'))).toEqual([
      'error invalid-merge-target @ organizations[1].mergedInto',
    ]);
    expect(errors(merged('CB99'))).toEqual([
      'error invalid-merge-target @ organizations[1].mergedInto',
    ]);
  });
});

describe('organisations that exist while their members attend them (contract §4.4)', () => {
  const dataset = (movementsFrom?: string) =>
    buildDataset({
      ward: { ...ward, dataDate: '2026-03-01', ...(movementsFrom ? { movementsFrom } : {}) },
      organizations: [buildOrganization({ foundedOn: '2024-06-01' })],
      movements: [],
    });

  it('flags a member in an organisation before it was founded, in a history', () => {
    expect(briefs(validateDataset(dataset()).issues)).toEqual([
      'error organization-not-existing @ members[0].org',
      'error organization-not-existing @ members[1].org',
      'error organization-not-existing @ members[2].org',
    ]);
    // Without a data date the roster is a snapshot: no history to check.
    const snapshot = buildDataset({
      organizations: [buildOrganization({ foundedOn: '2024-06-01' })],
      movements: [],
    });
    expect(briefs(validateDataset(snapshot).issues)).toEqual([]);
  });

  it('checks only from the date the movements are complete', () => {
    expect(briefs(validateDataset(dataset('2024-05-31')).issues)).toHaveLength(3);
    expect(briefs(validateDataset(dataset('2024-06-01')).issues)).toEqual([]);
  });

  it('flags a member still attending an organisation after it ceased', () => {
    const ceased = buildDataset({
      ward: { ...ward, dataDate: '2026-03-01' },
      organizations: [
        buildOrganization(),
        buildOrganization({ code: 'CB02', dissolvedOn: '2025-07-01' }),
      ],
      members: [buildMember(), buildMember({ id: 'DV0002', org: 'CB02' })],
      movements: [],
    });
    expect(briefs(validateDataset(ceased).issues)).toContain(
      'error organization-not-existing @ members[1].org',
    );
  });
});
