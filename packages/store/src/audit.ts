import { canonicalJson, sha256 } from './canonical';
import type { Sql } from './db';

/**
 * What the audit log records: imports, exports and reports; `view`, an
 * answer of the web adapter that held personal data (the route, the
 * versions, never the data); `token-add` and `token-revoke`, the web's
 * access tokens (by name, never the token).
 */
export type AuditAction =
  | 'import'
  | 'import-rejected'
  | 'export'
  | 'report'
  | 'view'
  | 'token-add'
  | 'token-revoke';

/** One entry of the audit log. */
export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: AuditAction;
  /** Ids and counts only, never member data. */
  readonly detail: Record<string, unknown>;
  readonly prevHash: string;
  readonly hash: string;
}

/** The `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hash of an entry: SHA-256 of the previous hash and the entry's content. */
export function entryHash(e: Omit<AuditEntry, 'hash'>): string {
  const { seq, at, actor, action, detail, prevHash } = e;
  return sha256(`${prevHash}\n${canonicalJson({ seq, at, actor, action, detail })}`);
}

/** Appends an entry after the last one; call inside the writer's transaction. */
export async function appendAudit(
  tx: Sql,
  entry: { at: string; actor: string; action: AuditAction; detail: Record<string, unknown> },
): Promise<AuditEntry> {
  const [last] = await tx.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  );
  const partial = {
    ...entry,
    seq: (last?.seq ?? 0) + 1,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const full: AuditEntry = { ...partial, hash: entryHash(partial) };
  await tx.query(
    'INSERT INTO audit_log (seq, at, actor, action, detail, prev_hash, hash) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)',
    [
      full.seq,
      full.at,
      full.actor,
      full.action,
      JSON.stringify(full.detail),
      full.prevHash,
      full.hash,
    ],
  );
  return full;
}

/** Every entry, oldest first. */
export async function readAudit(sql: Sql): Promise<AuditEntry[]> {
  const rows = await sql.query<{
    seq: number;
    at: string;
    actor: string;
    action: AuditAction;
    detail: Record<string, unknown>;
    prev_hash: string;
    hash: string;
  }>('SELECT * FROM audit_log ORDER BY seq');
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    detail: r.detail,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}

/** The result of `verifyAudit` (the `verify` of a store). */
export interface AuditVerdict {
  readonly ok: boolean;
  readonly entries: number;
  /** The first entry found wrong, and why (`edited`, `missing`, `unlogged-version`). */
  readonly problem?: {
    readonly seq: number;
    readonly reason: 'edited' | 'missing' | 'unlogged-version';
  };
}

/**
 * Walks the chain: each entry's hash must match its content, its `prevHash`
 * the entry before, its `seq` follow on; and each stored version must have its
 * import entry, so removing the last entries is seen too.
 */
export async function verifyAudit(sql: Sql): Promise<AuditVerdict> {
  const entries = await readAudit(sql);
  let prev = GENESIS_HASH;
  let seq = 0;
  for (const e of entries) {
    if (e.seq !== seq + 1 || e.prevHash !== prev) {
      return { ok: false, entries: entries.length, problem: { seq: seq + 1, reason: 'missing' } };
    }
    if (entryHash(e) !== e.hash) {
      return { ok: false, entries: entries.length, problem: { seq: e.seq, reason: 'edited' } };
    }
    prev = e.hash;
    seq = e.seq;
  }
  const logged = new Set(
    entries.filter((e) => e.action.startsWith('import')).map((e) => e.detail.version),
  );
  const versions = await sql.query<{ id: number }>('SELECT id FROM versions ORDER BY id');
  const unlogged = versions.find((v) => !logged.has(v.id));
  if (unlogged !== undefined) {
    return {
      ok: false,
      entries: entries.length,
      problem: { seq: seq + 1, reason: 'unlogged-version' },
    };
  }
  return { ok: true, entries: entries.length };
}
