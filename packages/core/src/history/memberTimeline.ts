import type { Member } from '../member/member';
import { isLeavingMovement, type Movement } from '../member/movement';

/**
 * A stretch of time a member belongs to the ward's party committee
 * (khoảng thời gian sinh hoạt): from `start` (included) to `end`
 * (excluded: a member who left on a day does not belong on that day), or
 * open when `end` is absent.
 */
export interface MembershipInterval {
  readonly start: string;
  readonly end?: string;
}

/** A member's history: when they belonged, and the internal transfers that moved them, in date order. */
export interface MemberTimeline {
  readonly intervals: readonly MembershipInterval[];
  readonly transfers: readonly Movement[];
}

/** Order of movements on one day: joining, then moving inside the ward, then leaving. */
function rank(movement: Movement): number {
  if (movement.type === 'internal-transfer') return 1;
  return isLeavingMovement(movement.type) ? 2 : 0;
}

function byDate(a: Movement, b: Movement): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : rank(a) - rank(b);
}

/**
 * Builds a member's timeline from their movements (data contract §4.2): an
 * interval begins with an admission or a transfer in, the first one at the
 * admission date (`admittedOn`) when no such movement comes before the first
 * leaving; it ends on the date of a leaving movement, or on `leftOn`. The
 * movements may come in any order and may include other members' (ignored).
 *
 * @example
 * memberTimeline(member, movementsOf.get(member.id) ?? [])
 * // { intervals: [{ start: '2019-05-19', end: '2026-01-08' }], transfers: [] }
 */
export function memberTimeline(member: Member, movements: readonly Movement[]): MemberTimeline {
  const own = movements.filter((movement) => movement.memberId === member.id).sort(byDate);
  const transfers = own.filter((movement) => movement.type === 'internal-transfer');
  const changes = own.filter((movement) => movement.type !== 'internal-transfer');
  const firstLeave = changes.findIndex((movement) => isLeavingMovement(movement.type));
  const beforeLeave = firstLeave === -1 ? changes : changes.slice(0, firstLeave);
  const intervals: MembershipInterval[] = [];
  let open: string | undefined = beforeLeave.some((m) => !isLeavingMovement(m.type))
    ? undefined
    : member.admittedOn;
  for (const movement of changes) {
    if (!isLeavingMovement(movement.type)) {
      open ??= movement.date;
    } else if (open !== undefined) {
      if (movement.date > open) intervals.push({ start: open, end: movement.date });
      open = undefined;
    }
  }
  if (open !== undefined) {
    if (member.leftOn === undefined) intervals.push({ start: open });
    else if (member.leftOn > open) intervals.push({ start: open, end: member.leftOn });
  }
  return { intervals, transfers };
}

/** Whether the member belongs on `date` (an ISO date). */
export function belongsOn(timeline: MemberTimeline, date: string): boolean {
  return timeline.intervals.some(
    (interval) => interval.start <= date && (interval.end === undefined || date < interval.end),
  );
}

/**
 * The organisation a member attends on `date`: the destination of their last
 * internal transfer on or before it; before their first transfer, that
 * transfer's origin (`fromOrg`); with no transfer, the roster's `org`.
 */
export function organizationOn(member: Member, timeline: MemberTimeline, date: string): string {
  let org: string | undefined;
  for (const transfer of timeline.transfers) {
    if (transfer.date > date) break;
    org = transfer.org ?? org;
  }
  if (org !== undefined) return org;
  const first = timeline.transfers[0];
  return first !== undefined && first.date > date ? (first.fromOrg ?? member.org) : member.org;
}

/** Whether the member is exempt from party activities on `date`: `exempt` yes, or a date on or before it. */
export function exemptOn(member: Member, date: string): boolean {
  return typeof member.exempt === 'string' ? member.exempt <= date : member.exempt;
}
