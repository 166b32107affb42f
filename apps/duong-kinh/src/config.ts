/**
 * The settings of the report: the reference date and
 * period it covers, and where its data, narrative and output are. A ward that
 * copies the app sets its own here. The report, `pnpm demo` and `pnpm serve`
 * read them from this file only; the generator of the synthetic data
 * (`scripts/generate/`) reads its dates from here too, so that deleting it
 * leaves the report whole.
 */
import { join } from 'node:path';

/** Reference date of the report (ngày số liệu): the roster as it stands on that day. */
export const AS_OF = '2026-03-01';
/** First day of the reporting period: the two-level local government starts. */
export const FROM = '2025-07-01';
/** The reference date and the period of the report. */
export const WINDOW = { asOf: AS_OF, from: FROM } as const;

/** The folder of the sample app. */
export const APP_DIR = new URL('..', import.meta.url).pathname;
/** The folder of the dataset. */
export const DATA_DIR = join(APP_DIR, 'data');
/** Name of the CSV folder inside {@link DATA_DIR}. */
export const CSV_FOLDER = 'csv';
/** Name of the workbook inside {@link DATA_DIR}; also the name the web page downloads it as. */
export const WORKBOOK_FILE = 'duong-kinh.xlsx';
/** The dataset: the CSV folder and the same data as one workbook. */
export const DATA = {
  csv: join(DATA_DIR, CSV_FOLDER),
  xlsx: join(DATA_DIR, WORKBOOK_FILE),
} as const;
/** The dataset the report reads: {@link DATA}`.csv`, or {@link DATA}`.xlsx` for the workbook. */
export const DATASET: string = DATA.csv;
/** The ward's narrative: one Markdown file per part, read in name order. */
export const NARRATIVE_DIR = join(APP_DIR, 'narrative');
/** Where `pnpm demo` writes the report. */
export const OUT_DIR = join(APP_DIR, 'out');
