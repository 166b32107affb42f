/**
 * Cadre planning (quy hoạch cán bộ).
 *
 * @packageDocumentation
 */
export { PlanningEntry, PlanningTerm } from './planningEntry';
