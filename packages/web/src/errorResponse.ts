import { type ErrorCode, InvalidDatasetError, PartyError } from '@org/party-core';
import { PartyWebError, ServiceBusyError, type WebErrorCode } from './errors';
import { toWebIssue } from './issues';
import type { ErrorResponse, Lang } from './schemas';

/**
 * The HTTP status of every error code: the one place where errors become
 * statuses. A closed map: a new code does not compile until it has a status.
 */
export const ERROR_STATUS: { readonly [C in ErrorCode | WebErrorCode]: number } = {
  'invalid-argument': 400,
  'unreadable-input': 400,
  'invalid-dataset': 422,
  'window-not-covered': 422,
  'missing-figures': 422,
  'year-not-in-data': 422,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'payload-too-large': 413,
  'too-many-files': 413,
  'unsupported-media-type': 415,
  'bad-request': 400,
  'invalid-template': 400,
  'no-report-template': 400,
  timeout: 504,
  'page-unavailable': 503,
  busy: 503,
  internal: 500,
};

function describe(error: unknown, lang: Lang): ErrorResponse['error'] | undefined {
  const vi = lang === 'vi';
  if (error instanceof PartyWebError) {
    return { code: error.code, message: error.messageIn(lang) };
  }
  if (!(error instanceof PartyError)) return undefined;
  switch (error.code) {
    case 'unreadable-input':
    case 'window-not-covered':
    case 'missing-figures':
    case 'year-not-in-data':
      return { code: error.code, message: error.messageIn(lang) };
    case 'invalid-argument':
      return {
        code: error.code,
        message: vi
          ? `Yêu cầu không hợp lệ (${error.messageIn(lang)}). Hãy kiểm tra lại các giá trị đã nhập.`
          : `Invalid request (${error.messageIn(lang)}). Check the values entered.`,
      };
    case 'invalid-dataset': {
      const issues = error instanceof InvalidDatasetError ? error.issues : [];
      const errors = issues.filter((issue) => issue.severity === 'error').length;
      return {
        code: error.code,
        message: vi
          ? `Dữ liệu có ${errors} lỗi nên chưa tính được số liệu. Hãy sửa các lỗi được liệt kê rồi tải tệp lên lại.`
          : `The data has ${errors} error(s), so figures cannot be computed. Correct the errors listed and upload the files again.`,
        issues: issues.map((issue) => toWebIssue(issue, lang)),
      };
    }
    default: {
      const unreachable: never = error.code;
      return unreachable;
    }
  }
}

/**
 * Turns any error into the JSON error response `{ error: { code, message,
 * issues? } }` with its status from {@link ERROR_STATUS}. An error the
 * toolkit did not throw on purpose is a 500 whose message reveals nothing;
 * it is handed to `onError` for the host's logs.
 *
 * @internal
 */
export function errorResponse(
  error: unknown,
  lang: Lang,
  onError?: (error: unknown) => void,
): Response {
  let body = describe(error, lang);
  if (body === undefined) {
    try {
      onError?.(error);
    } catch {
      // The host's logger must not change the answer.
    }
    body = {
      code: 'internal',
      message:
        lang === 'vi'
          ? 'Máy chủ gặp lỗi không mong muốn. Hãy thử lại; nếu vẫn lỗi, hãy báo người quản trị.'
          : 'The server hit an unexpected error. Try again; if it persists, tell the administrator.',
    };
  }
  const status = ERROR_STATUS[body.code as ErrorCode | WebErrorCode] ?? 500;
  const headers = new Headers({ 'Content-Type': 'application/json; charset=utf-8' });
  if (status === 401) headers.set('WWW-Authenticate', 'Bearer realm="party"');
  if (status === 504) headers.set('Retry-After', '60');
  if (error instanceof ServiceBusyError) headers.set('Retry-After', String(error.retryAfter));
  const payload: ErrorResponse = { error: body };
  return new Response(JSON.stringify(payload), { status, headers });
}
