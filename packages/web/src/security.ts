import type { Caller } from './roles';
import type { Lang } from './schemas';

/**
 * The Content-Security-Policy of every response: everything from this
 * server only, no inline script or style (the page's stylesheet and script
 * are files), no framing by other sites. `styleHashes` allows the exact
 * stylesheets of the HTML report shown in the page's sandboxed preview frame.
 *
 * @internal
 */
export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
  const styles = ["'self'", ...styleHashes.map((hash) => `'sha256-${hash}'`)].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${styles}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Security headers set on every response (unless the route set its own CSP
 * or cache policy): CSP, no MIME sniffing, no referrer, no framing, no
 * caching of data.
 *
 * @internal
 */
export function applySecurityHeaders(headers: Headers): void {
  if (!headers.has('Content-Security-Policy')) {
    headers.set('Content-Security-Policy', contentSecurityPolicy());
  }
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'no-referrer');
  headers.set('X-Frame-Options', 'DENY');
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/**
 * The SHA-256 of a token in hex, as `auth.tokens` and the register keep it.
 *
 * @internal
 */
export async function tokenHash(token: string): Promise<string> {
  return [...(await sha256(token))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A hex hash as bytes (64 hex characters: 32 bytes). */
const hexBytes = (hex: string) =>
  Uint8Array.from({ length: 32 }, (_, i) => Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16) || 0);

/** A token that may open the adapter: its name, role and hash. */
export interface KnownToken extends Caller {
  /** SHA-256 of the token, hex. */
  readonly hash: string;
}

/**
 * Finds who sends `Authorization: Bearer <token>` among the known tokens, in
 * constant time: the token is hashed, and its hash compared with every
 * known hash byte by byte without stopping early, so neither which token
 * matched, nor how much of it, shows in the time taken. `known` is asked on
 * each request (the register's tokens may change while the server runs).
 *
 * @internal
 */
export function callerChecker(
  known: () => Promise<readonly KnownToken[]>,
): (authorization: string | null) => Promise<Caller | undefined> {
  return async (authorization) => {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/iu.exec(authorization ?? '');
    const [given, tokens] = await Promise.all([sha256(match?.[1] ?? ''), known()]);
    let found: KnownToken | undefined;
    for (const token of tokens) {
      const wanted = hexBytes(token.hash);
      let difference = 0;
      for (let i = 0; i < wanted.length; i += 1) difference |= (given[i] ?? 0) ^ (wanted[i] ?? 0);
      if (difference === 0 && found === undefined) found = token;
    }
    return match && found ? { name: found.name, role: found.role } : undefined;
  };
}

/**
 * The language of a request's messages: `?lang=vi|en`, else the first of
 * Vietnamese or English in `Accept-Language` (by weight), else `fallback`.
 *
 * @internal
 */
export function requestLang(url: URL, acceptLanguage: string | null, fallback: Lang): Lang {
  const asked = url.searchParams.get('lang');
  if (asked === 'vi' || asked === 'en') return asked;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/u.exec(p)?.[1]).find(Boolean);
      return { primary: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q) : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { primary } of ranked) {
    if (primary === 'vi' || primary === 'en') return primary;
  }
  return fallback;
}
