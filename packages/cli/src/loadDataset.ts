import { resolve } from 'node:path';
import type { ImportResult } from '@org/party-import';
import { importDataset } from '@org/party-import/node';
import type { Lang } from './i18n';
import type { CliIo } from './io';
import { createProgress } from './progress';

/**
 * Reads the dataset a user names: a CSV folder, an XLSX workbook or the
 * canonical JSON, with a progress line on a terminal.
 */
export async function loadDataset(
  path: string,
  io: CliIo,
  lang: Lang,
  asOf: string | undefined,
): Promise<ImportResult> {
  const progress = createProgress(io, lang);
  try {
    return await importDataset(resolve(io.cwd, path), {
      ...(asOf === undefined ? {} : { asOf }),
      onProgress: (rows) => progress.rows(rows),
    });
  } finally {
    progress.done();
  }
}
