/**
 * The roles of access tokens (vai trò) and what each may use. Roles are
 * ordered: each may use what the one before it may.
 *
 * @packageDocumentation
 */
import { z } from 'zod';

/**
 * The role of an access token:
 * - `reader` (người xem số liệu): figures and reports, nothing that names or
 *   identifies a member;
 * - `officer` (cán bộ văn phòng): also checks uploads (the problems table
 *   with rows and member ids), the due lists with names, imports into the
 *   register and compares its versions;
 * - `administrator` (quản trị): also manages the register's tokens and
 *   reads its audit log.
 */
export const Role = z.enum(['reader', 'officer', 'administrator']).meta({
  title: 'Role',
  description: 'Role of an access token: reader, officer or administrator.',
});
/** The role of an access token. */
export type Role = z.infer<typeof Role>;

/** A token's name: letters, digits, `.`, `_`, `-`, 1 to 64 characters; the audit log records it. */
export const TOKEN_NAME_PATTERN = /^[\p{L}\p{N}._-]{1,64}$/u;

/**
 * An access token configured by its hash (mã truy cập đã băm): a name (what
 * the audit log records), a role, and the SHA-256 of the token in hex, so
 * the options and the store never hold a token itself. Make the hash with
 * `printf %s "$TOKEN" | sha256sum`, or let `party store token add` make the
 * token and keep its hash.
 *
 * @example
 * TokenEntry.parse({ name: 'van-phong', role: 'officer', hash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' });
 */
export const TokenEntry = z
  .object({
    name: z.string().regex(TOKEN_NAME_PATTERN),
    role: Role,
    hash: z.string().regex(/^[0-9a-f]{64}$/u, 'a hex SHA-256 of the token, 64 characters'),
  })
  .strict();
/** An access token configured by its hash. */
export type TokenEntry = z.infer<typeof TokenEntry>;

const RANK: { readonly [R in Role]: number } = { reader: 0, officer: 1, administrator: 2 };

/** Whether a token of role `role` may use what `needed` may. */
export function roleAllows(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

/** How the messages name each role, in Vietnamese and English. */
export const ROLE_LABELS: { readonly [R in Role]: { readonly vi: string; readonly en: string } } = {
  reader: { vi: 'người xem số liệu', en: 'reader' },
  officer: { vi: 'cán bộ văn phòng', en: 'officer' },
  administrator: { vi: 'quản trị', en: 'administrator' },
};

/** Who made a request: the token's name and role (`local` administrator when auth is disabled). */
export interface Caller {
  readonly name: string;
  readonly role: Role;
}
