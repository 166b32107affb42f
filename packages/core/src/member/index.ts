/**
 * Party members (đảng viên), their movements (biến động), the positions they
 * hold (chức vụ) and admission targets (chỉ tiêu kết nạp).
 *
 * @packageDocumentation
 */
export { AdmissionTarget } from './admissionTarget';
export { ageInYears, completedYears } from './age';
export {
  AgeBands,
  EthnicityGroups,
  Genders,
  GeneralEducationLevels,
  MovementTypes,
  Occupations,
  PoliticalTheoryLevels,
  PositionRoles,
  ProfessionalLevels,
  Religions,
} from './codes';
export {
  Gender,
  GeneralEducation,
  Member,
  Occupation,
  PoliticalTheoryLevel,
  ProfessionalLevel,
  Religion,
} from './member';
export { AGE_BANDS, type AgeBand, MemberStats, memberStats } from './memberStats';
export { isLeavingMovement, LEAVING_MOVEMENT_TYPES, Movement, MovementType } from './movement';
export {
  AdmissionTargetResult,
  MovementCounts,
  type MovementHistory,
  type MovementPlaces,
  MovementStats,
  movementStats,
  UNASSIGNED,
} from './movementStats';
export { partyAge, partyAgeMonths } from './partyAge';
export { badgesDue, nextPartyBadge, PartyBadge, partyBadgeFor } from './partyBadge';
export { Position, PositionRole } from './position';
export { PositionStats, positionStats } from './positionStats';
export { dueForRecognition, Probation, probation } from './probation';
export { Retirement, retirement } from './retirement';
export { RetirementDue, retirementsDue } from './retirementsDue';
