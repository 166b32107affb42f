/**
 * Every figure of a ward's reports in one object (`party stats --json`).
 *
 * @packageDocumentation
 */
export { computeStats, Stats, StatsOptions } from './computeStats';
export { ContractStats, contractStats, StatsWindow } from './contractStats';
