import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { StoreError } from './errors';
import { type LockOptions, lockFile } from './lock';

/** A record row as the `records` table takes it. */
export interface RecordRow {
  readonly collection: string;
  readonly key: string;
  readonly data: object;
  readonly valid_from: number;
}

/** What a query needs: SQL with `$n` parameters, rows back. The same on PGlite and PostgreSQL. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /**
   * Appends rows to `records` in bulk, where the backend has a faster way
   * than one `INSERT` (PostgreSQL: `COPY … FROM STDIN`); absent on PGlite.
   */
  copyRecords?(rows: readonly RecordRow[]): Promise<void>;
}

/** A field of COPY's text format: backslash, tab and line ends escaped. */
const copyField = (text: string) =>
  text.replace(
    /[\\\t\n\r]/gu,
    (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] as string,
  );

/** The rows as COPY text lines, a thousand to a chunk. */
function* copyLines(rows: readonly RecordRow[]): Generator<string> {
  for (let i = 0; i < rows.length; i += 1000) {
    let chunk = '';
    for (const r of rows.slice(i, i + 1000)) {
      chunk += `${copyField(r.collection)}\t${copyField(r.key)}\t${copyField(JSON.stringify(r.data))}\t${r.valid_from}\n`;
    }
    yield chunk;
  }
}

/** A store's database: PGlite in a folder or a PostgreSQL server. */
export interface Db extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** The folder, or `PostgreSQL` (never the connection string): for messages. */
  readonly where: string;
  /**
   * Runs `fn` in one transaction, serialised with every other writer of the
   * store (PGlite: its single connection; PostgreSQL: an advisory lock).
   */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The advisory lock key every writer of a store takes (any fixed 64-bit number). */
const WRITE_LOCK = 4_216_016;

/** The lock file a process holds while it has a PGlite store open. */
export const LOCK_FILE = 'party-store.lock';

/** The error of a folder that is not a (sound) store. */
export const corruptStore = (where: string, cause?: unknown) =>
  new StoreError(
    'corrupt',
    {
      vi: `Không mở được kho dữ liệu ${where}: thư mục bị hỏng hoặc không phải kho. Hãy khôi phục thư mục từ bản sao lưu, hoặc chỉ ra một thư mục trống để tạo kho mới.`,
      en: `Cannot open the store ${where}: the folder is damaged or not a store. Restore the folder from a backup, or name an empty folder to create a new store.`,
    },
    cause === undefined ? {} : { cause },
  );

/**
 * Creates the store folder `dir` when it is missing or empty: PGlite
 * initialises a sibling temporary folder, renamed into place at the end, so
 * a process killed meanwhile leaves no half-made store (and of two processes
 * creating it at once, one wins and the other uses its store).
 */
async function createIfMissing(dir: string): Promise<void> {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!existsSync(join(dir, 'PG_VERSION'))) throw corruptStore(dir);
    return;
  }
  mkdirSync(dirname(dir), { recursive: true });
  const fresh = mkdtempSync(`${dir}.new-`);
  try {
    const db = await PGlite.create(fresh);
    await db.close();
    renameSync(fresh, dir);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
  }
}

/**
 * Opens (creating when missing) a PGlite store in `dir`, holding its lock
 * file until closed: PGlite is one process's database, so a second process
 * waits for the first to close (a lock left by a killed process is broken).
 */
export async function openPglite(dir: string, options: LockOptions = {}): Promise<Db> {
  await createIfMissing(dir);
  const release = await lockFile(join(dir, LOCK_FILE), dir, options);
  let db: PGlite;
  try {
    db = await PGlite.create(dir);
    await db.query('SELECT 1');
  } catch (cause) {
    release();
    throw corruptStore(dir, cause);
  }
  const sql: Sql = {
    query: async (text, params) => (await db.query(text, params as unknown[])).rows as never,
  };
  return {
    kind: 'pglite',
    where: dir,
    ...sql,
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({ query: async (t, p) => (await tx.query(t, p as unknown[])).rows as never }),
      ),
    close: async () => {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}

/** Connects to a PostgreSQL server; the password, if any, stays in the URL and out of messages. */
export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  try {
    await pool.query('SELECT 1');
  } catch (cause) {
    await pool.end();
    throw new StoreError(
      'unreachable',
      {
        vi: 'Không kết nối được máy chủ PostgreSQL của kho dữ liệu.',
        en: 'Cannot connect to the store’s PostgreSQL server.',
      },
      { cause },
    );
  }
  return {
    kind: 'postgres',
    where: 'PostgreSQL',
    query: async (text, params) => (await pool.query(text, params as unknown[])).rows,
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
        const result = await fn({
          query: async (t, p) => (await client.query(t, p as unknown[])).rows,
          copyRecords: (rows) =>
            pipeline(
              Readable.from(copyLines(rows)),
              client.query(copyFrom('COPY records (collection, key, data, valid_from) FROM STDIN')),
            ),
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
