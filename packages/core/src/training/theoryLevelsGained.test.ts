import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { withShuffled } from '../../test/arbitraries';
import { buildDataset, buildTrainingAttendance } from '../testing/builders';
import { CourseKinds, TrainingResults } from './codes';
import { TheoryLevelsGained, theoryLevelsGained } from './theoryLevelsGained';
import type { TrainingAttendance } from './trainingAttendance';

const PERIOD = { from: '2025-07-01', asOf: '2026-03-01' };
const done = (
  memberId: string,
  courseKind: TrainingAttendance['courseKind'],
  to: string | undefined,
  result: TrainingAttendance['result'] = 'completed',
) => buildTrainingAttendance({ memberId, courseKind, from: undefined, to, result });

describe('theoryLevelsGained', () => {
  const training = [
    // Ends exactly on `from`: counted.
    done('DV1', 'theory-elementary', '2025-07-01'),
    // Same member, same level again: two completions, one member.
    done('DV1', 'theory-elementary', '2025-08-01'),
    // Ends exactly on `asOf`: counted.
    done('DV2', 'theory-intermediate', '2026-03-01'),
    // DV2 also gains elementary: counted at both levels, once in totalMembers.
    done('DV2', 'theory-elementary', '2025-08-01'),
    // The day after `asOf` and the day before `from`: not counted.
    done('DV3', 'theory-advanced', '2026-03-02'),
    done('DV3', 'theory-advanced', '2025-06-30'),
    // Not completed, or no last day: not counted.
    done('DV4', 'theory-intermediate', '2025-09-01', 'not-completed'),
    done('DV4', 'theory-intermediate', '2025-09-01', 'in-progress'),
    done('DV5', 'theory-advanced', undefined),
    // Not a political-theory course: not counted.
    done('DV2', 'key-leaders', '2025-09-01'),
    done('DV7', 'new-member', '2025-09-01'),
    done('DV6', 'theory-advanced', '2025-10-01'),
  ];

  it('counts completed theory courses ending in the period by level, and distinct members', () => {
    expect(theoryLevelsGained(buildDataset({ training }), PERIOD)).toEqual({
      from: '2025-07-01',
      asOf: '2026-03-01',
      completions: { advanced: 1, intermediate: 1, elementary: 3 },
      members: { advanced: 1, intermediate: 1, elementary: 2 },
      totalCompletions: 5,
      totalMembers: 3,
    });
  });

  it('lists the levels in the order of the political-theory code list', () => {
    const gained = theoryLevelsGained({ training }, PERIOD);
    expect(Object.keys(gained.completions)).toEqual(['advanced', 'intermediate', 'elementary']);
    expect(Object.keys(gained.members)).toEqual(['advanced', 'intermediate', 'elementary']);
  });

  it('returns what its schema accepts', () => {
    const gained = theoryLevelsGained({ training }, PERIOD);
    expect(TheoryLevelsGained.parse(gained)).toEqual(gained);
    const { advanced: _, ...partial } = gained.completions;
    expect(TheoryLevelsGained.safeParse({ ...gained, completions: partial }).success).toBe(false);
  });

  it('gives zeros for no training', () => {
    expect(theoryLevelsGained({ training: [] }, PERIOD)).toEqual({
      ...PERIOD,
      completions: { advanced: 0, intermediate: 0, elementary: 0 },
      members: { advanced: 0, intermediate: 0, elementary: 0 },
      totalCompletions: 0,
      totalMembers: 0,
    });
  });
});

const DATES = ['2025-06-30', '2025-07-01', '2025-12-01', '2026-03-01', '2026-03-02'];
const rowArb: fc.Arbitrary<TrainingAttendance> = fc.record({
  courseId: fc.constantFrom('L1', 'L2'),
  courseKind: fc.constantFrom(...CourseKinds.codes),
  to: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
  memberId: fc.constantFrom('DV1', 'DV2', 'DV3', 'DV4'),
  result: fc.constantFrom(...TrainingResults.codes),
});

describe('theoryLevelsGained properties', () => {
  test.prop([fc.array(rowArb, { maxLength: 40 })])(
    'completions sum to the total; distinct members never exceed completions',
    (training) => {
      const gained = theoryLevelsGained({ training }, PERIOD);
      const completions = Object.values(gained.completions).reduce((a, b) => a + b, 0);
      const members = Object.values(gained.members).reduce((a, b) => a + b, 0);
      expect(completions).toBe(gained.totalCompletions);
      expect(members).toBeLessThanOrEqual(completions);
      expect(gained.totalMembers).toBeLessThanOrEqual(members);
      expect(gained.totalMembers).toBeGreaterThanOrEqual(
        Math.max(...Object.values(gained.members)),
      );
      const expected = training.filter(
        (row) =>
          row.courseKind.startsWith('theory-') &&
          row.result === 'completed' &&
          row.to !== undefined &&
          row.to >= PERIOD.from &&
          row.to <= PERIOD.asOf,
      ).length;
      expect(gained.totalCompletions).toBe(expected);
    },
  );

  test.prop([withShuffled(fc.array(rowArb, { maxLength: 40 }))])(
    'does not depend on row order',
    ([rows, shuffled]) => {
      expect(theoryLevelsGained({ training: shuffled }, PERIOD)).toEqual(
        theoryLevelsGained({ training: rows }, PERIOD),
      );
    },
  );
});
