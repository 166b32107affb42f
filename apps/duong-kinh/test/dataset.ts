import { computeStats, type Dataset, type Stats } from '@org/party-core';
import type { ImportResult } from '@org/party-import';
import { importDataset } from '@org/party-import/node';
import { DATA } from '../src/config';

/** The reference date and period of the seed report, as it prints them. */
export const WINDOW = { asOf: '2026-03-01', from: '2025-07-01' } as const;
/** The committed CSV folder. */
export const CSV_DIR = DATA.csv;
/** The committed workbook. */
export const XLSX_PATH = DATA.xlsx;

const imports = new Map<string, Promise<ImportResult>>();

/** Imports a committed form of the dataset once per test file. */
export function imported(path: string): Promise<ImportResult> {
  let result = imports.get(path);
  if (!result) {
    result = importDataset(path, { asOf: WINDOW.asOf });
    imports.set(path, result);
  }
  return result;
}

/** The imported dataset, failing when the import has errors. */
export async function dataset(path: string = CSV_DIR): Promise<Dataset> {
  const result = await imported(path);
  if (!result.ok) throw new Error(`${path} does not import cleanly`);
  return result.data;
}

const computed = new Map<string, Promise<Stats>>();

/** The stats of the committed dataset on the seed's window, computed once per test file. */
export function stats(path: string = CSV_DIR): Promise<Stats> {
  let result = computed.get(path);
  if (!result) {
    result = dataset(path).then((data) => computeStats(data, WINDOW));
    computed.set(path, result);
  }
  return result;
}
