import {
  type Dataset,
  InvalidArgumentError,
  isLeavingMovement,
  type ValidationIssue,
  validateDataset,
} from '@org/party-core';
import { type AuditAction, type AuditVerdict, appendAudit, readAudit, verifyAudit } from './audit';
import { canonicalJson, sha256 } from './canonical';
import { corruptStore, type Db, openPglite, openPostgres, type Sql } from './db';
import { type DatasetDiff, diffDatasets } from './diff';
import { StoreError } from './errors';
import type { LockOptions } from './lock';
import { migrate } from './migrations';
import { addToken, listTokens, revokeToken, type StoredToken, type TokenRole } from './tokens';

/** Where a store lives: a PGlite folder, or a PostgreSQL connection string. */
export type StoreLocation = { readonly dir: string } | { readonly url: string };

/** A source file of an import: its name and its SHA-256. */
export interface SourceFile {
  readonly name: string;
  readonly sha256: string;
}

/** What one import brings. The time comes from the caller: the store has no clock. */
export interface ImportInput {
  /** The dataset as read (validated again here). */
  readonly dataset: unknown;
  /** ISO date-time of the import. */
  readonly at: string;
  /** Who imported (a user name, not a member). */
  readonly by: string;
  readonly sources: readonly SourceFile[];
  /** Issues found while reading the files, kept with the version. */
  readonly readIssues?: readonly ValidationIssue[];
}

/** A member who left the roster between two versions with no leaving movement. */
export interface DisappearedFlag {
  readonly kind: 'member-disappeared';
  readonly memberId: string;
}

/** One stored import attempt. */
export interface VersionInfo {
  readonly id: number;
  readonly status: 'imported' | 'rejected';
  readonly importedAt: string;
  readonly importedBy: string;
  readonly sources: readonly SourceFile[];
  readonly dataDate: string | null;
  readonly counts: Readonly<Record<string, number>>;
  readonly issues: readonly ValidationIssue[];
  readonly flags: readonly DisappearedFlag[];
}

interface VersionRow {
  id: number;
  status: 'imported' | 'rejected';
  imported_at: string;
  imported_by: string;
  sources: SourceFile[];
  data_date: string | null;
  counts: Record<string, number>;
  issues: ValidationIssue[];
  flags: DisappearedFlag[];
}

const toInfo = (r: VersionRow): VersionInfo => ({
  id: r.id,
  status: r.status,
  importedAt: r.imported_at,
  importedBy: r.imported_by,
  sources: r.sources,
  dataDate: r.data_date,
  counts: r.counts,
  issues: r.issues,
  flags: r.flags,
});

/** The key of a record: members by id, organisations by code, others by content. */
function recordKeys(collection: string, rows: readonly object[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const base =
      collection === 'members'
        ? (r as { id: string }).id
        : collection === 'organizations'
          ? (r as { code: string }).code
          : sha256(canonicalJson(r)).slice(0, 32);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}#${n}`;
  });
}

/** Splits a dataset into its header (non-array fields) and its collections. */
function split(dataset: Dataset): {
  header: Record<string, unknown>;
  collections: [string, object[]][];
} {
  const header: Record<string, unknown> = {};
  const collections: [string, object[]][] = [];
  for (const [k, v] of Object.entries(dataset)) {
    if (Array.isArray(v)) collections.push([k, v as object[]]);
    else header[k] = v;
  }
  return { header, collections };
}

/** The ward's register: versions, differences, audit log. */
export class Store {
  private constructor(readonly db: Db) {}

  /**
   * Opens a store (creating a PGlite folder when missing) and runs its
   * migrations. A damaged folder, one that is not a store, or a store of a
   * newer toolkit throws a {@link StoreError}; a PGlite folder another
   * process has open is waited for (`lockTimeoutMs`, default 60 s).
   */
  static async open(location: StoreLocation, options: LockOptions = {}): Promise<Store> {
    const db =
      'url' in location
        ? await openPostgres(location.url)
        : await openPglite(location.dir, options);
    try {
      await migrate(db);
    } catch (error) {
      await db.close().catch(() => undefined);
      if (db.kind === 'pglite' && !(error instanceof StoreError))
        throw corruptStore(db.where, error);
      throw error;
    }
    return new Store(db);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  /**
   * Keeps one import as a new version, in one transaction. A dataset with
   * errors stores no record: only a `rejected` version with its issues.
   */
  async import(input: ImportInput): Promise<VersionInfo> {
    const result = validateDataset(input.dataset);
    const issues = [...(input.readIssues ?? []), ...result.issues];
    const ok = result.ok && !issues.some((i) => i.severity === 'error');
    return this.db.transaction(async (tx) => {
      const [last] = await tx.query<{ id: number }>(
        'SELECT coalesce(max(id), 0)::int AS id FROM versions',
      );
      const id = (last?.id ?? 0) + 1;
      const { header, collections } = split(result.data);
      const counts = Object.fromEntries(collections.map(([k, v]) => [k, v.length]));
      const base = [
        id,
        ok ? 'imported' : 'rejected',
        input.at,
        input.by,
        JSON.stringify(input.sources),
      ];
      const dataDate = (result.data.asOf as string | undefined) ?? null;
      if (!ok) {
        await tx.query(
          `INSERT INTO versions (id, status, imported_at, imported_by, sources, data_date, counts, issues)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7::jsonb, $8::jsonb)`,
          [...base, dataDate, JSON.stringify(counts), JSON.stringify(issues)],
        );
        await appendAudit(tx, {
          at: input.at,
          actor: input.by,
          action: 'import-rejected',
          detail: { version: id },
        });
        return this.info(tx, id);
      }
      const layout: Record<string, string[]> = {};
      const incoming: { collection: string; key: string; data: object }[] = [];
      for (const [collection, rows] of collections) {
        const keys = recordKeys(collection, rows);
        layout[collection] = keys;
        for (const [i, data] of rows.entries()) {
          incoming.push({ collection, key: keys[i] as string, data });
        }
      }
      const flags = await this.disappeared(tx, result.data);
      await tx.query(
        `INSERT INTO versions (id, status, imported_at, imported_by, sources, data_date, counts, issues, header, layout, flags)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7::jsonb, $8::jsonb, $9::jsonb, $10::jsonb, $11::jsonb)`,
        [
          ...base,
          dataDate,
          JSON.stringify(counts),
          JSON.stringify(issues),
          JSON.stringify(header),
          JSON.stringify(layout),
          JSON.stringify(flags),
        ],
      );
      await this.writeRecords(tx, id, incoming);
      await appendAudit(tx, {
        at: input.at,
        actor: input.by,
        action: 'import',
        detail: { version: id, counts, sources: input.sources.map((s) => s.sha256) },
      });
      return this.info(tx, id);
    });
  }

  /** Closes the records that changed or went, opens the new ones. */
  private async writeRecords(
    tx: Sql,
    id: number,
    incoming: readonly { collection: string; key: string; data: object }[],
  ): Promise<void> {
    const open = await tx.query<{ id: string; collection: string; key: string; data: unknown }>(
      'SELECT id, collection, key, data FROM records WHERE valid_to IS NULL',
    );
    const current = new Map(open.map((r) => [`${r.collection}\u0000${r.key}`, r]));
    const fresh: { collection: string; key: string; data: object; valid_from: number }[] = [];
    for (const r of incoming) {
      const k = `${r.collection}\u0000${r.key}`;
      const was = current.get(k);
      if (was !== undefined && canonicalJson(was.data) === canonicalJson(r.data)) current.delete(k);
      else fresh.push({ ...r, valid_from: id });
    }
    const closing = [...current.values()].map((r) => Number(r.id));
    if (closing.length > 0) {
      await tx.query(
        'UPDATE records SET valid_to = $1 WHERE id IN (SELECT value::bigint FROM jsonb_array_elements_text($2::jsonb))',
        [id, JSON.stringify(closing)],
      );
    }
    if (fresh.length > 0 && tx.copyRecords !== undefined) await tx.copyRecords(fresh);
    else if (fresh.length > 0) {
      await tx.query(
        `INSERT INTO records (collection, key, data, valid_from)
         SELECT collection, key, data, valid_from
         FROM jsonb_to_recordset($1::jsonb) AS x(collection text, key text, data jsonb, valid_from integer)`,
        [JSON.stringify(fresh)],
      );
    }
  }

  /** Members of the latest version missing from `next` without a leaving movement there. */
  private async disappeared(tx: Sql, next: Dataset): Promise<DisappearedFlag[]> {
    const now = new Set(next.members.map((m) => m.id));
    const left = new Set(
      next.movements.filter((m) => isLeavingMovement(m.type)).map((m) => m.memberId),
    );
    const open = await tx.query<{ key: string }>(
      "SELECT key FROM records WHERE collection = 'members' AND valid_to IS NULL ORDER BY key",
    );
    return open
      .filter((r) => !now.has(r.key) && !left.has(r.key))
      .map((r) => ({ kind: 'member-disappeared', memberId: r.key }));
  }

  private async info(sql: Sql, id: number): Promise<VersionInfo> {
    const [row] = await sql.query<VersionRow>('SELECT * FROM versions WHERE id = $1', [id]);
    if (row === undefined) {
      throw new InvalidArgumentError({
        vi: `Kho không có phiên bản ${id}.`,
        en: `The store has no version ${id}.`,
      });
    }
    return toInfo(row);
  }

  /** Every import attempt, oldest first. */
  async versions(): Promise<VersionInfo[]> {
    return (await this.db.query<VersionRow>('SELECT * FROM versions ORDER BY id')).map(toInfo);
  }

  /** The latest imported version (not rejected), or `undefined` in an empty store. */
  async latest(): Promise<number | undefined> {
    const [row] = await this.db.query<{ id: number | null }>(
      "SELECT max(id) AS id FROM versions WHERE status = 'imported'",
    );
    return row?.id ?? undefined;
  }

  /**
   * The version current on `date` (YYYY-MM-DD): the latest imported one whose
   * data date (or, without one, import date) is on or before it.
   */
  async versionAsOf(date: string): Promise<number | undefined> {
    const [row] = await this.db.query<{ id: number | null }>(
      `SELECT max(id) AS id FROM versions
       WHERE status = 'imported' AND coalesce(data_date, substr(imported_at, 1, 10)) <= $1`,
      [date],
    );
    return row?.id ?? undefined;
  }

  /** The dataset exactly as imported in version `id`. */
  async read(id: number): Promise<Dataset> {
    const [v] = await this.db.query<{
      status: string;
      header: Record<string, unknown>;
      layout: Record<string, string[]>;
    }>('SELECT status, header, layout FROM versions WHERE id = $1', [id]);
    if (v === undefined || v.status !== 'imported') {
      throw new InvalidArgumentError({
        vi: `Kho không có phiên bản ${id} đã nhập thành công.`,
        en: `The store has no successfully imported version ${id}.`,
      });
    }
    const rows = await this.db.query<{ collection: string; key: string; data: object }>(
      'SELECT collection, key, data FROM records WHERE valid_from <= $1 AND (valid_to IS NULL OR valid_to > $1)',
      [id],
    );
    const byKey = new Map(rows.map((r) => [`${r.collection}\u0000${r.key}`, r.data]));
    const dataset: Record<string, unknown> = { ...v.header };
    for (const [collection, keys] of Object.entries(v.layout)) {
      dataset[collection] = keys.map((k) => byKey.get(`${collection}\u0000${k}`));
    }
    return dataset as Dataset;
  }

  /** The difference between two imported versions. */
  async diff(from: number, to: number): Promise<DatasetDiff> {
    return diffDatasets(await this.read(from), await this.read(to));
  }

  /** Records an export or a report in the audit log (ids and counts only). */
  async log(entry: {
    at: string;
    actor: string;
    action: AuditAction;
    detail: Record<string, unknown>;
  }): Promise<void> {
    await this.db.transaction((tx) => appendAudit(tx, entry));
  }

  /** The audit log, oldest first. */
  audit() {
    return readAudit(this.db);
  }

  /** Checks the audit log's hash chain. */
  verify(): Promise<AuditVerdict> {
    return verifyAudit(this.db);
  }

  /**
   * Keeps a web access token (mã truy cập) by its SHA-256 (hex), never the
   * token itself, and logs `token-add` with its name and role. A name or a
   * hash already kept is an `InvalidArgumentError`.
   */
  addToken(token: {
    name: string;
    role: TokenRole;
    hash: string;
    at: string;
    by: string;
  }): Promise<StoredToken> {
    return addToken(this.db, token);
  }

  /** Every access token kept, revoked ones included, by name. */
  tokens(): Promise<StoredToken[]> {
    return listTokens(this.db);
  }

  /** Revokes the token `name` (logged `token-revoke`); false when no live token has that name. */
  revokeToken(name: string, by: { at: string; by: string }): Promise<boolean> {
    return revokeToken(this.db, name, by);
  }
}
