/**
 * Test helpers for this package and for plugins: builders of valid records
 * and a console guard.
 *
 * @packageDocumentation
 */
export {
  buildAdmissionTarget,
  buildClassification,
  buildDataset,
  buildInspection,
  buildMember,
  buildMovement,
  buildOrganization,
  buildPlanningEntry,
  buildPosition,
  buildTrainingAttendance,
} from './builders';
export { classificationSampleDataset } from './classificationSample';
export { type ConsoleGuard, guardConsole } from './consoleGuard';
export { sampleReportModel } from './sampleReportModel';
