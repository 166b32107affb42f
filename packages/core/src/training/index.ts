/**
 * Training and political-theory courses (đào tạo, bồi dưỡng).
 *
 * @packageDocumentation
 */
export { CourseKinds, TrainingResults } from './codes';
export { CourseKind, TrainingAttendance, TrainingResult } from './trainingAttendance';
