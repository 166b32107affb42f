import type { Db } from './db';
import { StoreError } from './errors';

/**
 * The store's schema, one entry per version, never edited once released: a
 * change is a new entry. One statement per string (prepared statements take one). Plain PostgreSQL, so PGlite and a server run the same.
 */
export const MIGRATIONS: readonly (readonly string[])[] = [
  [
    `CREATE TABLE versions (
     id integer PRIMARY KEY,
     status text NOT NULL CHECK (status IN ('imported', 'rejected')),
     imported_at text NOT NULL,
     imported_by text NOT NULL,
     sources jsonb NOT NULL,
     data_date text,
     counts jsonb NOT NULL,
     issues jsonb NOT NULL,
     header jsonb,
     layout jsonb,
     flags jsonb NOT NULL DEFAULT '[]'
   )`,
    `CREATE TABLE records (
     id bigserial PRIMARY KEY,
     collection text NOT NULL,
     key text NOT NULL,
     data jsonb NOT NULL,
     valid_from integer NOT NULL REFERENCES versions (id),
     valid_to integer REFERENCES versions (id)
   )`,
    'CREATE INDEX records_open ON records (collection, key) WHERE valid_to IS NULL',
    'CREATE INDEX records_span ON records (valid_from, valid_to)',
    `CREATE TABLE audit_log (
     seq integer PRIMARY KEY,
     at text NOT NULL,
     actor text NOT NULL,
     action text NOT NULL,
     detail jsonb NOT NULL,
     prev_hash text NOT NULL,
     hash text NOT NULL
   )`,
  ],
  [
    `CREATE TABLE tokens (
     name text PRIMARY KEY,
     role text NOT NULL CHECK (role IN ('reader', 'officer', 'administrator')),
     hash text NOT NULL UNIQUE,
     created_at text NOT NULL,
     created_by text NOT NULL,
     revoked_at text
   )`,
  ],
];

/** Brings the schema to the latest version, in one transaction; returns the version. */
export async function migrate(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const [row] = await tx.query<{ v: number }>(
      'SELECT coalesce(max(version), 0)::int AS v FROM schema_migrations',
    );
    const current = row?.v ?? 0;
    if (current > MIGRATIONS.length) {
      throw new StoreError('newer', {
        vi: `Kho dữ liệu ${db.where} do phiên bản mới hơn của bộ công cụ tạo ra (lược đồ ${current}, bản này biết đến ${MIGRATIONS.length}); hãy cập nhật bộ công cụ.`,
        en: `The store ${db.where} was written by a newer toolkit (schema ${current}, this one knows ${MIGRATIONS.length}); update the toolkit.`,
      });
    }
    for (let v = current + 1; v <= MIGRATIONS.length; v += 1) {
      for (const statement of MIGRATIONS[v - 1] ?? []) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v]);
    }
    return MIGRATIONS.length;
  });
}
