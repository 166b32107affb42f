/**
 * `pnpm --filter @org/sample-duong-kinh generate`: rewrites `data/csv/` and
 * `data/duong-kinh.xlsx` from the seeded generator.
 */
import { fileURLToPath } from 'node:url';
import { writeSampleDataset } from './generate';

const dataDir = fileURLToPath(new URL('../../data', import.meta.url));
const written = await writeSampleDataset(dataDir);
process.stdout.write(`Wrote ${written.csvDir} and ${written.workbook}\n`);
