import type { ValidationIssue } from './validation/issue';

/**
 * The closed list of error codes. Expected problems in data are values
 * (validation issues), not errors; these are for misuse and for input that
 * cannot be read at all. The CLI maps each code to an exit status and the web
 * adapter to an HTTP status, each in one place.
 */
export const ERROR_CODES = ['invalid-argument', 'unreadable-input', 'invalid-dataset'] as const;
/** A code of {@link PartyError}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The base of every error the toolkit throws on purpose. */
export class PartyError extends Error {
  /** Stable code; switch on it, not on the class or the message. */
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PartyError';
    this.code = code;
  }
}

/** A function was called with an argument it cannot accept (a programming error). */
export class InvalidArgumentError extends PartyError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('invalid-argument', message, options);
    this.name = 'InvalidArgumentError';
  }
}

/**
 * Input that cannot be read at all: a missing file, a file that is not JSON,
 * CSV or XLSX. Plugins throw it; the message names the file, never its content.
 */
export class UnreadableInputError extends PartyError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('unreadable-input', message, options);
    this.name = 'UnreadableInputError';
  }
}

/** A dataset with errors was passed where a valid one is needed. */
export class InvalidDatasetError extends PartyError {
  /** The problems that make it invalid. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    super('invalid-dataset', `the dataset has ${errors} error(s)`);
    this.name = 'InvalidDatasetError';
    this.issues = issues;
  }
}
