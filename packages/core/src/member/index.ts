/**
 * Party members (đảng viên), their movements (biến động), the positions they
 * hold (chức vụ) and admission targets (chỉ tiêu kết nạp).
 *
 * @packageDocumentation
 */
export { AdmissionTarget } from './admissionTarget';
export { ageInYears, completedYears } from './age';
export {
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
export { isLeavingMovement, LEAVING_MOVEMENT_TYPES, Movement, MovementType } from './movement';
export { Position, PositionRole } from './position';
export { Retirement, retirement } from './retirement';
