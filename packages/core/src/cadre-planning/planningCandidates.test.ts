import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { permutation } from '../../test/arbitraries';
import { plannedEntry } from '../../test/planningFixtures';
import type { PlanningEntry } from '../cadre-planning/planningEntry';
import { buildDataset, buildMember, buildPlanningEntry } from '../testing/builders';
import { offRosterKey } from './_internal/offRosterKey';
import { planningCandidates } from './planningCandidates';

const offRoster = {
  memberId: undefined,
  fullName: 'Phạm Thị Dung',
  birthDate: '1985-09-01',
  gender: 'female',
} as const;

describe('planningCandidates', () => {
  it('takes birth date, gender and ethnicity from the roster', () => {
    const dataset = buildDataset({
      members: [
        buildMember({ id: 'DV7', birthDate: '1992-01-10', gender: 'female', ethnicity: 'Tày' }),
      ],
      planning: [buildPlanningEntry({ memberId: 'DV7', position: 'Phó bí thư' })],
    });
    expect(planningCandidates(dataset)).toEqual({
      entries: 1,
      candidates: [
        {
          term: '2025-2030',
          position: 'Phó bí thư',
          candidate: 'DV7',
          source: 'roster',
          birthDate: '1992-01-10',
          gender: 'female',
          ethnicity: 'minority',
        },
      ],
      unresolved: 0,
      duplicates: 0,
    });
  });

  it('reads Kinh however it is written', () => {
    const dataset = buildDataset({
      members: [
        buildMember({ id: 'A', ethnicity: ' KINH ' }),
        buildMember({ id: 'B', ethnicity: 'Mường' }),
      ],
      planning: [buildPlanningEntry({ memberId: 'A' }), buildPlanningEntry({ memberId: 'B' })],
    });
    expect(planningCandidates(dataset).candidates.map((c) => c.ethnicity)).toEqual([
      'kinh',
      'minority',
    ]);
  });

  it('resolves an off-roster candidate from the entry, keyed without the name', () => {
    const dataset = buildDataset({ planning: [buildPlanningEntry(offRoster)] });
    const [candidate] = planningCandidates(dataset).candidates;
    expect(candidate).toMatchObject({
      source: 'off-roster',
      birthDate: '1985-09-01',
      gender: 'female',
      ethnicity: 'unknown',
    });
    expect(candidate?.candidate).toMatch(/^off-roster:[0-9a-f]{16}$/);
    expect(JSON.stringify(candidate)).not.toContain('Dung');
  });

  it('keys an off-roster candidate by name, birth date and gender only', () => {
    expect(offRosterKey('Phạm  Thị Dung', '1985-09-01', 'female')).toBe(
      offRosterKey('phạm thị dung', '1985-09-01', 'female'),
    );
    expect(offRosterKey('Phạm Thị Dung', '1985-09-01', 'female')).not.toBe(
      offRosterKey('Phạm Thị Dung', '1985-09-02', 'female'),
    );
    expect(offRosterKey('Phạm Thị Dung', '1985-09-01', 'female')).not.toBe(
      offRosterKey('Phạm Thị Dũng', '1985-09-01', 'female'),
    );
  });

  it('treats an unknown member id with full details as off-roster', () => {
    const dataset = buildDataset({
      planning: [buildPlanningEntry({ ...offRoster, memberId: 'DV9999' })],
    });
    const result = planningCandidates(dataset);
    expect(result.candidates[0]?.candidate).toBe(
      offRosterKey('Phạm Thị Dung', '1985-09-01', 'female'),
    );
    expect(result.unresolved).toBe(0);
  });

  it('skips and counts entries it cannot resolve, and counts repeats once', () => {
    const dataset = buildDataset({
      planning: [
        buildPlanningEntry({ memberId: 'DV9999' }),
        buildPlanningEntry({ memberId: undefined, fullName: 'Ngô Văn Em' }),
        buildPlanningEntry({ memberId: undefined, fullName: 'Ngô Văn Em', birthDate: '1980' }),
        buildPlanningEntry(),
        buildPlanningEntry(),
        buildPlanningEntry({ term: '2025 - 2030' }),
        buildPlanningEntry({ position: 'Phó bí thư' }),
      ],
    });
    const result = planningCandidates(dataset);
    expect(result).toMatchObject({ entries: 7, unresolved: 3, duplicates: 2 });
    expect(result.candidates.map((c) => `${c.term} ${c.position} ${c.candidate}`)).toEqual([
      '2025-2030 Bí thư chi bộ DV0001',
      '2025-2030 Phó bí thư DV0001',
    ]);
  });

  it('handles empty inputs', () => {
    expect(planningCandidates({ members: [], planning: [] })).toEqual({
      entries: 0,
      candidates: [],
      unresolved: 0,
      duplicates: 0,
    });
  });

  const members = [
    buildMember({ id: 'A', gender: 'female', ethnicity: 'Tày' }),
    buildMember({ id: 'B', birthDate: '1966' }),
    buildMember({ id: 'C', ethnicity: 'Kinh' }),
  ];
  const entryArb: fc.Arbitrary<PlanningEntry> = fc
    .record({
      term: fc.constantFrom('2025-2030', '2030-2035', '2030 - 2035'),
      position: fc.constantFrom('Bí thư', 'Phó bí thư', 'Chủ tịch UBND'),
      who: fc.constantFrom('A', 'B', 'C', 'Z', 'off1', 'off2', 'bad'),
    })
    .map(({ term, position, who }) =>
      who === 'bad'
        ? { term, position, fullName: 'Vũ Văn Long' }
        : plannedEntry(term, position, who),
    );
  const shuffled = fc
    .array(entryArb, { maxLength: 25 })
    .chain((entries) =>
      fc.tuple(
        fc.constant(entries),
        permutation(entries),
        fc.shuffledSubarray(members, { minLength: 3, maxLength: 3 }),
      ),
    );

  test.prop([shuffled])(
    'accounts for every entry and does not depend on record order',
    ([entries, reordered, roster]) => {
      const result = planningCandidates({ members, planning: entries });
      expect(result.candidates.length + result.unresolved + result.duplicates).toBe(entries.length);
      expect(planningCandidates({ members: roster, planning: reordered })).toEqual(result);
      const unresolved = entries.filter((e) => e.memberId === 'Z' || (e.fullName && !e.birthDate));
      expect(result.unresolved).toBe(unresolved.length);
    },
  );
});
