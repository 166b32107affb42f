import { InvalidArgumentError } from '@org/party-core';
import { appendAudit } from './audit';
import type { Db } from './db';

/**
 * The role of a web access token (vai trò): `reader` sees figures and
 * reports without personal data, `officer` (cán bộ văn phòng) also imports,
 * validates and sees rows with member ids, `administrator` (quản trị) also
 * manages tokens and reads the audit log.
 */
export type TokenRole = 'reader' | 'officer' | 'administrator';

/** The roles, least to most allowed. */
export const TOKEN_ROLES: readonly TokenRole[] = ['reader', 'officer', 'administrator'];

/** A stored access token: its name and role, and the SHA-256 of the token (never the token). */
export interface StoredToken {
  readonly name: string;
  readonly role: TokenRole;
  /** SHA-256 of the token, hex. */
  readonly hash: string;
  readonly createdAt: string;
  readonly createdBy: string;
  /** When it was revoked; a revoked token opens nothing. */
  readonly revokedAt: string | null;
}

interface TokenRow {
  name: string;
  role: TokenRole;
  hash: string;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
}

const toToken = (r: TokenRow): StoredToken => ({
  name: r.name,
  role: r.role,
  hash: r.hash,
  createdAt: r.created_at,
  createdBy: r.created_by,
  revokedAt: r.revoked_at,
});

/** A token's name: letters, digits, `.`, `_`, `-`, 1 to 64 characters (it appears in the audit log). */
export const TOKEN_NAME = /^[\p{L}\p{N}._-]{1,64}$/u;

/** Adds a token (its hash), logged as `token-add` with its name and role. */
export async function addToken(
  db: Db,
  token: { name: string; role: TokenRole; hash: string; at: string; by: string },
): Promise<StoredToken> {
  const name = token.name.normalize('NFC');
  if (!TOKEN_NAME.test(name)) {
    throw new InvalidArgumentError({
      vi: 'Tên mã truy cập chỉ gồm chữ, số, dấu chấm, gạch dưới, gạch ngang (tối đa 64 ký tự).',
      en: 'A token name has letters, digits, dots, underscores and hyphens only (at most 64).',
    });
  }
  if (!TOKEN_ROLES.includes(token.role)) {
    throw new InvalidArgumentError({
      vi: 'Vai trò phải là reader, officer hoặc administrator.',
      en: 'The role must be reader, officer or administrator.',
    });
  }
  if (!/^[0-9a-f]{64}$/u.test(token.hash)) {
    throw new InvalidArgumentError({
      vi: 'Mã băm của mã truy cập phải là SHA-256 dạng hex (64 ký tự).',
      en: 'A token hash must be a hex SHA-256 (64 characters).',
    });
  }
  return db.transaction(async (tx) => {
    const [taken] = await tx.query<{ name: string }>(
      'SELECT name FROM tokens WHERE name = $1 OR hash = $2',
      [name, token.hash],
    );
    if (taken !== undefined) {
      throw new InvalidArgumentError({
        vi: `Đã có mã truy cập tên “${taken.name}” (hoặc cùng mã). Hãy chọn tên khác.`,
        en: `A token named “${taken.name}” (or the same token) exists. Choose another name.`,
      });
    }
    await tx.query(
      'INSERT INTO tokens (name, role, hash, created_at, created_by) VALUES ($1, $2, $3, $4, $5)',
      [name, token.role, token.hash, token.at, token.by],
    );
    await appendAudit(tx, {
      at: token.at,
      actor: token.by,
      action: 'token-add',
      detail: { name, role: token.role },
    });
    const [row] = await tx.query<TokenRow>('SELECT * FROM tokens WHERE name = $1', [name]);
    return toToken(row as TokenRow);
  });
}

/** Every token, revoked ones included, by name. */
export async function listTokens(db: Db): Promise<StoredToken[]> {
  return (await db.query<TokenRow>('SELECT * FROM tokens ORDER BY name')).map(toToken);
}

/** Revokes a token by name, logged as `token-revoke`; false when there is no such live token. */
export async function revokeToken(
  db: Db,
  name: string,
  by: { at: string; by: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ name: string }>(
      'UPDATE tokens SET revoked_at = $2 WHERE name = $1 AND revoked_at IS NULL RETURNING name',
      [name.normalize('NFC'), by.at],
    );
    if (rows.length === 0) return false;
    await appendAudit(tx, {
      at: by.at,
      actor: by.by,
      action: 'token-revoke',
      detail: { name: name.normalize('NFC') },
    });
    return true;
  });
}
