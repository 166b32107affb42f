// Talks to the adapter: every call carries the saved token and asks for
// Vietnamese messages; errors come back as ApiError with the server's text.
import type { ErrorResponse, WebIssue } from '../src/schemas';

const TOKEN_KEY = 'party-web-token';

/** The path the page is served at, ending in `/` (the API lives beside it). */
export const base =
  document.querySelector<HTMLMetaElement>('meta[name="party-base"]')?.content ?? './';

export function endpoint(path: string, query: Record<string, string> = {}): string {
  const url = new URL(path, new URL(base, window.location.href));
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  url.searchParams.set('lang', 'vi');
  return url.pathname + url.search;
}

export function savedToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Private mode without storage: the token lives until the page closes.
  }
}

/** An error answer of the server, with its message for people. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly issues: readonly WebIssue[] = [],
  ) {
    super(message);
  }
}

export async function call(path: string, init: RequestInit = {}, query = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = savedToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(endpoint(path, query), { ...init, headers });
  } catch {
    throw new ApiError(
      'Không kết nối được với máy chủ. Hãy kiểm tra máy chủ còn chạy rồi thử lại.',
      0,
      'network',
    );
  }
  if (response.ok) return response;
  let body: ErrorResponse | undefined;
  try {
    body = (await response.json()) as ErrorResponse;
  } catch {
    body = undefined;
  }
  throw new ApiError(
    body?.error.message ?? `Máy chủ trả lời lỗi ${response.status}.`,
    response.status,
    body?.error.code ?? 'unknown',
    body?.error.issues ?? [],
  );
}

export async function callJson<T>(path: string, init?: RequestInit, query = {}): Promise<T> {
  return (await call(path, init, query)).json() as Promise<T>;
}

/** The file name in a Content-Disposition header, or `fallback`. */
export function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/iu.exec(header)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/iu.exec(header)?.[1] ?? fallback;
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
