/**
 * Training and political-theory courses (đào tạo, bồi dưỡng).
 *
 * @packageDocumentation
 */
export { CourseKinds, TrainingResults } from './codes';
export { NewMembersWithoutCourse, newMembersWithoutCourse } from './newMembersWithoutCourse';
export { TheoryLevelsGained, theoryLevelsGained } from './theoryLevelsGained';
export { CourseKind, TrainingAttendance, TrainingResult } from './trainingAttendance';
export { TrainingStats, trainingStats } from './trainingStats';
