import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { withShuffled } from '../../test/arbitraries';
import type { Inspection } from '../inspection/inspection';
import type { Position } from '../member/position';
import {
  buildClassification,
  buildDataset,
  buildInspection,
  buildMember,
  buildOrganization,
  buildPosition,
} from '../testing/builders';
import type { Classification } from './classification';
import { ClassificationRuleChecks, classificationRuleChecks } from './classificationRuleChecks';
import { ClassificationRules, Ratings } from './codes';

const org = (code: string, parent?: string) =>
  buildOrganization({
    code,
    kind: parent
      ? 'subordinate-cell'
      : code.startsWith('DB')
        ? 'grassroots-committee'
        : 'grassroots-cell',
    ...(parent ? { parent } : {}),
  });
const orgRating = (year: number, subject: string, rating: Classification['rating']) =>
  buildClassification({ year, subjectType: 'organization', subject, rating });
const memberRating = (year: number, subject: string, rating: Classification['rating']) =>
  buildClassification({ year, subjectType: 'member', subject, rating });
const disciplined = (overrides: Partial<Inspection>) =>
  buildInspection({ finding: 'violation', discipline: 'reprimand', ...overrides });

const dataset = buildDataset({
  organizations: [org('DB01'), org('CB01', 'DB01'), org('CB02', 'DB01'), org('CB03'), org('CB04')],
  members: [
    buildMember({ id: 'DV0001' }),
    buildMember({ id: 'DV0002' }),
    buildMember({ id: 'DV0003' }),
    buildMember({ id: 'DV0004', exempt: true }),
    buildMember({ id: 'DV0005', admittedOn: '2025-06-30', officialOn: undefined }),
    buildMember({ id: 'DV0006', admittedOn: '2025-07-01', officialOn: undefined }),
    buildMember({ id: 'DV0007', admittedOn: '2026-01-10', officialOn: undefined }),
  ],
  positions: [
    buildPosition({ memberId: 'DV0001', role: 'secretary', org: 'CB03' }),
    // Committee member of CB04 only from 01/11/2025, after the discipline.
    buildPosition({
      memberId: 'DV0002',
      role: 'committee-member',
      org: 'CB04',
      since: '2025-11-01',
    }),
    // Not a leadership role.
    buildPosition({ memberId: 'DV0003', role: 'residential-group-head', org: 'CB04' }),
  ],
  inspections: [
    disciplined({ date: '2025-05-10', subject: 'CB01' }),
    disciplined({ date: '2025-10-15', subjectType: 'member', subject: 'DV0001' }),
    disciplined({
      date: '2025-10-15',
      subjectType: 'member',
      subject: 'DV0002',
      discipline: 'warning',
    }),
    disciplined({
      date: '2025-10-16',
      subjectType: 'member',
      subject: 'DV0003',
      discipline: 'reprimand',
    }),
    disciplined({ date: '2024-12-31', subject: 'CB02' }),
    // No discipline: not counted.
    buildInspection({ date: '2025-03-01', subject: 'CB04', finding: 'violation' }),
  ],
  classifications: [
    orgRating(2025, 'DB01', 'excellent'), // a subordinate (CB01) disciplined
    orgRating(2025, 'CB01', 'excellent'), // itself disciplined
    orgRating(2025, 'CB02', 'excellent'), // disciplined in 2024 only: fine in 2025
    orgRating(2024, 'CB02', 'excellent'), // disciplined on 31/12/2024
    orgRating(2025, 'CB03', 'excellent'), // its secretary DV0001 disciplined
    orgRating(2025, 'CB04', 'excellent'), // DV0002 was not yet in its committee
    memberRating(2025, 'DV0001', 'fulfilled'), // disciplined, above not-fulfilled
    memberRating(2025, 'DV0002', 'not-fulfilled'), // disciplined, at the cap
    memberRating(2025, 'DV0003', 'unrated'), // disciplined, not rated
    memberRating(2025, 'DV0004', 'good'), // exempt
    memberRating(2025, 'DV0005', 'good'), // 6 months on 31/12/2025: rated
    memberRating(2025, 'DV0006', 'good'), // 5 months: must not be rated
    memberRating(2025, 'DV0007', 'unrated'), // admitted later, not rated: fine
    memberRating(2025, 'DV9999', 'good'), // left the roster: skipped
    memberRating(2026, 'DV0001', 'good'), // disciplined in 2025, not in 2026
  ],
});

describe('classificationRuleChecks', () => {
  it('finds each rule break, sorted by year, rule and subject', () => {
    const findings = classificationRuleChecks(dataset);
    expect(findings).toEqual([
      {
        code: 'collective-cannot-be-excellent',
        year: 2024,
        subjectType: 'organization',
        subject: 'CB02',
        rating: 'excellent',
        reason: 'the organisation itself was disciplined (reprimand) on 2024-12-31',
        regulation: 'QĐ 366-QĐ/TW (30/8/2025), Điều 11',
      },
      {
        code: 'collective-cannot-be-excellent',
        year: 2025,
        subjectType: 'organization',
        subject: 'CB01',
        rating: 'excellent',
        reason: 'the organisation itself was disciplined (reprimand) on 2025-05-10',
        regulation: 'QĐ 366-QĐ/TW (30/8/2025), Điều 11',
      },
      {
        code: 'collective-cannot-be-excellent',
        year: 2025,
        subjectType: 'organization',
        subject: 'CB03',
        rating: 'excellent',
        reason: 'leadership member DV0001 (secretary) was disciplined (reprimand) on 2025-10-15',
        regulation: 'QĐ 366-QĐ/TW (30/8/2025), Điều 11',
      },
      {
        code: 'collective-cannot-be-excellent',
        year: 2025,
        subjectType: 'organization',
        subject: 'DB01',
        rating: 'excellent',
        reason: 'subordinate organisation CB01 was disciplined (reprimand) on 2025-05-10',
        regulation: 'QĐ 366-QĐ/TW (30/8/2025), Điều 11',
      },
      {
        code: 'disciplined-member-rating',
        year: 2025,
        subjectType: 'member',
        subject: 'DV0001',
        rating: 'fulfilled',
        reason:
          'disciplined in 2025 (reprimand on 2025-10-15); the policy allows at most not-fulfilled',
        regulation: 'QĐ 366-QĐ/TW (30/8/2025), Điều 11; project policy disciplinedMemberMaxRating',
      },
      {
        code: 'member-not-to-be-rated',
        year: 2025,
        subjectType: 'member',
        subject: 'DV0004',
        rating: 'good',
        reason: 'exempted from party work and activities',
        regulation: 'QĐ 366-QĐ/TW (30/8/2025), Điều 5.2',
      },
      {
        code: 'member-not-to-be-rated',
        year: 2025,
        subjectType: 'member',
        subject: 'DV0006',
        rating: 'good',
        reason: 'admitted on 2025-07-01, less than 6 months before 2025-12-31',
        regulation: 'QĐ 366-QĐ/TW (30/8/2025), Điều 5.2',
      },
    ]);
    expect(ClassificationRuleChecks.parse(findings)).toEqual(findings);
  });

  it('lets the policy for disciplined members be relaxed', () => {
    const codes = classificationRuleChecks(dataset, {
      disciplinedMemberMaxRating: 'fulfilled',
    }).map((f) => f.code);
    expect(codes).not.toContain('disciplined-member-rating');
    const strict = classificationRuleChecks(
      buildDataset({
        inspections: [disciplined({ subjectType: 'member', subject: 'DV0001' })],
        classifications: [memberRating(2025, 'DV0001', 'good')],
      }),
      { disciplinedMemberMaxRating: 'fulfilled' },
    );
    expect(strict.map((f) => [f.code, f.reason])).toEqual([
      [
        'disciplined-member-rating',
        'disciplined in 2025 (reprimand on 2025-10-15); the policy allows at most fulfilled',
      ],
    ]);
  });

  it('lists every cause of one collective in one finding, its own discipline first', () => {
    const findings = classificationRuleChecks(
      buildDataset({
        organizations: [org('DB01'), org('CB01', 'DB01'), org('CB02', 'DB01')],
        positions: [buildPosition({ memberId: 'DV0001', role: 'deputy-secretary', org: 'DB01' })],
        inspections: [
          disciplined({ date: '2025-02-01', subject: 'CB02', discipline: 'warning' }),
          disciplined({ date: '2025-03-01', subject: 'CB01' }),
          disciplined({ date: '2025-04-01', subjectType: 'member', subject: 'DV0001' }),
          disciplined({ date: '2025-05-01', subject: 'DB01' }),
        ],
        classifications: [orgRating(2025, 'DB01', 'excellent'), orgRating(2025, 'CB01', 'good')],
      }),
    );
    expect(findings.map((f) => f.reason)).toEqual([
      [
        'the organisation itself was disciplined (reprimand) on 2025-05-01',
        'subordinate organisation CB01 was disciplined (reprimand) on 2025-03-01',
        'subordinate organisation CB02 was disciplined (warning) on 2025-02-01',
        'leadership member DV0001 (deputy-secretary) was disciplined (reprimand) on 2025-04-01',
      ].join('; '),
    ]);
  });

  it('finds nothing in a clean dataset or an empty one', () => {
    expect(classificationRuleChecks(buildDataset())).toEqual([]);
    expect(
      classificationRuleChecks(
        buildDataset({ classifications: [], inspections: [], positions: [], members: [] }),
      ),
    ).toEqual([]);
  });
});

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const dayArb = fc
  .integer({ min: 0, max: 1100 })
  .map((offset) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
const orgCodes = ['DB01', 'CB01', 'CB02', 'CB03'] as const;
const memberIds = ['DV0001', 'DV0002', 'DV0003', 'DV0004'] as const;

const inspectionArb: fc.Arbitrary<Inspection> = fc
  .record({
    date: dayArb,
    member: fc.boolean(),
    org: pick(orgCodes),
    id: pick(memberIds),
    discipline: fc.option(pick(['reprimand', 'warning', 'dissolution', 'expulsion'] as const), {
      nil: undefined,
    }),
  })
  .map(({ date, member, org: code, id, discipline }) =>
    buildInspection({
      date,
      subjectType: member ? 'member' : 'organization',
      subject: member ? id : code,
      finding: 'violation',
      ...(discipline === undefined ? {} : { discipline }),
    }),
  );
const positionArb: fc.Arbitrary<Position> = fc
  .record({
    id: pick(memberIds),
    org: pick(orgCodes),
    role: pick(['secretary', 'deputy-secretary', 'committee-member', 'other'] as const),
    since: fc.option(dayArb, { nil: undefined }),
  })
  .map(({ id, org: code, role, since }) =>
    buildPosition({ memberId: id, org: code, role, ...(since === undefined ? {} : { since }) }),
  );
const classificationArb: fc.Arbitrary<Classification> = fc
  .record({
    year: fc.integer({ min: 2024, max: 2026 }),
    member: fc.boolean(),
    org: pick(orgCodes),
    id: pick([...memberIds, 'DV9999']),
    rating: pick(Ratings.codes),
  })
  .map(({ year, member, org: code, id, rating }) =>
    member ? memberRating(year, id, rating) : orgRating(year, code, rating),
  );
const permuted = <T>(arb: fc.Arbitrary<T>) => withShuffled(fc.array(arb, { maxLength: 25 }));

describe('classificationRuleChecks properties', () => {
  const members = [
    buildMember({ id: 'DV0001' }),
    buildMember({ id: 'DV0002', exempt: true }),
    buildMember({ id: 'DV0003', admittedOn: '2025-08-01', officialOn: undefined }),
    buildMember({ id: 'DV0004', admittedOn: '2024-09-15', officialOn: '2025-09-15' }),
  ];
  const organizations = [org('DB01'), org('CB01', 'DB01'), org('CB02', 'DB01'), org('CB03')];

  test.prop([permuted(inspectionArb), permuted(positionArb), permuted(classificationArb)])(
    'findings are sorted, well-formed and independent of record order',
    ([inspections, inspections2], [positions, positions2], [classifications, classifications2]) => {
      const findings = classificationRuleChecks({
        organizations,
        members,
        inspections,
        positions,
        classifications,
      });
      for (const finding of findings) {
        expect(finding.rating).not.toBe('unrated');
        if (finding.code === 'collective-cannot-be-excellent') {
          expect(finding.rating).toBe('excellent');
          expect(finding.subjectType).toBe('organization');
        } else expect(finding.subjectType).toBe('member');
      }
      const keys = findings.map((f) => [f.year, ClassificationRules.codes.indexOf(f.code)]);
      expect(keys).toEqual(
        [...keys].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0)),
      );
      expect(findings.length).toBeLessThanOrEqual(2 * classifications.length);
      expect(
        classificationRuleChecks({
          organizations: [...organizations].reverse(),
          members: [...members].reverse(),
          inspections: inspections2,
          positions: positions2,
          classifications: classifications2,
        }),
      ).toEqual(findings);
    },
  );
});
