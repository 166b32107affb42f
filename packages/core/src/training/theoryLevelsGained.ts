import { z } from 'zod';
import { addToSet, Count, zeroCounts } from '../_internal/counts';
import { IsoDate } from '../common/dates';
import type { Dataset } from '../dataset/dataset';
import { PoliticalTheoryLevels } from '../member/codes';
import type { PoliticalTheoryLevel } from '../member/member';
import type { CourseKind } from './trainingAttendance';

/** The level a completed political-theory course gives (trình độ lý luận chính trị đạt được). */
const LEVEL_OF_COURSE = {
  'theory-elementary': 'elementary',
  'theory-intermediate': 'intermediate',
  'theory-advanced': 'advanced',
} as const satisfies Partial<Record<CourseKind, PoliticalTheoryLevel>>;

type GainedLevel = (typeof LEVEL_OF_COURSE)[keyof typeof LEVEL_OF_COURSE];

const gainedValues = new Set<PoliticalTheoryLevel>(Object.values(LEVEL_OF_COURSE));
/** The levels a course can give, in the order of {@link PoliticalTheoryLevels}. */
const GAINED_LEVELS = PoliticalTheoryLevels.codes.filter((level) =>
  gainedValues.has(level),
) as GainedLevel[];
const GainedLevel = z.enum(GAINED_LEVELS as [GainedLevel, ...GainedLevel[]]);

/**
 * Political-theory levels gained over a period (trình độ lý luận chính trị đạt
 * được): completed courses by level (`advanced`, `intermediate`, `elementary`,
 * in the order of {@link PoliticalTheoryLevels}) and the distinct members who
 * completed them.
 *
 * @see QĐ 350-QĐ/TW (29/8/2025); data contract §1.7 (file `boi-duong`)
 * @example
 * const gained: TheoryLevelsGained = theoryLevelsGained(dataset, { from: '2025-07-01', asOf: '2026-03-01' });
 * gained.completions.intermediate // 6
 */
export const TheoryLevelsGained = z.object({
  /** First day of the period (từ ngày), ISO. */
  from: IsoDate,
  /** Last day of the period, the reference date (đến ngày), ISO. */
  asOf: IsoDate,
  /** Completed courses ending in the period, by level (lượt hoàn thành). */
  completions: z.record(GainedLevel, Count),
  /** Distinct members completing a course of each level (số người). */
  members: z.record(GainedLevel, Count),
  /** Completed courses, all levels together; the sum of `completions`. */
  totalCompletions: Count,
  /** Distinct members completing any political-theory course in the period. */
  totalMembers: Count,
});
/** Political-theory levels gained over a period. */
export type TheoryLevelsGained = z.infer<typeof TheoryLevelsGained>;

/**
 * Counts the political-theory courses (lý luận chính trị) completed in the
 * period from `from` to `asOf`, both days included: rows of kind
 * `theory-elementary` (sơ cấp, including "Bồi dưỡng lý luận chính trị"),
 * `theory-intermediate` (trung cấp) or `theory-advanced` (cao cấp) with result
 * `completed` and a last day (`to`) in the period. A row with no `to` is not
 * counted, since when it ended is unknown. Rows are not checked against the
 * roster, and the roster's `politicalTheory` is not read: this counts
 * completions, not the levels members hold now.
 *
 * @param dataset - The parsed dataset; only `training` is read.
 * @param period - `from`, the first day, and `asOf`, the last day (ISO `yyyy-mm-dd`).
 * @returns Completions and distinct members by level; single pass, independent of row order.
 * @see QĐ 350-QĐ/TW (29/8/2025); data contract §1.7 (file `boi-duong`)
 * @example
 * theoryLevelsGained(dataset, { from: '2025-07-01', asOf: '2026-03-01' })
 * // { from: '2025-07-01', asOf: '2026-03-01',
 * //   completions: { advanced: 0, intermediate: 6, elementary: 51 },
 * //   members: { advanced: 0, intermediate: 6, elementary: 51 },
 * //   totalCompletions: 57, totalMembers: 57 }
 */
export function theoryLevelsGained(
  dataset: Pick<Dataset, 'training'>,
  period: { from: string; asOf: string },
): TheoryLevelsGained {
  const { from, asOf } = period;
  const completions = zeroCounts(GAINED_LEVELS);
  const membersByLevel = new Map<GainedLevel, Set<string>>();
  const all = new Set<string>();
  let totalCompletions = 0;
  for (const row of dataset.training) {
    if (row.result !== 'completed' || row.to === undefined) continue;
    // Parsed ISO dates (yyyy-mm-dd) order the same as text.
    if (row.to < from || row.to > asOf) continue;
    const level = levelOf(row.courseKind);
    if (level === undefined) continue;
    completions[level] += 1;
    totalCompletions += 1;
    addToSet(membersByLevel, level, row.memberId);
    all.add(row.memberId);
  }
  const members = zeroCounts(GAINED_LEVELS);
  for (const level of GAINED_LEVELS) members[level] = membersByLevel.get(level)?.size ?? 0;
  return { from, asOf, completions, members, totalCompletions, totalMembers: all.size };
}

/** The level a course kind gives, or `undefined` for a course that is not political theory. */
function levelOf(kind: CourseKind): GainedLevel | undefined {
  return Object.hasOwn(LEVEL_OF_COURSE, kind)
    ? LEVEL_OF_COURSE[kind as keyof typeof LEVEL_OF_COURSE]
    : undefined;
}
