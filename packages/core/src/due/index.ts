/**
 * What falls due in a window (việc đến hạn): probation ends and recognition
 * deadlines, party badges, retirements, discipline limitation periods, the
 * new-member course, cell sizes and congress terms, each with its rule and how its date was
 * computed.
 *
 * @packageDocumentation
 */
export { DueKinds } from './codes';
export {
  DUE_KINDS,
  DueComputation,
  DueItem,
  DueKind,
  DueList,
  DueRule,
  DueRuleName,
  DueStep,
  DueSubject,
} from './dueItem';
export { DueWindow, dueItems } from './dueItems';
