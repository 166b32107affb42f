import { z } from 'zod';
import { IsoDate } from '../common/dates';
import { Code, Text } from '../common/fieldSchemas';
import { CourseKinds, TrainingResults } from './codes';

/** Kind of course (loại lớp). */
export const CourseKind = CourseKinds.schema;
/** Kind of course (loại lớp). */
export type CourseKind = z.infer<typeof CourseKind>;
/** Result of an attendee (kết quả). */
export const TrainingResult = TrainingResults.schema;
/** Result of an attendee (kết quả). */
export type TrainingResult = z.infer<typeof TrainingResult>;

/**
 * One member's attendance at a course (bồi dưỡng, đào tạo), one row per
 * attendee. Data contract §1.7, file `boi-duong`.
 *
 * @see QĐ 350-QĐ/TW (29/8/2025)
 */
export const TrainingAttendance = z
  .object({
    /** Course code (mã lớp). */
    courseId: Code,
    /** Course name (tên lớp). */
    courseName: Text.optional(),
    /** Course kind (loại lớp). */
    courseKind: CourseKind,
    /** First day (từ ngày). */
    from: IsoDate.optional(),
    /** Last day (đến ngày). */
    to: IsoDate.optional(),
    /** The attendee (mã đảng viên). */
    memberId: Code,
    /** Result (kết quả). */
    result: TrainingResult.default('in-progress'),
  })
  .meta({
    title: 'TrainingAttendance',
    description: 'Training attendance (bồi dưỡng), contract file boi-duong.',
  });
/** One member's attendance at a course (bồi dưỡng). */
export type TrainingAttendance = z.infer<typeof TrainingAttendance>;
