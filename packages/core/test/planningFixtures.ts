import type { fc as FastCheck } from '@fast-check/vitest';
import type { PlanningEntry } from '../src/cadre-planning/planningEntry';
import type { Dataset } from '../src/dataset/dataset';
import type { Member } from '../src/member/member';
import { buildDataset, buildMember, buildPlanningEntry } from '../src/testing/builders';

/**
 * Test fixture (not exported from the package): the 2030–2035 planning of a
 * ward, hand-computed in planningStats.test.ts and planningViolations.test.ts.
 * Reference date at commune level: 2030-07-01.
 * - DV1, man born 1970-03-15: 62 in 2032, retires 2032-03-31, 20 months.
 * - DV2, Tày woman born 1992-01-10: 38, retires 2052-01-31, 258 months; 4 posts.
 * - DV3, man born 1973-06-20: retires 2035-06-30, exactly 60 months of work left.
 * - DV4, man born 1973-05-20: retires 2035-05-31, 59 months.
 * - an off-roster woman born 1985-09-01: 44, retires 2045-09-30, 182 months.
 * `Bí thư` has 4 candidates. DV1 is also planned for 2025–2030 (80 months
 * from 2025-07-01). One entry repeats, one cannot be resolved.
 */
export function wardPlanning(): Dataset {
  const members: Member[] = [
    buildMember({ id: 'DV1', birthDate: '1970-03-15', gender: 'male' }),
    buildMember({ id: 'DV2', birthDate: '1992-01-10', gender: 'female', ethnicity: 'Tày' }),
    buildMember({ id: 'DV3', birthDate: '1973-06-20', gender: 'male' }),
    buildMember({ id: 'DV4', birthDate: '1973-05-20', gender: 'male' }),
    buildMember({ id: 'DV5', birthDate: '1960-01-01', gender: 'female' }),
  ];
  const next = (position: string, memberId?: string, extra: Partial<PlanningEntry> = {}) =>
    buildPlanningEntry({ term: '2030-2035', position, memberId, ...extra });
  return buildDataset({
    members,
    planning: [
      next('Bí thư', 'DV1'),
      next('Bí thư', 'DV2'),
      next('Bí thư', 'DV3'),
      next('Bí thư', 'DV4'),
      next('Bí thư', 'DV1'),
      next('Phó bí thư', 'DV2'),
      next('Phó bí thư', undefined, {
        fullName: 'Phạm Thị Dung',
        birthDate: '1985-09-01',
        gender: 'female',
      }),
      next('Chủ tịch UBND', 'DV2'),
      next('Chủ tịch HĐND', 'DV2'),
      next('Chủ tịch HĐND', 'DV9999'),
      buildPlanningEntry({ term: '2025-2030', position: 'Bí thư chi bộ', memberId: 'DV1' }),
    ],
  });
}

/**
 * A planning entry of a random test: `who` is a member id, or `off1` or
 * `off2`, two people off the roster (one born on 29 February, one with only
 * a birth year).
 */
export function plannedEntry(term: string, position: string, who: string): PlanningEntry {
  if (who === 'off1') {
    return { term, position, fullName: 'Đỗ Thị Hoa', birthDate: '1988-02-29', gender: 'female' };
  }
  if (who === 'off2') {
    return { term, position, fullName: 'Vũ Văn Long', birthDate: '1979', gender: 'male' };
  }
  return { term, position, memberId: who };
}

/**
 * An arbitrary of a random planning dataset and the same records in another
 * order. Takes fast-check as a parameter so that this module, which ships
 * with the sources, has no runtime import of a development dependency.
 */
export const shuffledPlanning = (fc: typeof FastCheck) =>
  fc
    .record({
      members: fc.uniqueArray(
        fc.record({
          id: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'),
          year: fc.integer({ min: 1960, max: 2002 }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 28 }),
          gender: fc.constantFrom('male', 'female' as const),
          ethnicity: fc.constantFrom('Kinh', 'Tày', 'Mường'),
        }),
        { selector: (m) => m.id, maxLength: 6 },
      ),
      entries: fc.array(
        fc.record({
          term: fc.constantFrom('2025-2030', '2030-2035'),
          position: fc.constantFrom(
            'Bí thư',
            'Phó bí thư',
            'Chủ tịch UBND',
            'Chủ tịch HĐND',
            'UBKT',
          ),
          who: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'off1', 'off2'),
        }),
        { maxLength: 40 },
      ),
    })
    .chain(({ members, entries }) => {
      const roster = members.map((m) =>
        buildMember({
          id: m.id,
          birthDate: `${m.year}-${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}`,
          gender: m.gender,
          ethnicity: m.ethnicity,
        }),
      );
      const planning = entries.map(({ term, position, who }) => plannedEntry(term, position, who));
      const all = <T>(items: T[]) =>
        fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });
      return fc.tuple(
        fc.constant<Dataset>(buildDataset({ members: roster, planning })),
        fc
          .tuple(all(roster), all(planning))
          .map(([m, p]) => buildDataset({ members: m, planning: p })),
      );
    });
