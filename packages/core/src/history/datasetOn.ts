import type { Dataset } from '../dataset/dataset';
import type { Member } from '../member/member';
import type { Movement } from '../member/movement';
import type { Organization } from '../organization/organization';
import { belongsOn, exemptOn, memberTimeline, organizationOn } from './memberTimeline';

/**
 * Whether an organisation exists on `date` (tổ chức còn hoạt động): founded
 * on or before it (or with no founding date), and not dissolved, merged or
 * moved away on or before it.
 */
export function organizationExistsOn(org: Organization, date: string): boolean {
  return (
    (org.foundedOn === undefined || org.foundedOn <= date) &&
    (org.dissolvedOn === undefined || org.dissolvedOn > date)
  );
}

/** Every member's movements, grouped once by member id. */
export function movementsByMember(movements: readonly Movement[]): Map<string, Movement[]> {
  const grouped = new Map<string, Movement[]>();
  for (const movement of movements) {
    const list = grouped.get(movement.memberId);
    if (list) list.push(movement);
    else grouped.set(movement.memberId, [movement]);
  }
  return grouped;
}

/**
 * A member as they stood on `date`, or undefined when they did not belong
 * then: their organisation on that date, `exempt` as a yes/no for that date,
 * no `leftOn`. The same object comes back when nothing differs, so a roster
 * without history costs no copies.
 */
export function memberOn(
  member: Member,
  movements: readonly Movement[] | undefined,
  date: string,
): Member | undefined {
  if (movements === undefined) {
    // No movement: one interval from the admission to `leftOn` (or open).
    if (member.admittedOn > date) return undefined;
    if (member.leftOn !== undefined && member.leftOn <= date) return undefined;
    if (member.leftOn === undefined && typeof member.exempt === 'boolean') return member;
    const { leftOn: _left, ...rest } = member;
    return { ...rest, exempt: exemptOn(member, date) };
  }
  const timeline = memberTimeline(member, movements);
  if (!belongsOn(timeline, date)) return undefined;
  const org = organizationOn(member, timeline, date);
  if (org === member.org && member.leftOn === undefined && typeof member.exempt === 'boolean') {
    return member;
  }
  const { leftOn: _left, ...rest } = member;
  return { ...rest, org, exempt: exemptOn(member, date) };
}

/**
 * The ward as it stood on `date` (đảng bộ tại một ngày), reconstructed from
 * the data by data contract §4.2: the members who belonged on that date, each
 * in the organisation they attended then, and the organisations that existed
 * then. The other records are kept whole: every computation filters them by
 * its own dates. Pure; one pass over the members and the movements.
 *
 * @example
 * datasetOn(dataset, '2025-12-31').members.length // 14
 */
export function datasetOn(dataset: Dataset, date: string): Dataset {
  const grouped = movementsByMember(dataset.movements);
  const members: Member[] = [];
  for (const member of dataset.members) {
    const then = memberOn(member, grouped.get(member.id), date);
    if (then !== undefined) members.push(then);
  }
  const organizations = dataset.organizations.filter((org) => organizationExistsOn(org, date));
  return { ...dataset, organizations, members };
}
