import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { UnreadableInputError } from '@org/party-core';
import pg from 'pg';

/** What a query needs: SQL with `$n` parameters, rows back. The same on PGlite and PostgreSQL. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

/** A store's database: PGlite in a folder or a PostgreSQL server. */
export interface Db extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction, serialised with every other writer of the
   * store (PGlite: its single connection; PostgreSQL: an advisory lock).
   */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The advisory lock key every writer of a store takes (any fixed 64-bit number). */
const WRITE_LOCK = 4_216_016;

const corrupt = (where: string, cause: unknown) =>
  new UnreadableInputError(
    {
      vi: `Không mở được kho dữ liệu ${where}: thư mục bị hỏng hoặc không phải kho.`,
      en: `Cannot open the store ${where}: the folder is damaged or not a store.`,
    },
    { cause },
  );

/** Opens (creating when missing) a PGlite store in `dir`. */
export async function openPglite(dir: string): Promise<Db> {
  mkdirSync(dir, { recursive: true });
  let db: PGlite;
  try {
    db = await PGlite.create(dir);
    await db.query('SELECT 1');
  } catch (cause) {
    throw corrupt(dir, cause);
  }
  const sql: Sql = {
    query: async (text, params) => (await db.query(text, params as unknown[])).rows as never,
  };
  return {
    kind: 'pglite',
    ...sql,
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({ query: async (t, p) => (await tx.query(t, p as unknown[])).rows as never }),
      ),
    close: () => db.close(),
  };
}

/** Connects to a PostgreSQL server; the password, if any, stays in the URL and out of messages. */
export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  try {
    await pool.query('SELECT 1');
  } catch (cause) {
    await pool.end();
    throw new UnreadableInputError(
      {
        vi: 'Không kết nối được máy chủ PostgreSQL của kho dữ liệu.',
        en: 'Cannot connect to the store’s PostgreSQL server.',
      },
      { cause },
    );
  }
  return {
    kind: 'postgres',
    query: async (text, params) => (await pool.query(text, params as unknown[])).rows,
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
        const result = await fn({
          query: async (t, p) => (await client.query(t, p as unknown[])).rows,
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
