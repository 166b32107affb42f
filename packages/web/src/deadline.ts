import { RequestTimeoutError } from './errors';

/** The time limit of one request, checked by long loops (the import checks it every few thousand rows). */
export interface Deadline {
  /** Throws {@link RequestTimeoutError} once the time is up. */
  check(): void;
}

/**
 * Runs `work` under a time limit: the result, or {@link RequestTimeoutError}
 * when `ms` pass first. Loops that never yield to the event loop call
 * `deadline.check()`, so they stop too; whatever `work` does after the limit
 * is dropped.
 *
 * @internal
 */
export async function withDeadline<T>(
  ms: number,
  work: (deadline: Deadline) => Promise<T>,
): Promise<T> {
  const end = performance.now() + ms;
  const deadline: Deadline = {
    check() {
      if (performance.now() > end) throw new RequestTimeoutError(ms);
    },
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RequestTimeoutError(ms)), ms);
  });
  const task = work(deadline);
  // After the limit the task's own outcome no longer matters.
  task.catch(() => undefined);
  try {
    return await Promise.race([task, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
