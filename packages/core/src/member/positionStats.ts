import { z } from 'zod';
import { addToSet, Count } from '../_internal/counts';
import { IsoDate } from '../common/dates';
import type { Dataset } from '../dataset/dataset';
import { heldOn } from './_internal/positions';
import { PositionRoles } from './codes';
import { PositionRole } from './position';

/** Positions of one kind of head, split by whether the holder is on the roster. */
const HeadsOnRoster = z.object({
  /** Positions held by a member on the roster (do đảng viên đảm nhiệm). */
  onRoster: Count,
  /** Positions whose `memberId` is not on the roster. */
  notOnRoster: Count,
});

/**
 * Positions held on the reference date (chức vụ, kiêm nhiệm): distinct holders
 * by role (in the order of {@link PositionRoles}, every role listed), members
 * holding two roles at once (kiêm nhiệm) by pair, and whether residential
 * group heads and Front work committee heads are on the roster.
 *
 * @see Data contract §1.5 (file `chuc-vu`); the policy of a cell secretary who is
 * also head of the residential group or of its Front work committee (chủ trương
 * bí thư chi bộ kiêm tổ trưởng tổ dân phố, trưởng ban công tác Mặt trận)
 * @example
 * const stats: PositionStats = positionStats(dataset, '2026-03-01');
 * stats.concurrent.secretaryAndFrontCommitteeHead // 8
 */
export const PositionStats = z.object({
  /** The reference date (ngày số liệu), ISO. */
  asOf: IsoDate,
  /** Positions in force (số chức vụ), one per row. */
  positions: Count,
  /** Distinct members holding at least one position in force (số người). */
  members: Count,
  /** Distinct members holding each role (số người giữ chức vụ). */
  byRole: z.record(PositionRole, Count),
  /** Distinct members holding two roles at once (kiêm nhiệm), by pair. */
  concurrent: z.object({
    /** Secretary and head of a residential group (bí thư kiêm tổ trưởng tổ dân phố). */
    secretaryAndResidentialGroupHead: Count,
    /** Secretary and head of a Front work committee (bí thư kiêm trưởng ban công tác Mặt trận). */
    secretaryAndFrontCommitteeHead: Count,
    /** Deputy secretary and head of a residential group (phó bí thư kiêm tổ trưởng). */
    deputySecretaryAndResidentialGroupHead: Count,
    /** Deputy secretary and head of a Front work committee (phó bí thư kiêm trưởng ban). */
    deputySecretaryAndFrontCommitteeHead: Count,
    /** Head of a residential group and of a Front work committee (tổ trưởng kiêm trưởng ban). */
    residentialGroupHeadAndFrontCommitteeHead: Count,
  }),
  /** Head positions (tổ trưởng, trưởng ban) by whether the holder is on the roster. */
  heads: z.object({
    /** Heads of residential groups (tổ trưởng tổ dân phố). */
    residentialGroupHead: HeadsOnRoster,
    /** Heads of Front work committees (trưởng ban công tác Mặt trận). */
    frontCommitteeHead: HeadsOnRoster,
  }),
});
/** Positions held on the reference date (chức vụ, kiêm nhiệm). */
export type PositionStats = z.infer<typeof PositionStats>;

const SECRETARY = 1;
const DEPUTY = 2;
const GROUP_HEAD = 4;
const FRONT_HEAD = 8;

/** The bit of a role that takes part in a pair, or 0. */
function roleBit(role: PositionRole): number {
  switch (role) {
    case 'secretary':
      return SECRETARY;
    case 'deputy-secretary':
      return DEPUTY;
    case 'residential-group-head':
      return GROUP_HEAD;
    case 'front-committee-head':
      return FRONT_HEAD;
    case 'committee-member':
    case 'other':
      return 0;
  }
}

/**
 * Positions held on `asOf` (chức vụ, kiêm nhiệm). A position is in force when
 * its `since` is absent or on or before `asOf` and its `until` is absent or on
 * or after `asOf`, so a position ending the day before is not counted.
 *
 * `byRole` counts distinct members: a member who is secretary of two
 * organisations counts once. `concurrent` counts distinct members holding both
 * roles of a pair on `asOf`, in any organisations; a member holding three of
 * the roles counts in each pair they make. `heads` counts positions (rows) of
 * residential group heads and Front work committee heads, split by whether
 * their `memberId` is on the roster: `notOnRoster` of 0 lets a report state
 * that every such head is a party member.
 *
 * One pass over `positions`; the roster is read once, looking up only the
 * holders of head positions.
 *
 * @param dataset - The parsed dataset; `positions` and `members` are read.
 * @param asOf - The reference date, ISO `yyyy-mm-dd`.
 * @see Data contract §1.5 (file `chuc-vu`)
 * @example
 * const stats = positionStats(dataset, '2026-03-01');
 * stats.concurrent.secretaryAndResidentialGroupHead // 2
 * stats.concurrent.secretaryAndFrontCommitteeHead // 8
 * stats.heads.residentialGroupHead.notOnRoster // 0: every head is a party member
 */
export function positionStats(
  dataset: Pick<Dataset, 'positions' | 'members'>,
  asOf: string,
): PositionStats {
  const holders = new Map<PositionRole, Set<string>>();
  const rolesOf = new Map<string, number>();
  /** Head positions per member id: [residential group heads, Front committee heads]. */
  const headPositions = new Map<string, [number, number]>();
  let positions = 0;

  for (const position of dataset.positions) {
    if (!heldOn(position, asOf)) continue;
    const { memberId, role } = position;
    positions += 1;
    addToSet(holders, role, memberId);
    rolesOf.set(memberId, (rolesOf.get(memberId) ?? 0) | roleBit(role));
    if (role === 'residential-group-head' || role === 'front-committee-head') {
      const counts = headPositions.get(memberId) ?? [0, 0];
      counts[role === 'residential-group-head' ? 0 : 1] += 1;
      headPositions.set(memberId, counts);
    }
  }

  const byRole = {} as Record<PositionRole, number>;
  for (const role of PositionRoles.codes) byRole[role] = holders.get(role)?.size ?? 0;

  const concurrent = {
    secretaryAndResidentialGroupHead: 0,
    secretaryAndFrontCommitteeHead: 0,
    deputySecretaryAndResidentialGroupHead: 0,
    deputySecretaryAndFrontCommitteeHead: 0,
    residentialGroupHeadAndFrontCommitteeHead: 0,
  };
  const both = (mask: number, pair: number) => ((mask & pair) === pair ? 1 : 0);
  for (const mask of rolesOf.values()) {
    concurrent.secretaryAndResidentialGroupHead += both(mask, SECRETARY | GROUP_HEAD);
    concurrent.secretaryAndFrontCommitteeHead += both(mask, SECRETARY | FRONT_HEAD);
    concurrent.deputySecretaryAndResidentialGroupHead += both(mask, DEPUTY | GROUP_HEAD);
    concurrent.deputySecretaryAndFrontCommitteeHead += both(mask, DEPUTY | FRONT_HEAD);
    concurrent.residentialGroupHeadAndFrontCommitteeHead += both(mask, GROUP_HEAD | FRONT_HEAD);
  }

  const onRoster = new Set<string>();
  if (headPositions.size > 0) {
    for (const member of dataset.members) if (headPositions.has(member.id)) onRoster.add(member.id);
  }
  const heads = {
    residentialGroupHead: { onRoster: 0, notOnRoster: 0 },
    frontCommitteeHead: { onRoster: 0, notOnRoster: 0 },
  };
  for (const [memberId, [groupHead, frontHead]] of headPositions) {
    const side = onRoster.has(memberId) ? 'onRoster' : 'notOnRoster';
    heads.residentialGroupHead[side] += groupHead;
    heads.frontCommitteeHead[side] += frontHead;
  }

  return { asOf, positions, members: rolesOf.size, byRole, concurrent, heads };
}
