/**
 * The sample dataset of the Dương Kinh ward (bộ dữ liệu mẫu phường Dương
 * Kinh): invented people and organisations whose figures reproduce those of
 * the ward's interim review of Resolution 21-NQ/TW. Deterministic: the same
 * seed gives the same records and the same bytes.
 */
import { join } from 'node:path';
import { CSV_FOLDER, WORKBOOK_FILE } from '../../src/config';
import {
  admissionTargetsOf,
  classificationsOf,
  inspectionsOf,
  membersOf,
  movementsOf,
  organizationsOf,
  planningOf,
  positionsOf,
  trainingOf,
} from './activities';
import type { SampleWard } from './model';
import { DEFAULT_SEED, WARD } from './plan';
import { Random } from './random';
import { generateRoster } from './roster';
import { type SampleTable, sampleTables } from './tables';
import { writeCsvFolder, writeWorkbook } from './write';

/**
 * Generates the sample ward from `seed`: organisations, roster, movements,
 * positions, inspection and supervision, training, planning, classification
 * and admission targets.
 *
 * @example
 * generateSampleWard().members.length // 1239
 */
export function generateSampleWard(seed: number = DEFAULT_SEED): SampleWard {
  const random = new Random(seed);
  const roster = generateRoster(random.fork('roster'));
  return {
    ward: { ...WARD },
    organizations: organizationsOf(),
    members: membersOf(roster),
    movements: movementsOf(roster, random.fork('movements')),
    positions: positionsOf(roster, random.fork('positions')),
    inspections: inspectionsOf(roster, random.fork('inspections')),
    training: trainingOf(roster, random.fork('training')),
    planning: planningOf(roster, random.fork('planning')),
    classifications: classificationsOf(roster, random.fork('classification')),
    admissionTargets: admissionTargetsOf(),
  };
}

/** The sample ward as the ten tables of the data contract. */
export function generateSampleTables(seed: number = DEFAULT_SEED): SampleTable[] {
  return sampleTables(generateSampleWard(seed));
}

/** Where {@link writeSampleDataset} wrote the dataset. */
export interface WrittenSample {
  /** The folder of CSV files. */
  readonly csvDir: string;
  /** The workbook. */
  readonly workbook: string;
}

/**
 * Writes the sample dataset into `outDir`: {@link CSV_FOLDER} with one CSV
 * per file of the contract and {@link WORKBOOK_FILE} with one sheet per file,
 * named as the report reads them (`src/config.ts`).
 *
 * @example
 * await writeSampleDataset('apps/duong-kinh/data');
 */
export async function writeSampleDataset(
  outDir: string,
  seed: number = DEFAULT_SEED,
): Promise<WrittenSample> {
  const tables = generateSampleTables(seed);
  const csvDir = join(outDir, CSV_FOLDER);
  const workbook = join(outDir, WORKBOOK_FILE);
  await writeCsvFolder(csvDir, tables);
  await writeWorkbook(workbook, tables);
  return { csvDir, workbook };
}
