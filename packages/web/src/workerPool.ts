/**
 * The worker pool of `serve`: imports run on worker threads, so the thread
 * that answers `/health`, the page and small requests never waits for a
 * parse. At most `workers` imports run at once and `queue` wait; beyond
 * that the runner throws `ServiceBusyError` (503 with `Retry-After`).
 *
 * @internal
 * @packageDocumentation
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ServiceBusyError } from './errors';
import {
  type ImportJob,
  type ImportOutcome,
  type ImportRunner,
  type ImportSlot,
  receiveError,
  type SentError,
} from './upload/runner';

/** Options of the import pool. */
export interface PoolOptions {
  /** Worker threads; default the cores available minus one, at least 1. */
  readonly workers?: number;
  /** Uploads that may wait for a worker; default `2 × workers`. Beyond: 503. */
  readonly queue?: number;
  /** `Retry-After` of the 503, in seconds; default 5. */
  readonly retryAfter?: number;
}

/** A pool of import workers and its runner. */
export interface ImportPool {
  readonly runner: ImportRunner;
  /** Stops every worker; waiting jobs fail. */
  close(): Promise<void>;
}

type Reply = { ok: true; outcome: ImportOutcome } | { ok: false; error: SentError };
interface Task {
  readonly job: ImportJob;
  readonly resolve: (outcome: ImportOutcome) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The worker's script: the built one next to this file, or `dist/` when
 * running from source. (Started without the parent's Node flags: the worker
 * is built code and imports the built packages, whatever conditions a test
 * runner set.)
 */
function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts')
    ? new URL('../dist/importWorker.js', here)
    : new URL('./importWorker.js', here);
}

/** The body's bytes as a transferable buffer of their own (copied when shared). */
function transferable(job: ImportJob): { job: ImportJob; transfer: ArrayBuffer[] } {
  const { bytes } = job.raw;
  const own =
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer
      ? bytes
      : bytes.slice();
  return {
    job: { ...job, raw: { ...job.raw, bytes: own } },
    transfer: [own.buffer as ArrayBuffer],
  };
}

/**
 * Starts the pool (its workers lazily, on the first jobs). A place is taken
 * by `reserve` before the body is read: at most `workers` jobs run and
 * `queue` wait or are being received; beyond that `reserve` throws
 * `ServiceBusyError` at once.
 */
export function createImportPool(options: PoolOptions = {}): ImportPool {
  const size = Math.max(1, options.workers ?? availableParallelism() - 1);
  const places = size + Math.max(0, options.queue ?? 2 * size);
  const retryAfter = options.retryAfter ?? 5;
  const idle: Worker[] = [];
  const all = new Set<Worker>();
  const waiting: Task[] = [];
  let taken = 0;
  let closed = false;

  const run = (worker: Worker, task: Task) => {
    const done = (reply: Reply) => {
      worker.off('error', failed);
      if (reply.ok) task.resolve(reply.outcome);
      else task.reject(receiveError(reply.error));
      release(worker);
    };
    const failed = (error: Error) => {
      worker.off('message', done);
      all.delete(worker);
      task.reject(error);
      void worker.terminate();
      const next = waiting.shift();
      if (next && !closed) run(spawn(), next);
    };
    worker.once('message', done);
    worker.once('error', failed);
    const { job, transfer } = transferable(task.job);
    worker.postMessage(job, transfer);
  };
  const release = (worker: Worker) => {
    const next = waiting.shift();
    if (next) run(worker, next);
    else idle.push(worker);
  };
  const spawn = () => {
    const worker = new Worker(workerUrl(), { execArgv: [] });
    all.add(worker);
    return worker;
  };
  const start = (job: ImportJob) =>
    new Promise<ImportOutcome>((resolve, reject) => {
      if (closed) throw new ServiceBusyError(retryAfter);
      const task: Task = { job, resolve, reject };
      const worker = idle.pop() ?? (all.size < size ? spawn() : undefined);
      if (worker) run(worker, task);
      else waiting.push(task);
    });

  const runner: ImportRunner = {
    reserve(): ImportSlot {
      if (closed || taken >= places) throw new ServiceBusyError(retryAfter);
      taken += 1;
      let held = true;
      const release = () => {
        if (held) taken -= 1;
        held = false;
      };
      return {
        run: (job) => start(job).finally(release),
        release,
      };
    },
  };

  return {
    runner,
    async close() {
      closed = true;
      for (const task of waiting.splice(0)) task.reject(new ServiceBusyError(retryAfter));
      idle.length = 0;
      await Promise.all([...all].map((worker) => worker.terminate()));
      all.clear();
    },
  };
}
