import type { Dataset } from '../dataset/dataset';
import type { Member } from '../member/member';
import { isLeavingMovement, type Movement } from '../member/movement';
import type { MovementHistory, MovementPlaces } from '../member/movementStats';
import { datasetOn, movementsByMember } from './datasetOn';
import { memberTimeline, organizationOn } from './memberTimeline';

/** The day before an ISO date (ngày liền trước). */
export function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * What the movement figures of `[from, asOf]` need from a ward's history
 * (data contract §4.2): each organisation's members on the day before `from`,
 * the organisations that existed at some time from that day to `asOf`, and
 * where each movement counts: a member joins the organisation they attend on
 * its date and leaves the one they attended the day before; an internal
 * transfer leaves its origin and joins its destination.
 *
 * @example
 * movementStats(datasetOn(dataset, asOf), window, { history: movementHistory(dataset, window) })
 */
export function movementHistory(
  dataset: Dataset,
  window: { from: string; asOf: string },
): MovementHistory {
  const before = dayBefore(window.from);
  const opening = datasetOn(dataset, before);
  const openingByOrganization: Record<string, number> = Object.create(null);
  for (const member of opening.members) {
    openingByOrganization[member.org] = (openingByOrganization[member.org] ?? 0) + 1;
  }
  const organizations = dataset.organizations
    .filter(
      (org) =>
        (org.foundedOn === undefined || org.foundedOn <= window.asOf) &&
        (org.dissolvedOn === undefined || org.dissolvedOn > before),
    )
    .map((org) => org.code);
  const grouped = movementsByMember(dataset.movements);
  const members = new Map<string, Member>();
  for (const member of dataset.members) members.set(member.id, member);
  const placesOf = (movement: Movement): MovementPlaces => {
    const member = members.get(movement.memberId);
    if (member === undefined) {
      return isLeavingMovement(movement.type) ? { out: movement.org } : { in: movement.org };
    }
    const timeline = memberTimeline(member, grouped.get(member.id) ?? []);
    const then = (date: string) => organizationOn(member, timeline, date);
    if (movement.type === 'internal-transfer') {
      return { out: then(dayBefore(movement.date)), in: movement.org ?? then(movement.date) };
    }
    return isLeavingMovement(movement.type)
      ? { out: then(dayBefore(movement.date)) }
      : { in: then(movement.date) };
  };
  return { openingByOrganization, openingTotal: opening.members.length, organizations, placesOf };
}
