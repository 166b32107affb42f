/**
 * The worker thread of `serve`'s import pool: imports the files each message
 * carries and posts back the result, or the error as a value.
 *
 * @internal
 * @packageDocumentation
 */
import { parentPort } from 'node:worker_threads';
import { type ImportJob, runImportJob, sendError } from './upload/runner';

parentPort?.on('message', async (job: ImportJob) => {
  try {
    const result = await runImportJob(job);
    parentPort?.postMessage({ ok: true, result });
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: sendError(error) });
  }
});
