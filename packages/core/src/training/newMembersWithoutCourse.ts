import { z } from 'zod';
import { compareText } from '../_internal/compare';
import { Count } from '../_internal/counts';
import { addMonths, formatIsoDate, IsoDate, toCalendarDate } from '../common/dates';
import type { Dataset } from '../dataset/dataset';
import { defaultRules } from '../rules/defaultRules';
import type { ProbationRule } from '../rules/schema';
import { selectRule } from '../rules/selectRule';

/**
 * Members admitted within the probation period before the reference date who
 * have not completed the course for new members (đảng viên mới chưa hoàn thành
 * lớp bồi dưỡng lý luận chính trị cho đảng viên mới).
 *
 * @see Điều lệ Đảng 2011, Điều 5 (12 months of probation); data contract §1.7
 * @example
 * const result: NewMembersWithoutCourse = newMembersWithoutCourse(dataset, '2026-03-01');
 * result.memberIds // ['DV0412', 'DV0977']
 */
export const NewMembersWithoutCourse = z.object({
  /** The reference date (ngày số liệu), ISO: the last admission day counted. */
  asOf: IsoDate,
  /** The day before the first admission day counted: `asOf` minus the probation months, ISO. */
  admittedAfter: IsoDate,
  /** New members on the roster: admitted after `admittedAfter`, on or before `asOf`. */
  newMembers: Count,
  /** How many of them have not completed the course (số đảng viên mới chưa học). */
  count: Count,
  /** Their ids (mã đảng viên), sorted by code units. */
  memberIds: z.array(z.string()),
});
/** New members who have not completed the course for new members. */
export type NewMembersWithoutCourse = z.infer<typeof NewMembersWithoutCourse>;

/**
 * The roster members admitted in the probation period up to `asOf` (after
 * `asOf` minus 12 months, on or before `asOf`) who have no attendance row of
 * kind `new-member` with result `completed` (bồi dưỡng lý luận chính trị cho
 * đảng viên mới). A member admitted exactly 12 months before `asOf` is no longer
 * new; one admitted a day later is. A month that lacks the day ends the window
 * on its last day (12 months before 2024-02-29 is 2023-02-28).
 *
 * The length of the window is the probation period of `rule` (12 months in
 * Điều lệ Đảng, Điều 5), since new members take the course while on probation.
 * It counts from the admission decision (`admittedOn`), as the roster has no
 * ceremony date. A completed row counts whatever its dates. One pass over
 * `training`, then one over `members`.
 *
 * @param dataset - The parsed dataset; `members` and `training` are read.
 * @param asOf - The reference date, ISO `yyyy-mm-dd`.
 * @param rule - The probation rule; by default the version in force on `asOf`.
 * @see Điều lệ Đảng 2011, Điều 5; `defaultRules.probation`; data contract §1.7 (`Bồi dưỡng đảng viên mới`)
 * @example
 * newMembersWithoutCourse(dataset, '2026-03-01')
 * // { asOf: '2026-03-01', admittedAfter: '2025-03-01', newMembers: 31, count: 2,
 * //   memberIds: ['DV0412', 'DV0977'] }
 */
export function newMembersWithoutCourse(
  dataset: Pick<Dataset, 'members' | 'training'>,
  asOf: string,
  rule: ProbationRule = selectRule(defaultRules.probation, asOf),
): NewMembersWithoutCourse {
  const admittedAfter = formatIsoDate(addMonths(toCalendarDate(asOf), -rule.months));
  const completed = new Set<string>();
  for (const row of dataset.training) {
    if (row.courseKind === 'new-member' && row.result === 'completed') completed.add(row.memberId);
  }
  const newMembers = new Set<string>();
  const without = new Set<string>();
  for (const member of dataset.members) {
    // Parsed ISO dates (yyyy-mm-dd) order the same as text.
    if (member.admittedOn <= admittedAfter || member.admittedOn > asOf) continue;
    newMembers.add(member.id);
    if (!completed.has(member.id)) without.add(member.id);
  }
  const memberIds = [...without].sort(compareText);
  return { asOf, admittedAfter, newMembers: newMembers.size, count: memberIds.length, memberIds };
}
