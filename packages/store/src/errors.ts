import { UnreadableInputError } from '@org/party-core';

/**
 * Why a store cannot be used:
 * - `corrupt`: the folder is a damaged store, or not a store at all;
 * - `newer`: the store was written by a newer version of the toolkit;
 * - `busy`: another process keeps the folder open longer than the wait;
 * - `unreachable`: the PostgreSQL server does not answer.
 */
export type StoreProblem = 'corrupt' | 'newer' | 'busy' | 'unreachable';

/**
 * A store that cannot be opened. Its `code` is core's `unreadable-input`
 * (the CLI exits 2 and the web adapter answers as for unreadable input);
 * `problem` says which case it is. The message names the folder, never the
 * connection string (it may hold a password).
 */
export class StoreError extends UnreadableInputError {
  readonly problem: StoreProblem;

  constructor(
    problem: StoreProblem,
    message: { vi: string; en: string },
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
    this.problem = problem;
  }
}
