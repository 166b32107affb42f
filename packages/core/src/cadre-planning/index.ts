/**
 * Cadre planning (quy hoạch cán bộ).
 *
 * @packageDocumentation
 */
export {
  AgeReference,
  ageReferenceDate,
  DEFAULT_PLANNING_LEVEL,
  PlanningLevel,
} from './ageReferenceDate';
export { PlanningLevels } from './codes';
export {
  CandidateEthnicity,
  CandidateSource,
  PlanningCandidate,
  PlanningCandidates,
  planningCandidates,
} from './planningCandidates';
export { PlanningEntry, PlanningTerm } from './planningEntry';
export {
  DEFAULT_PLANNING_AGE_BANDS,
  DEFAULT_YOUNG_UNDER,
  PlanningAgeBands,
  PlanningCandidateStats,
  PlanningPostStats,
  PlanningStats,
  type PlanningStatsOptions,
  PlanningTermStats,
  planningStats,
} from './planningStats';
export {
  PlanningViolation,
  PlanningViolationCode,
  PlanningViolations,
  planningViolations,
} from './planningViolations';
