/**
 * `@org/party-core`: types, validation and pure computations for the party
 * committees of Vietnamese wards and communes (Đảng ủy phường, xã).
 *
 * Every domain is also reachable on its own subpath
 * (`@org/party-core/member`, `@org/party-core/validation`, …).
 *
 * @packageDocumentation
 */

export {
  PlanningEntry,
  PlanningTerm,
} from './cadre-planning/index';
export {
  Classification,
  Rating,
  Ratings,
} from './classification/index';
export { type CodeLabel, type CodeList, defineCodeList } from './common/codeList';
export {
  addMonths,
  type CalendarDate,
  compareCalendarDates,
  completedMonths,
  daysInMonth,
  formatIsoDate,
  fromDate,
  IsoDate,
  isBareYear,
  PartialDate,
  parseCalendarDate,
  toCalendarDate,
  toDate,
  YEAR_RANGE,
} from './common/dates';
export { Code, Text } from './common/fields';
export { formatCount, formatDateVi, formatDocumentDate, formatPercent } from './common/format';
export { percentages, percentOf } from './common/percent';
export { labelKey, normalizeText } from './common/text';
export {
  COLLECTION_FILES,
  COLLECTION_NAMES,
  type CollectionFile,
  type CollectionName,
  DATA_CONTRACT_VERSION,
  DATASET_COLLECTIONS,
  Dataset,
  datasetJsonSchema,
  FIELD_CODE_LISTS,
  FIELD_HEADERS,
  type FieldHeaderMap,
  type RecordInput,
} from './dataset/index';
export {
  ERROR_CODES,
  type ErrorCode,
  InvalidArgumentError,
  InvalidDatasetError,
  PartyError,
  UnreadableInputError,
} from './errors';
export {
  DisciplineForm,
  DisciplineForms,
  Finding,
  Findings,
  Inspection,
  InspectionMode,
  InspectionModes,
  MEMBER_DISCIPLINE_FORMS,
  ORGANIZATION_DISCIPLINE_FORMS,
  SubjectType,
  SubjectTypes,
} from './inspection/index';
export {
  AdmissionTarget,
  ageInYears,
  completedYears,
  Gender,
  Genders,
  GeneralEducation,
  GeneralEducationLevels,
  isLeavingMovement,
  LEAVING_MOVEMENT_TYPES,
  Member,
  Movement,
  MovementType,
  MovementTypes,
  Occupation,
  Occupations,
  PoliticalTheoryLevel,
  PoliticalTheoryLevels,
  Position,
  PositionRole,
  PositionRoles,
  ProfessionalLevel,
  ProfessionalLevels,
  Religion,
  Religions,
  Retirement,
  retirement,
} from './member/index';
export {
  Organization,
  OrganizationCategories,
  OrganizationCategory,
  OrganizationKind,
  OrganizationKinds,
  Ward,
} from './organization/index';
export {
  AdmissionAgeRule,
  AgeInYearsMonths,
  DisciplineLimitationRule,
  defaultRules,
  ExcellentCapRule,
  latestRule,
  PartyBadgeRule,
  PlanningRule,
  ProbationRule,
  RetirementAgeRule,
  RuleConfidence,
  RuleSet,
  RuleVersionBase,
  selectRule,
} from './rules/index';
export {
  CourseKind,
  CourseKinds,
  TrainingAttendance,
  TrainingResult,
  TrainingResults,
} from './training/index';
export {
  createIssue,
  ISSUE_MESSAGES,
  IssueCode,
  IssueLocation,
  type IssueMessage,
  IssueSeverity,
  LocalizedMessage,
  type MessageParams,
  RecordKind,
  type ValidateOptions,
  ValidationIssue,
  type ValidationResult,
  validateDataset,
} from './validation/index';
