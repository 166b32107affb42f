import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { withShuffled } from '../../test/arbitraries';
import { buildDataset, buildTrainingAttendance } from '../testing/builders';
import { CourseKinds, TrainingResults } from './codes';
import type { CourseKind, TrainingAttendance } from './trainingAttendance';
import { TrainingStats, trainingStats } from './trainingStats';

const PERIOD = { from: '2025-07-01', asOf: '2026-03-01' };

/** Every course kind at zero, with the given counts. */
function byKind(counts: Partial<Record<CourseKind, number>>): Record<CourseKind, number> {
  return Object.fromEntries(CourseKinds.codes.map((kind) => [kind, counts[kind] ?? 0])) as Record<
    CourseKind,
    number
  >;
}

const noResults = { completed: 0, 'not-completed': 0, 'in-progress': 0 };

describe('trainingStats (QĐ 350-QĐ/TW)', () => {
  const rows: TrainingAttendance[] = [
    // Ends exactly on `from`: counted.
    buildTrainingAttendance({
      courseId: 'L1',
      courseKind: 'key-leaders',
      from: '2025-06-01',
      to: '2025-07-01',
      memberId: 'DV1',
      result: 'completed',
    }),
    buildTrainingAttendance({
      courseId: 'L1',
      courseKind: 'key-leaders',
      from: '2025-06-01',
      to: '2025-07-01',
      memberId: 'DV2',
      result: 'not-completed',
    }),
    // DV1 again, in a second course of the same kind.
    buildTrainingAttendance({
      courseId: 'L2',
      courseKind: 'key-leaders',
      from: '2025-09-01',
      to: '2025-09-05',
      memberId: 'DV1',
      result: 'completed',
    }),
    // Ends the day before `from`: not counted.
    buildTrainingAttendance({
      courseId: 'L0',
      courseKind: 'key-leaders',
      from: '2025-06-01',
      to: '2025-06-30',
      memberId: 'DV3',
    }),
    // Starts exactly on `asOf`, still running: counted.
    buildTrainingAttendance({
      courseId: 'L3',
      courseKind: 'theory-elementary',
      from: '2026-03-01',
      to: undefined,
      memberId: 'DV2',
      result: 'in-progress',
    }),
    // Starts the day after `asOf`: not counted.
    buildTrainingAttendance({
      courseId: 'L4',
      courseKind: 'theory-elementary',
      from: '2026-03-02',
      to: undefined,
      memberId: 'DV3',
    }),
    // No dates at all: counted.
    buildTrainingAttendance({
      courseId: 'L5',
      courseKind: 'theory-intermediate',
      from: undefined,
      to: undefined,
      memberId: 'DV3',
      result: 'in-progress',
    }),
    // Started before the period, no first day, ended inside it: counted.
    buildTrainingAttendance({
      courseId: 'L6',
      courseKind: 'new-member',
      from: undefined,
      to: '2025-12-01',
      memberId: 'DV4',
      result: 'completed',
    }),
  ];

  it('counts rows, results, distinct members and courses of the courses overlapping the period', () => {
    const stats = trainingStats(buildDataset({ training: rows }), PERIOD);
    expect(stats).toEqual({
      from: '2025-07-01',
      asOf: '2026-03-01',
      total: 6,
      members: 4,
      attendees: byKind({
        'key-leaders': 3,
        'theory-elementary': 1,
        'theory-intermediate': 1,
        'new-member': 1,
      }),
      byResult: {
        'key-leaders': { completed: 2, 'not-completed': 1, 'in-progress': 0 },
        'department-leaders': noResults,
        'party-agency-leaders': noResults,
        'front-leaders': noResults,
        'theory-elementary': { completed: 0, 'not-completed': 0, 'in-progress': 1 },
        'theory-intermediate': { completed: 0, 'not-completed': 0, 'in-progress': 1 },
        'theory-advanced': noResults,
        'new-member': { completed: 1, 'not-completed': 0, 'in-progress': 0 },
        'party-awareness': noResults,
        other: noResults,
      },
      distinctMembers: byKind({
        'key-leaders': 2,
        'theory-elementary': 1,
        'theory-intermediate': 1,
        'new-member': 1,
      }),
      courses: byKind({
        'key-leaders': 2,
        'theory-elementary': 1,
        'theory-intermediate': 1,
        'new-member': 1,
      }),
      theoryTotal: 1,
    });
  });

  it('lists every course kind and result in code-list order', () => {
    const stats = trainingStats(buildDataset({ training: rows }), PERIOD);
    expect(Object.keys(stats.attendees)).toEqual([...CourseKinds.codes]);
    expect(Object.keys(stats.distinctMembers)).toEqual([...CourseKinds.codes]);
    expect(Object.keys(stats.courses)).toEqual([...CourseKinds.codes]);
    expect(Object.keys(stats.byResult)).toEqual([...CourseKinds.codes]);
    expect(Object.keys(stats.byResult['key-leaders'])).toEqual([...TrainingResults.codes]);
  });

  it('reproduces the seed report: 05, 11, 07, 11 in leadership courses, 51 in theory, 06 intermediate', () => {
    const make = (kind: CourseKind, count: number, courseId: string) =>
      Array.from({ length: count }, (_, i) =>
        buildTrainingAttendance({ courseId, courseKind: kind, memberId: `${courseId}-${i}` }),
      );
    const training = [
      ...make('key-leaders', 5, 'A'),
      ...make('department-leaders', 11, 'B'),
      ...make('party-agency-leaders', 7, 'C'),
      ...make('front-leaders', 11, 'D'),
      ...make('theory-elementary', 30, 'E'),
      ...make('theory-elementary', 21, 'F'),
      ...make('theory-intermediate', 6, 'G'),
    ];
    const stats = trainingStats({ training }, PERIOD);
    expect(stats.attendees).toEqual(
      byKind({
        'key-leaders': 5,
        'department-leaders': 11,
        'party-agency-leaders': 7,
        'front-leaders': 11,
        'theory-elementary': 51,
        'theory-intermediate': 6,
      }),
    );
    expect(stats.theoryTotal).toBe(51);
    expect(stats.courses['theory-elementary']).toBe(2);
    expect(stats.total).toBe(91);
  });

  it('counts a course code reused for another kind once in each kind', () => {
    const stats = trainingStats(
      {
        training: [
          buildTrainingAttendance({ courseId: 'X', courseKind: 'key-leaders', memberId: 'DV1' }),
          buildTrainingAttendance({ courseId: 'X', courseKind: 'other', memberId: 'DV1' }),
        ],
      },
      PERIOD,
    );
    expect(stats.courses).toEqual(byKind({ 'key-leaders': 1, other: 1 }));
    expect(stats.distinctMembers).toEqual(byKind({ 'key-leaders': 1, other: 1 }));
    expect(stats.members).toBe(1);
  });

  it('returns what its schema accepts, and the schema needs every kind', () => {
    const stats = trainingStats(buildDataset({ training: rows }), PERIOD);
    expect(TrainingStats.parse(stats)).toEqual(stats);
    const { other: _, ...partial } = stats.attendees;
    expect(TrainingStats.safeParse({ ...stats, attendees: partial }).success).toBe(false);
  });

  it('gives zeros for no training', () => {
    const stats = trainingStats({ training: [] }, PERIOD);
    expect(stats.total).toBe(0);
    expect(stats.members).toBe(0);
    expect(stats.theoryTotal).toBe(0);
    expect(stats.attendees).toEqual(byKind({}));
    expect(stats.courses).toEqual(byKind({}));
    expect(stats.byResult.other).toEqual(noResults);
  });
});

const DATES = ['2025-06-30', '2025-07-01', '2025-12-01', '2026-03-01', '2026-03-02'];
const rowArb: fc.Arbitrary<TrainingAttendance> = fc.record({
  courseId: fc.constantFrom('L1', 'L2', 'L3'),
  courseKind: fc.constantFrom(...CourseKinds.codes),
  from: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
  to: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
  memberId: fc.constantFrom('DV1', 'DV2', 'DV3', 'DV4'),
  result: fc.constantFrom(...TrainingResults.codes),
});
const shuffledRows = withShuffled(fc.array(rowArb, { maxLength: 40 }));

describe('trainingStats properties', () => {
  test.prop([fc.array(rowArb, { maxLength: 40 })])(
    'result counts sum to attendees, attendees to the total; distinct counts never exceed rows',
    (training) => {
      const stats = trainingStats({ training }, PERIOD);
      let sum = 0;
      for (const kind of CourseKinds.codes) {
        const results = Object.values(stats.byResult[kind]).reduce((a, b) => a + b, 0);
        expect(results).toBe(stats.attendees[kind]);
        expect(stats.distinctMembers[kind]).toBeLessThanOrEqual(stats.attendees[kind]);
        expect(stats.courses[kind]).toBeLessThanOrEqual(stats.attendees[kind]);
        sum += stats.attendees[kind];
      }
      expect(sum).toBe(stats.total);
      expect(stats.members).toBeLessThanOrEqual(stats.total);
    },
  );

  test.prop([fc.array(rowArb, { maxLength: 40 })])(
    'counts exactly the rows whose course overlaps the period',
    (training) => {
      const overlapping = training.filter(
        (row) =>
          !(row.to !== undefined && row.to < PERIOD.from) &&
          !(row.from !== undefined && row.from > PERIOD.asOf),
      );
      expect(trainingStats({ training }, PERIOD).total).toBe(overlapping.length);
    },
  );

  test.prop([shuffledRows])('does not depend on row order', ([rows, shuffled]) => {
    expect(trainingStats({ training: shuffled }, PERIOD)).toEqual(
      trainingStats({ training: rows }, PERIOD),
    );
  });
});
