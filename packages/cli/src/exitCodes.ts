import { PartyError } from '@org/party-core';
import { CommanderError } from 'commander';

/** The exit statuses of `party`, documented in every command's help. */
export const EXIT = {
  /** Done, and the data has no error. */
  ok: 0,
  /**
   * The data has errors (validation failed), does not cover the dates or the
   * year asked for, or lacks figures the narrative needs (a report that is
   * not a draft).
   */
  invalidData: 1,
  /** Wrong usage, or input that cannot be read. */
  usage: 2,
  /** A bug: please report it. */
  internal: 70,
} as const;

/**
 * The one place where errors become exit statuses.
 */
export function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (error instanceof PartyError) {
    switch (error.code) {
      case 'invalid-argument':
      case 'unreadable-input':
        return EXIT.usage;
      case 'invalid-dataset':
      case 'window-not-covered':
      case 'missing-figures':
      case 'year-not-in-data':
        return EXIT.invalidData;
      default: {
        const unreachable: never = error.code;
        return unreachable;
      }
    }
  }
  return EXIT.internal;
}
