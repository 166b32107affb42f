/**
 * Every figure of a ward's reports in one object (`party stats --json`).
 *
 * @packageDocumentation
 */

export {
  checkWindow,
  coveredWindowSchema,
  type DataCoverage,
  OptionalWindow,
  parseWindow,
  StatsWindow,
  WINDOW_LABELS,
  type WindowCheck,
  type WindowLabels,
  windowMessage,
  windowSchema,
} from '../common/window';
export { computeStats, Stats, StatsOptions } from './computeStats';
export {
  ContractStats,
  contractStats,
  contractStatsOf,
  type DatedDataset,
  datedDataset,
} from './contractStats';
