import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { permutation } from '../../test/arbitraries';
import type { Member } from '../member/member';
import { defaultRules } from '../rules/defaultRules';
import { latestRule } from '../rules/selectRule';
import { buildDataset, buildMember, buildTrainingAttendance } from '../testing/builders';
import { TrainingResults } from './codes';
import { NewMembersWithoutCourse, newMembersWithoutCourse } from './newMembersWithoutCourse';
import type { TrainingAttendance } from './trainingAttendance';

const AS_OF = '2026-03-01';
const newMemberCourse = (memberId: string, result: TrainingAttendance['result']) =>
  buildTrainingAttendance({ courseId: 'M1', courseKind: 'new-member', memberId, result });
const admitted = (id: string, admittedOn: string) =>
  buildMember({ id, admittedOn, officialOn: undefined });

describe('newMembersWithoutCourse', () => {
  const members = [
    // Exactly 12 months before asOf: no longer new.
    admitted('DV20', '2025-03-01'),
    // A day later: new, no course.
    admitted('DV09', '2025-03-02'),
    // Admitted on asOf, course completed.
    admitted('DV01', '2026-03-01'),
    // Admitted after asOf: not counted.
    admitted('DV02', '2026-03-02'),
    // New, course still running.
    admitted('DV07', '2025-10-01'),
    // New, only an elementary theory course completed.
    admitted('DV05', '2025-11-01'),
    // New, failed once then completed in another course.
    admitted('DV03', '2025-12-01'),
    // Long-standing member with no course.
    buildMember({ id: 'DV30', admittedOn: '2005-03-26' }),
  ];
  const training = [
    newMemberCourse('DV01', 'completed'),
    newMemberCourse('DV07', 'in-progress'),
    buildTrainingAttendance({ memberId: 'DV05', courseKind: 'theory-elementary' }),
    newMemberCourse('DV03', 'not-completed'),
    buildTrainingAttendance({
      courseId: 'M2',
      courseKind: 'new-member',
      memberId: 'DV03',
      result: 'completed',
    }),
    // A completed course of someone admitted exactly 12 months before changes nothing.
    newMemberCourse('DV20', 'completed'),
  ];

  it('lists the members admitted in the 12 months up to asOf without a completed course', () => {
    expect(newMembersWithoutCourse(buildDataset({ members, training }), AS_OF)).toEqual({
      asOf: '2026-03-01',
      admittedAfter: '2025-03-01',
      newMembers: 5,
      count: 3,
      memberIds: ['DV05', 'DV07', 'DV09'],
    });
  });

  it('ends the window on the last day of a shorter month', () => {
    const dataset = buildDataset({
      members: [admitted('A', '2023-02-28'), admitted('B', '2023-03-01')],
      training: [],
    });
    expect(newMembersWithoutCourse(dataset, '2024-02-29')).toMatchObject({
      admittedAfter: '2023-02-28',
      newMembers: 1,
      memberIds: ['B'],
    });
  });

  it('takes the window from the probation rule, which a caller may override', () => {
    const dataset = buildDataset({ members, training });
    const sixMonths = { ...latestRule(defaultRules.probation), months: 6 };
    expect(newMembersWithoutCourse(dataset, AS_OF, sixMonths)).toEqual({
      asOf: '2026-03-01',
      admittedAfter: '2025-09-01',
      newMembers: 4,
      count: 2,
      memberIds: ['DV05', 'DV07'],
    });
  });

  it('returns what its schema accepts', () => {
    const result = newMembersWithoutCourse(buildDataset({ members, training }), AS_OF);
    expect(NewMembersWithoutCourse.parse(result)).toEqual(result);
  });

  it('gives nothing for an empty roster', () => {
    expect(newMembersWithoutCourse({ members: [], training: [] }, AS_OF)).toEqual({
      asOf: AS_OF,
      admittedAfter: '2025-03-01',
      newMembers: 0,
      count: 0,
      memberIds: [],
    });
  });
});

const ADMISSIONS = [
  '2025-02-28',
  '2025-03-01',
  '2025-03-02',
  '2025-09-15',
  '2026-03-01',
  '2026-03-02',
];
const IDS = ['DV1', 'DV2', 'DV3', 'DV4', 'DV5', 'DV6'];
const inputArb = fc
  .record({
    admissions: fc.uniqueArray(
      fc.record({ id: fc.constantFrom(...IDS), admittedOn: fc.constantFrom(...ADMISSIONS) }),
      { selector: (m) => m.id, maxLength: IDS.length },
    ),
    training: fc.array(
      fc.record({
        memberId: fc.constantFrom(...IDS),
        courseKind: fc.constantFrom('new-member', 'theory-elementary' as const),
        result: fc.constantFrom(...TrainingResults.codes),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ admissions, training }) => ({
    members: admissions.map((m): Member => admitted(m.id, m.admittedOn)),
    training: training.map((t) => buildTrainingAttendance(t)),
  }));

describe('newMembersWithoutCourse properties', () => {
  test.prop([inputArb])(
    'lists sorted, distinct new members, each without a completed new-member course',
    (dataset) => {
      const result = newMembersWithoutCourse(dataset, AS_OF);
      expect(result.count).toBe(result.memberIds.length);
      expect(result.count).toBeLessThanOrEqual(result.newMembers);
      expect([...result.memberIds].sort()).toEqual(result.memberIds);
      expect(new Set(result.memberIds).size).toBe(result.count);
      for (const id of result.memberIds) {
        const member = dataset.members.find((m) => m.id === id);
        expect(member && member.admittedOn > '2025-03-01' && member.admittedOn <= AS_OF).toBe(true);
        const done = dataset.training.some(
          (t) => t.memberId === id && t.courseKind === 'new-member' && t.result === 'completed',
        );
        expect(done).toBe(false);
      }
    },
  );

  test.prop([
    inputArb.chain((dataset) =>
      fc.tuple(fc.constant(dataset), permutation(dataset.members), permutation(dataset.training)),
    ),
  ])('does not depend on record order', ([dataset, members, training]) => {
    expect(newMembersWithoutCourse({ members, training }, AS_OF)).toEqual(
      newMembersWithoutCourse(dataset, AS_OF),
    );
  });
});
