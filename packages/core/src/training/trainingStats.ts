import { z } from 'zod';
import { addToSet, Count, zeroCounts } from '../_internal/counts';
import { IsoDate } from '../common/dates';
import type { Dataset } from '../dataset/dataset';
import { CourseKinds, TrainingResults } from './codes';
import { CourseKind, type TrainingAttendance, TrainingResult } from './trainingAttendance';

/**
 * Training figures over a period (số liệu đào tạo, bồi dưỡng): attendance rows
 * (lượt người tham gia) by course kind and by result, distinct members and
 * distinct courses by kind. Every breakdown lists every code, zero included, in
 * the order of {@link CourseKinds} and {@link TrainingResults}.
 *
 * @see QĐ 350-QĐ/TW (29/8/2025); data contract §1.7 (file `boi-duong`)
 * @example
 * const stats: TrainingStats = trainingStats(dataset, { from: '2025-07-01', asOf: '2026-03-01' });
 * stats.attendees['key-leaders'] // 5 (lượt người)
 */
export const TrainingStats = z.object({
  /** First day of the period (từ ngày), ISO. */
  from: IsoDate,
  /** Last day of the period, the reference date (đến ngày), ISO. */
  asOf: IsoDate,
  /** Attendance rows in the period, all kinds together (tổng lượt người). */
  total: Count,
  /** Distinct members with at least one row in the period (số người). */
  members: Count,
  /** Attendance rows by course kind (lượt người theo loại lớp). */
  attendees: z.record(CourseKind, Count),
  /** Attendance rows by course kind, then by result (kết quả); each sums to `attendees`. */
  byResult: z.record(CourseKind, z.record(TrainingResult, Count)),
  /** Distinct members by course kind: two courses of one kind count once (số người). */
  distinctMembers: z.record(CourseKind, Count),
  /** Distinct courses (`courseId`) by course kind (số lớp). */
  courses: z.record(CourseKind, Count),
  /**
   * Attendees of political-theory training (bồi dưỡng lý luận chính trị):
   * `attendees['theory-elementary']`, where the data contract maps both
   * "Sơ cấp lý luận chính trị" and "Bồi dưỡng lý luận chính trị".
   */
  theoryTotal: Count,
});
/** Training figures over a period (số liệu đào tạo, bồi dưỡng). */
export type TrainingStats = z.infer<typeof TrainingStats>;

/** Whether a course overlaps the period: it has not ended before `from` nor starts after `asOf`. */
function overlaps(row: TrainingAttendance, from: string, asOf: string): boolean {
  // Parsed ISO dates (yyyy-mm-dd) order the same as text.
  return (row.to === undefined || row.to >= from) && (row.from === undefined || row.from <= asOf);
}

/**
 * Counts the training attendance (đào tạo, bồi dưỡng) of the courses that
 * overlap the period from `from` to `asOf`, both days included. A row counts
 * when its course has not ended before the period (`to` absent or on or after
 * `from`) and has not started after it (`from` absent or on or before `asOf`):
 * a course with no dates always counts, and a course running across either end
 * of the period counts.
 *
 * `attendees` counts rows (lượt người), as ward reports do ("05 đồng chí tham
 * gia lớp …"); `distinctMembers` counts each member once per kind. A course is
 * identified by its kind and `courseId`, so a code reused for a course of
 * another kind counts once in each kind. Rows are not checked against the
 * roster: members who have since left still count. A period where `from` is
 * after `asOf` gives only the courses without dates that lie in both.
 *
 * @param dataset - The parsed dataset; only `training` is read.
 * @param period - `from`, the first day, and `asOf`, the last day (ISO `yyyy-mm-dd`).
 * @returns Counts by course kind and result; single pass, independent of row order.
 * @see QĐ 350-QĐ/TW (29/8/2025); data contract §1.7 (file `boi-duong`)
 * @example
 * const stats = trainingStats(dataset, { from: '2025-07-01', asOf: '2026-03-01' });
 * stats.attendees['key-leaders'] // 5
 * stats.byResult['key-leaders'].completed // 5
 * stats.theoryTotal // 51 (bồi dưỡng lý luận chính trị)
 */
export function trainingStats(
  dataset: Pick<Dataset, 'training'>,
  period: { from: string; asOf: string },
): TrainingStats {
  const { from, asOf } = period;
  const attendees = zeroCounts(CourseKinds.codes);
  const byResult = {} as Record<CourseKind, Record<TrainingResult, number>>;
  for (const kind of CourseKinds.codes) byResult[kind] = zeroCounts(TrainingResults.codes);
  const membersByKind = new Map<CourseKind, Set<string>>();
  const coursesByKind = new Map<CourseKind, Set<string>>();
  const members = new Set<string>();
  let total = 0;

  for (const row of dataset.training) {
    if (!overlaps(row, from, asOf)) continue;
    const kind = row.courseKind;
    total += 1;
    attendees[kind] += 1;
    byResult[kind][row.result] += 1;
    members.add(row.memberId);
    addToSet(membersByKind, kind, row.memberId);
    addToSet(coursesByKind, kind, row.courseId);
  }

  const distinctMembers = zeroCounts(CourseKinds.codes);
  const courses = zeroCounts(CourseKinds.codes);
  for (const kind of CourseKinds.codes) {
    distinctMembers[kind] = membersByKind.get(kind)?.size ?? 0;
    courses[kind] = coursesByKind.get(kind)?.size ?? 0;
  }
  return {
    from,
    asOf,
    total,
    members: members.size,
    attendees,
    byResult,
    distinctMembers,
    courses,
    theoryTotal: attendees['theory-elementary'],
  };
}
