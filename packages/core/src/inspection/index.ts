/**
 * Inspection, supervision and discipline (kiểm tra, giám sát, kỷ luật đảng).
 *
 * @packageDocumentation
 */
export { DisciplineForms, Findings, InspectionModes, SubjectTypes } from './codes';
export {
  DisciplineLimitation,
  disciplineLimitation,
  LimitationPeriod,
  PendingCase,
  PendingCases,
  pendingCases,
} from './disciplineLimitation';
export {
  DisciplineForm,
  Finding,
  Inspection,
  InspectionMode,
  MEMBER_DISCIPLINE_FORMS,
  ORGANIZATION_DISCIPLINE_FORMS,
  SubjectType,
} from './inspection';
export { InspectionStats, InspectionSubjectCounts, inspectionStats } from './inspectionStats';
