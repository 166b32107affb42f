import { z } from 'zod';
import { checkWindow, coveredWindowSchema, type StatsWindow } from '../common/window';
import type { Dataset } from '../dataset/dataset';
import { WindowNotCoveredError } from '../errors';
import { datasetOn } from '../history/datasetOn';
import { movementHistory } from '../history/movementHistory';
import { MemberStats, memberStats } from '../member/memberStats';
import { type MovementHistory, MovementStats, movementStats } from '../member/movementStats';
import { OrganizationStats, organizationStats } from '../organization/organizationStats';

/**
 * The part of `party stats --json` that data contract §3 defines, key for key:
 * `asOf`, `organizations`, `members`, `movements` (each with more keys of the
 * project's own, documented in `docs/stats.md`), then `dataDate` (§4.5).
 */
export const ContractStats = z.object({
  asOf: z.string(),
  organizations: OrganizationStats,
  members: MemberStats,
  movements: MovementStats,
  /**
   * The date the data is true on, as the data states it (contract §4.5), or
   * null. After the keys of §3, so their order stays that of version 1.
   */
  dataDate: z.string().nullable(),
});
/** The part of the stats that data contract §3 defines. */
export type ContractStats = z.infer<typeof ContractStats>;

/**
 * A dataset made ready for the figures of a window (dữ liệu tại ngày số
 * liệu): the ward as it stood on `asOf`, and, when the data has a data date,
 * the history the movement figures need.
 */
export interface DatedDataset {
  readonly onDate: Dataset;
  readonly history?: MovementHistory;
}

/**
 * Checks that the data covers the window (data contract §4.3) and
 * reconstructs the ward on `asOf` (§4.2). Throws WindowNotCoveredError,
 * saying what the data covers, when it does not.
 */
export function datedDataset(dataset: Dataset, window: StatsWindow): DatedDataset {
  const coverage = { dataDate: dataset.ward.dataDate, movementsFrom: dataset.ward.movementsFrom };
  const checked = checkWindow(coveredWindowSchema(coverage), window);
  if (!checked.ok) throw new WindowNotCoveredError(checked.message);
  const onDate = datasetOn(dataset, window.asOf);
  if (dataset.ward.dataDate === undefined) return { onDate };
  return { onDate, history: movementHistory(dataset, window) };
}

/**
 * Computes the contract part of the stats for the ward as it stood on
 * `asOf` (see {@link datedDataset}): one pass over the roster for the member
 * breakdowns, one for the organisation counts, one over the movements.
 *
 * @example
 * contractStats(dataset, { asOf: '2026-03-01', from: '2025-07-01' }).members.total // 1239
 */
export function contractStats(dataset: Dataset, window: StatsWindow): ContractStats {
  return contractStatsOf(datedDataset(dataset, window), window);
}

/** {@link contractStats} of a dataset already made ready for the window. */
export function contractStatsOf(dated: DatedDataset, window: StatsWindow): ContractStats {
  const dataset = dated.onDate;
  const organizations = organizationStats(dataset, window.asOf);
  return {
    asOf: window.asOf,
    organizations,
    members: memberStats(dataset.members, window.asOf),
    movements: movementStats(dataset, window, {
      membersByOrganization: organizations.membersByOrganization,
      ...(dated.history === undefined ? {} : { history: dated.history }),
    }),
    dataDate: dataset.ward.dataDate ?? null,
  };
}
