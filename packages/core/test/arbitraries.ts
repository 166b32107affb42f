import { fc } from '@fast-check/vitest';
import { addMonths, type CalendarDate, formatIsoDate } from '../src/common/dates';
import type { Dataset } from '../src/dataset/dataset';
import { DisciplineForms, Findings, InspectionModes } from '../src/inspection/codes';
import {
  Genders,
  GeneralEducationLevels,
  Occupations,
  PoliticalTheoryLevels,
  ProfessionalLevels,
  Religions,
} from '../src/member/codes';
import type { Member } from '../src/member/member';
import { OrganizationCategories } from '../src/organization/codes';
import type { Organization } from '../src/organization/organization';
import { CourseKinds } from '../src/training/codes';

/** Reference date of every generated dataset. */
export const AS_OF = '2026-03-01';

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

const calendarDate = (from: CalendarDate, days: number) =>
  fc.integer({ min: 0, max: days }).map((offset) => {
    const date = new Date(Date.UTC(from.year, from.month - 1, from.day + offset));
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: Math.min(date.getUTCDate(), 28),
    };
  });

/** A member valid on {@link AS_OF}: admitted at 18–60, official after 12–15 months or still on probation. */
const memberArb = (id: string, org: string, probationary: boolean): fc.Arbitrary<Member> =>
  fc
    .record({
      admitted: probationary
        ? calendarDate({ year: 2025, month: 3, day: 5 }, 350)
        : calendarDate({ year: 1975, month: 1, day: 1 }, 18_200),
      ageMonths: fc.integer({ min: 216, max: 720 }),
      probationMonths: fc.integer({ min: 12, max: 15 }),
      gender: pick(Genders.codes),
      ethnicity: pick(['Kinh', 'Kinh', 'Tày', 'Mường']),
      religion: pick(Religions.codes),
      generalEducation: pick(GeneralEducationLevels.codes),
      professional: pick(ProfessionalLevels.codes),
      politicalTheory: pick(PoliticalTheoryLevels.codes),
      occupation: pick(Occupations.codes),
      exempt: fc.boolean(),
      workingAway: fc.boolean(),
    })
    .map((m) => {
      const official = addMonths(m.admitted, m.probationMonths);
      const officialOn = formatIsoDate(official) <= AS_OF ? formatIsoDate(official) : undefined;
      return {
        id,
        fullName: 'Hoàng Thị Mai',
        birthDate: formatIsoDate(addMonths(m.admitted, -m.ageMonths)),
        gender: m.gender,
        ethnicity: m.ethnicity,
        religion: m.religion,
        admittedOn: formatIsoDate(m.admitted),
        ...(probationary || officialOn === undefined ? {} : { officialOn }),
        org,
        generalEducation: m.generalEducation,
        professional: m.professional,
        politicalTheory: m.politicalTheory,
        occupation: m.occupation,
        exempt: m.exempt,
        workingAway: m.workingAway,
      } as Member;
    });

/** A cell: its organisation record and 4–6 official members plus 0–2 on probation. */
const cellArb = (code: string, parent: string | undefined) =>
  fc
    .record({
      kind: parent
        ? fc.constant('subordinate-cell' as const)
        : pick(['grassroots-cell', 'subordinate-cell'] as const),
      category: pick(OrganizationCategories.codes),
      official: fc.integer({ min: 4, max: 6 }),
      probationary: fc.integer({ min: 0, max: 2 }),
      eHandbook: fc.boolean(),
    })
    .chain((cell) =>
      fc
        .tuple(
          ...Array.from({ length: cell.official }, (_, n) =>
            memberArb(`${code}-${n}`, code, false),
          ),
          ...Array.from({ length: cell.probationary }, (_, n) =>
            memberArb(`${code}-P${n}`, code, true),
          ),
        )
        .map((members) => ({
          organization: {
            code,
            name: `Chi bộ ${code}`,
            kind: cell.kind,
            ...(parent ? { parent } : {}),
            category: cell.category,
            eHandbook: cell.eHandbook,
          } as Organization,
          members: members.filter((m) => m.officialOn !== undefined || m.id.includes('-P')),
        })),
    );

/**
 * A ward dataset that is valid in every respect on {@link AS_OF}: the
 * validation must return no issue at all for it.
 */
export const validDatasetArb: fc.Arbitrary<Dataset> = fc
  .record({ cells: fc.integer({ min: 1, max: 4 }), committeeCells: fc.integer({ min: 0, max: 2 }) })
  .chain(({ cells, committeeCells }) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: cells }, (_, i) => cellArb(`C${i}`, undefined))),
      committeeCells === 0
        ? fc.constant([])
        : fc.tuple(...Array.from({ length: committeeCells }, (_, i) => cellArb(`D1C${i}`, 'D1'))),
      fc.integer({ min: 0, max: 4 }),
      fc.array(pick(InspectionModes.codes), { maxLength: 4 }),
      fc.array(pick(CourseKinds.codes), { maxLength: 4 }),
      pick(Findings.codes),
      pick(DisciplineForms.codes.filter((d) => d !== 'dismissal' && d !== 'expulsion')),
    ),
  )
  .map(([cells, committeeCells, formerCount, modes, courses, finding, discipline]) => {
    const all = [...cells, ...committeeCells];
    const organizations: Organization[] = [
      ...(committeeCells.length > 0
        ? [
            {
              code: 'D1',
              name: 'Đảng bộ D1',
              kind: 'grassroots-committee',
              category: 'public-service',
              eHandbook: true,
            } as Organization,
          ]
        : []),
      ...all.map((c) => c.organization),
    ];
    const members = all.flatMap((c) => c.members);
    const first = members[0] as Member;
    const formers = Array.from({ length: formerCount }, (_, n) => `F${n}`);
    return {
      version: 1,
      asOf: AS_OF,
      ward: {
        name: 'Đảng bộ phường Thử',
        committee: 'Đảng ủy phường Thử',
        population: 12000,
        areaKm2: 9.5,
      },
      organizations,
      members,
      movements: [
        ...members.slice(0, 3).map((m) => ({
          date: '2025-09-02',
          type: 'transferred-in' as const,
          memberId: m.id,
          org: m.org,
        })),
        ...formers.flatMap((memberId) => [
          { date: '2025-07-10', type: 'admitted' as const, memberId },
          { date: '2025-12-10', type: 'transferred-out' as const, memberId },
        ]),
      ],
      positions: all.map((c) => ({
        memberId: (c.members[0] as Member).id,
        role: 'secretary' as const,
        org: c.organization.code,
      })),
      inspections: modes.map((mode, i) => ({
        date: '2025-11-01',
        mode,
        subjectType: 'organization' as const,
        subject: (all[i % all.length] as (typeof all)[number]).organization.code,
        finding,
        ...(finding === 'violation' ? { discipline } : {}),
      })),
      training: courses.map((courseKind, i) => ({
        courseId: `L${i}`,
        courseKind,
        memberId: first.id,
        result: 'completed' as const,
      })),
      planning: members
        .slice(0, 3)
        .map((m, i) => ({ term: '2025-2030', position: `Chức danh ${i % 2}`, memberId: m.id })),
      classifications: members.map((m) => ({
        year: 2025,
        subjectType: 'member' as const,
        subject: m.id,
        rating: 'good' as const,
      })),
      admissionTargets: [{ from: '2025-07-01', to: '2026-06-30', admissionTarget: 5 }],
    } satisfies Dataset;
  });

/** A permutation of `items`: the same elements, in any order. */
export function permutation<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
}

/** Lists from `lists`, each with a permutation of itself (`[items, shuffled]`), to check that a result does not depend on order. */
export function withShuffled<T>(lists: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> {
  return lists.chain((items) => fc.tuple(fc.constant(items), permutation(items)));
}
