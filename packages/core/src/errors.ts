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
  'missing-figures',
  'year-not-in-data',
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

/** A heading of a report that needs figures the data does not give (as `reportGaps` lists them). */
export interface MissingFiguresGap {
  readonly section: string;
  readonly title: string;
  readonly figures: readonly {
    readonly path: string;
    readonly label: { readonly vi: string; readonly en: string };
  }[];
}

/**
 * A report that is not a draft would print figures the data does not give
 * (báo cáo còn thiếu số liệu): it is not written. `gaps` lists the headings
 * and the data each needs; the message says the same in words, and that a
 * draft (`--draft`, `draft=1`) marks the places instead.
 */
export class MissingFiguresError extends PartyError {
  readonly gaps: readonly MissingFiguresGap[];

  constructor(gaps: readonly MissingFiguresGap[], lines: { vi: string[]; en: string[] }) {
    const count = new Set(gaps.flatMap((gap) => gap.figures.map((f) => f.path))).size;
    super('missing-figures', {
      vi: `Dữ liệu chưa có ${count} số liệu mà nội dung báo cáo cần, nên chưa lập báo cáo: ${lines.vi.join(' | ')}. Hãy bổ sung dữ liệu, sửa nội dung báo cáo, hoặc lập bản nháp (đánh dấu chỗ thiếu).`,
      en: `The data lacks ${count} figure(s) the narrative needs, so no report was written: ${lines.en.join(' | ')}. Add the data, change the narrative, or ask for a draft (which marks the gaps).`,
    });
    this.name = 'MissingFiguresError';
    this.gaps = gaps;
  }
}

/**
 * A yearly report was asked for a year the data has no record of (năm
 * không có trong dữ liệu), such as the classification report of a year
 * without `xep-loai` rows. `years` lists the years the data has, ascending;
 * the message names them.
 */
export class YearNotInDataError extends PartyError {
  /** The year asked. */
  readonly year: number;
  /** The years the data has, ascending. */
  readonly years: readonly number[];

  constructor(year: number, years: readonly number[], what: { vi: string; en: string }) {
    const list = years.join(', ');
    super('year-not-in-data', {
      vi:
        years.length === 0
          ? `Dữ liệu chưa có ${what.vi} nào nên chưa lập được báo cáo năm ${year}. Hãy bổ sung dữ liệu.`
          : `Dữ liệu không có ${what.vi} năm ${year} nên chưa lập được báo cáo năm đó. Các năm có dữ liệu: ${list}.`,
      en:
        years.length === 0
          ? `The data has no ${what.en}, so no report for ${year} can be written. Add the data.`
          : `The data has no ${what.en} for ${year}, so no report for that year can be written. Years in the data: ${list}.`,
    });
    this.name = 'YearNotInDataError';
    this.year = year;
    this.years = years;
  }
}
