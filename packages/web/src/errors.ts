import { InvalidArgumentError, type LocalizedMessage, type MessageLang } from '@org/party-core';
import { ROLE_LABELS, type Role } from './roles';

/**
 * The error codes of the web adapter's own errors; with the codes of core's
 * errors (`invalid-argument`, `unreadable-input`, `invalid-dataset`) they are
 * every `error.code` a client can receive. Each maps to one HTTP status in `errorResponse`, the one place
 * where errors become responses.
 */
export const WEB_ERROR_CODES = [
  'unauthorized',
  'forbidden',
  'not-found',
  'payload-too-large',
  'too-many-files',
  'unsupported-media-type',
  'bad-request',
  'invalid-template',
  'no-report-template',
  'timeout',
  'page-unavailable',
  'busy',
  'internal',
] as const;
/** A code of {@link PartyWebError}. */
export type WebErrorCode = (typeof WEB_ERROR_CODES)[number];

const MB = 1024 * 1024;
const megabytes = (bytes: number, lang: 'vi' | 'en') =>
  new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(
    bytes / MB,
  );

/**
 * The base of the web adapter's errors (lỗi của máy chủ web): a stable
 * `code` and a message in Vietnamese and English (`localized`, read with
 * `messageIn(lang)`; `message` is the Vietnamese), as core's `PartyError`
 * carries them. Messages say what to do and never quote uploaded data.
 *
 * @example
 * throw new BadRequestError({ vi: 'Thiếu tệp.', en: 'No file.' });
 */
export class PartyWebError extends Error {
  /** Stable code; switch on it, not on the class or the message. */
  readonly code: WebErrorCode;
  /** The message in Vietnamese and English. */
  readonly localized: LocalizedMessage;

  constructor(code: WebErrorCode, message: LocalizedMessage, options?: { cause?: unknown }) {
    super(message.vi, options);
    this.name = 'PartyWebError';
    this.code = code;
    this.localized = message;
  }

  /** The message in `lang`. */
  messageIn(lang: MessageLang): string {
    return this.localized[lang];
  }
}

/** The request has no valid bearer token (401). */
export class UnauthorizedError extends PartyWebError {
  constructor() {
    super('unauthorized', {
      vi: 'Cần mã truy cập hợp lệ. Hãy nhập mã truy cập do người quản trị máy chủ cung cấp.',
      en: 'A valid access token is required. Enter the token given by the server administrator.',
    });
    this.name = 'UnauthorizedError';
  }
}

/**
 * The token is valid but its role may not use this endpoint (403): a reader
 * asking for member rows, an officer asking for the audit log.
 */
export class ForbiddenError extends PartyWebError {
  /** The role of the token. */
  readonly role: Role;
  /** The least role the endpoint needs. */
  readonly needed: Role;

  constructor(role: Role, needed: Role) {
    super('forbidden', {
      vi: `Mã truy cập này có vai trò ${ROLE_LABELS[role].vi}, không được dùng chức năng này (cần vai trò ${ROLE_LABELS[needed].vi}${needed === 'administrator' ? '' : ' trở lên'}). Hãy dùng mã truy cập khác hoặc hỏi người quản trị.`,
      en: `This token's role is ${ROLE_LABELS[role].en}, which may not use this (it needs ${ROLE_LABELS[needed].en}${needed === 'administrator' ? '' : ' or above'}). Use another token or ask the administrator.`,
    });
    this.name = 'ForbiddenError';
    this.role = role;
    this.needed = needed;
  }
}

/** Nothing is served at this path, or the optional resource is not configured (404). */
export class NotFoundError extends PartyWebError {
  constructor(
    message: LocalizedMessage = {
      vi: 'Không tìm thấy địa chỉ này.',
      en: 'Nothing is served at this address.',
    },
  ) {
    super('not-found', message);
    this.name = 'NotFoundError';
  }
}

/**
 * The request is larger than the limits allow (413): the body (`body`), the
 * number of files (`files`), or a workbook that expands to too much data when
 * unzipped (`expanded`).
 */
export class PayloadTooLargeError extends PartyWebError {
  /** Which limit was passed. */
  readonly limit: 'body' | 'files' | 'expanded';

  constructor(limit: 'body' | 'files' | 'expanded', max?: number) {
    const messages: Record<typeof limit, LocalizedMessage> = {
      body: {
        vi: `Dữ liệu gửi lên quá lớn (tối đa ${megabytes(max ?? 0, 'vi')} MB). Hãy bỏ bớt tệp không cần thiết hoặc chia nhỏ dữ liệu.`,
        en: `The upload is too large (at most ${megabytes(max ?? 0, 'en')} MB). Leave out files that are not needed or split the data.`,
      },
      files: {
        vi: `Quá nhiều tệp trong một lần gửi (tối đa ${max ?? 0} tệp). Hãy chỉ chọn các tệp dữ liệu theo mẫu.`,
        en: `Too many files in one upload (at most ${max ?? 0}). Choose only the data files of the template.`,
      },
      expanded: {
        vi: 'Tệp Excel chứa quá nhiều dữ liệu khi giải nén. Hãy kiểm tra lại tệp hoặc chia nhỏ dữ liệu.',
        en: 'The Excel file holds too much data once unzipped. Check the file or split the data.',
      },
    };
    super(limit === 'files' ? 'too-many-files' : 'payload-too-large', messages[limit]);
    this.name = 'PayloadTooLargeError';
    this.limit = limit;
  }
}

/** The body or an uploaded file is of a kind the endpoint does not read (415). */
export class UnsupportedMediaTypeError extends PartyWebError {
  constructor(message: LocalizedMessage) {
    super('unsupported-media-type', message);
    this.name = 'UnsupportedMediaTypeError';
  }
}

/** The request is malformed or incomplete (400); `code` says how. */
export class BadRequestError extends PartyWebError {
  constructor(
    message: LocalizedMessage,
    code: 'bad-request' | 'invalid-template' | 'no-report-template' = 'bad-request',
  ) {
    super(code, message);
    this.name = 'BadRequestError';
  }
}

/** The request took longer than `limits.timeoutMs` (504). */
export class RequestTimeoutError extends PartyWebError {
  constructor(ms: number) {
    const seconds = Math.max(1, Math.round(ms / 1000));
    super('timeout', {
      vi: `Máy chủ xử lý quá ${seconds} giây nên đã dừng. Hãy thử lại; nếu dữ liệu rất lớn, hãy chia nhỏ hoặc báo người quản trị tăng giới hạn thời gian.`,
      en: `Processing took longer than ${seconds} s and was stopped. Try again; for very large data, split it or ask the administrator to raise the time limit.`,
    });
    this.name = 'RequestTimeoutError';
  }
}

/**
 * Thrown by `createPartyApp` when access control is not chosen: neither a
 * non-empty `auth.token`, nor `auth.tokens`, nor `auth: { disabled: true }`. The adapter is closed
 * by default, so an unset token never opens it by accident.
 *
 * @example
 * createPartyApp({ auth: { token: process.env.PARTY_TOKEN } }); // throws when PARTY_TOKEN is unset
 */
export class AuthNotConfiguredError extends InvalidArgumentError {
  constructor() {
    super(
      'party web: choose access control: auth: { token } with a secret of at least 16 characters (an administrator), auth: { tokens: [{ name, role, hash }] } (SHA-256 hashes; may be empty with a register that keeps tokens), or auth: { disabled: true } for a server only this computer can reach',
    );
    this.name = 'AuthNotConfiguredError';
  }
}

/**
 * The server is busy (503): every worker is importing and the queue is full.
 * The answer carries `Retry-After`; send the same request again then.
 */
export class ServiceBusyError extends PartyWebError {
  /** Seconds after which to try again. */
  readonly retryAfter: number;
  constructor(retryAfter = 5) {
    super('busy', {
      vi: `Máy chủ đang bận xử lý các tệp khác. Hãy thử lại sau ${retryAfter} giây.`,
      en: `The server is busy with other uploads. Try again in ${retryAfter} seconds.`,
    });
    this.retryAfter = retryAfter;
  }
}
