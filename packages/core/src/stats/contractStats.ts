import { z } from 'zod';
import type { StatsWindow } from '../common/window';
import type { Dataset } from '../dataset/dataset';
import { MemberStats, memberStats } from '../member/memberStats';
import { MovementStats, movementStats } from '../member/movementStats';
import { OrganizationStats, organizationStats } from '../organization/organizationStats';

/**
 * The part of `party stats --json` that data contract §3 defines, key for key:
 * `asOf`, `organizations`, `members`, `movements` (each with more keys of the
 * project's own, documented in `docs/stats.md`).
 */
export const ContractStats = z.object({
  asOf: z.string(),
  organizations: OrganizationStats,
  members: MemberStats,
  movements: MovementStats,
});
/** The part of the stats that data contract §3 defines. */
export type ContractStats = z.infer<typeof ContractStats>;

/**
 * Computes the contract part of the stats: one pass over the roster for the
 * member breakdowns, one for the organisation counts, one over the movements.
 *
 * @example
 * contractStats(dataset, { asOf: '2026-03-01', from: '2025-07-01' }).members.total // 1239
 */
export function contractStats(dataset: Dataset, window: StatsWindow): ContractStats {
  const organizations = organizationStats(dataset, window.asOf);
  return {
    asOf: window.asOf,
    organizations,
    members: memberStats(dataset.members, window.asOf),
    movements: movementStats(dataset, window, {
      membersByOrganization: organizations.membersByOrganization,
    }),
  };
}
