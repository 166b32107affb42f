/**
 * `pnpm --filter @org/sample-duong-kinh generate`: rewrites `data/csv/` and
 * `data/duong-kinh.xlsx` from the seeded generator.
 */
import { DATA_DIR } from '../../src/config';
import { writeSampleDataset } from './generate';

const written = await writeSampleDataset(DATA_DIR);
process.stdout.write(`Wrote ${written.csvDir} and ${written.workbook}\n`);
