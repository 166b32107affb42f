/**
 * The worker thread of `serve`'s pool: parses and imports the upload each
 * message carries, does its task and posts back the outcome, or the error
 * as a value.
 *
 * @internal
 * @packageDocumentation
 */
import { parentPort } from 'node:worker_threads';
import { type ImportJob, runWorkerJob, sendError } from './upload/runner';

parentPort?.on('message', async (job: ImportJob) => {
  try {
    const outcome = await runWorkerJob(job);
    parentPort?.postMessage({ ok: true, outcome });
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: sendError(error) });
  }
});
