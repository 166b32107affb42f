/**
 * `@org/party-store`: the ward's register. Every import is kept as a version
 * (records effective-dated across versions), any version reads back exactly,
 * two versions can be compared, and an append-only hash-chained audit log
 * records imports, exports and reports. PGlite in a folder by default, the
 * same schema and queries on a PostgreSQL server.
 */
export {
  type AuditAction,
  type AuditEntry,
  type AuditVerdict,
  entryHash,
  GENESIS_HASH,
} from './audit';
export { canonicalJson, sha256 } from './canonical';
export { type Db, LOCK_FILE, openPglite, openPostgres, type RecordRow, type Sql } from './db';
export {
  type DiffCollection,
  type DiffLang,
  describeDiff,
  describeValue,
  fieldHeader,
} from './describeDiff';
export { type DatasetDiff, diffDatasets, type FieldChange, type KeyedDiff } from './diff';
export { StoreError, type StoreProblem } from './errors';
export type { LockOptions } from './lock';
export { MIGRATIONS, migrate } from './migrations';
export {
  type DisappearedFlag,
  type ImportInput,
  type SourceFile,
  Store,
  type StoreLocation,
  type VersionInfo,
} from './store';
export { type StoredToken, TOKEN_NAME, TOKEN_ROLES, type TokenRole } from './tokens';
