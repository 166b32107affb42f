/**
 * Rules the Party revises, kept as dated versions with their regulation
 * (quy định), chosen by date.
 *
 * @packageDocumentation
 */
export { defaultRules } from './defaultRules';
export {
  AdmissionAgeRule,
  AgeInYearsMonths,
  CellSizeRule,
  CitedDocument,
  CongressTermRule,
  DisciplineFormsRule,
  DisciplineLimitationRule,
  ExcellentCapRule,
  HolidaysRule,
  PartyBadgeRule,
  PlanningRule,
  ProbationRule,
  RatingScopeRule,
  RetirementAgeRule,
  RuleConfidence,
  RuleSet,
  RuleVersionBase,
} from './schema';
export { latestRule, selectRule } from './selectRule';
