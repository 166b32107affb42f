/**
 * A ward's history (lịch sử đảng bộ, data contract §4): who belonged, where,
 * on any date the data covers, reconstructed from the roster, the former
 * members and the movements.
 *
 * @packageDocumentation
 */
export { datasetOn, memberOn, movementsByMember, organizationExistsOn } from './datasetOn';
export {
  belongsOn,
  exemptOn,
  type MembershipInterval,
  type MemberTimeline,
  memberTimeline,
  organizationOn,
} from './memberTimeline';
export { dayBefore, movementHistory } from './movementHistory';
