import type { LocalizedMessage, ValidationIssue } from './validation/issue';

/**
 * The closed list of error codes. Expected problems in data are values
 * (validation issues), not errors; these are for misuse and for input that
 * cannot be read at all. The CLI maps each code to an exit status and the web
 * adapter to an HTTP status, each in one place.
 */
export const ERROR_CODES = [
  'invalid-argument',
  'unreadable-input',
  'invalid-dataset',
  'window-not-covered',
] as const;
/** A code of {@link PartyError}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A language of the toolkit's messages: Vietnamese first, English on request. */
export type MessageLang = keyof LocalizedMessage;

/**
 * The base of every error the toolkit throws on purpose. It carries its
 * message in both languages from the start (`localized`); `message` is the
 * Vietnamese text. An error meant for developers only (a misuse of the API)
 * may give one text, used for both languages.
 */
export class PartyError extends Error {
  /** Stable code; switch on it, not on the class or the message. */
  readonly code: ErrorCode;
  /** The message in Vietnamese and English. */
  readonly localized: LocalizedMessage;

  constructor(code: ErrorCode, message: string | LocalizedMessage, options?: { cause?: unknown }) {
    const localized = typeof message === 'string' ? { vi: message, en: message } : message;
    super(localized.vi, options);
    this.name = 'PartyError';
    this.code = code;
    this.localized = localized;
  }

  /** The message in `lang`. */
  messageIn(lang: MessageLang): string {
    return this.localized[lang];
  }
}

/** A function was called with an argument it cannot accept (a programming error). */
export class InvalidArgumentError extends PartyError {
  constructor(message: string | LocalizedMessage, options?: { cause?: unknown }) {
    super('invalid-argument', message, options);
    this.name = 'InvalidArgumentError';
  }
}

/**
 * Input that cannot be read at all: a missing file, a file that is not JSON,
 * CSV or XLSX. Plugins throw it; the message names the file, never its content.
 */
export class UnreadableInputError extends PartyError {
  constructor(message: string | LocalizedMessage, options?: { cause?: unknown }) {
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

/**
 * Figures were asked for a window the data cannot give (số liệu ngoài phạm vi
 * dữ liệu): a date after the data date, a period before the movements are
 * complete, or movements that do not explain the change of the roster
 * (data contract §4.3). No figure is computed; the message says what the
 * data covers.
 */
export class WindowNotCoveredError extends PartyError {
  constructor(message: LocalizedMessage) {
    super('window-not-covered', message);
    this.name = 'WindowNotCoveredError';
  }
}
