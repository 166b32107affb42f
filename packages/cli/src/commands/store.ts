import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InvalidArgumentError } from '@org/party-core';
import type { ImportResult } from '@org/party-import';
import { writeCanonicalJson } from '@org/party-import/node';
import {
  describeDiff,
  type SourceFile,
  Store,
  sha256,
  TOKEN_ROLES,
  type TokenRole,
} from '@org/party-store';
import { type Command, Option } from 'commander';
import { EXIT } from '../exitCodes';
import { type Lang, text } from '../i18n';
import { loadDataset } from '../loadDataset';
import type { CommandContext } from './context';

/** The messages of `party store`, Vietnamese first. */
const MESSAGES = {
  vi: {
    description:
      'Sổ lưu trữ: mỗi lần nhập là một phiên bản, có lịch sử, so sánh và nhật ký kiểm tra',
    dir: 'thư mục kho (mặc định .party)',
    db: 'chuỗi kết nối PostgreSQL (mặc định DATABASE_URL)',
    by: 'người nhập (tên người dùng)',
    init: 'Tạo hoặc nâng cấp kho',
    import: 'Nhập một bộ dữ liệu thành phiên bản mới',
    log: 'Liệt kê các phiên bản',
    diff: 'So sánh hai phiên bản',
    export: 'Xuất một phiên bản ra JSON chuẩn',
    verify: 'Kiểm tra chuỗi băm của nhật ký',
    ready: 'Kho đã sẵn sàng: {where}',
    imported: 'Đã lưu phiên bản {id}: {members} đảng viên, {orgs} tổ chức.',
    rejected: 'Dữ liệu có lỗi: đã ghi nhận lần nhập {id} bị từ chối, không lưu bản ghi nào.',
    flagged:
      'Cảnh báo: {count} đảng viên không còn trong danh sách mà không có biến động rời đi (mã: {ids}).',
    empty: 'Kho chưa có phiên bản nào.',
    diffHead: 'Phiên bản {from} → {to}',
    exported: 'Đã xuất phiên bản {id} ra {path}.',
    verified: 'Nhật ký nguyên vẹn: {entries} mục.',
    broken: 'Nhật ký đã bị sửa: mục {seq} ({reason}).',
    noVersion: 'Kho không có phiên bản phù hợp.',
    token: 'Mã truy cập của trang web (lưu dạng băm trong kho)',
    tokenAdd: 'Cấp một mã truy cập mới; mã chỉ hiện một lần',
    tokenList: 'Liệt kê các mã truy cập (không bao giờ hiện mã)',
    tokenRevoke: 'Thu hồi một mã truy cập',
    role: 'vai trò: reader (xem số liệu), officer (cán bộ văn phòng), administrator (quản trị)',
    tokenMade:
      'Đã cấp mã “{name}” ({role}). Mã truy cập (chỉ hiện lần này, hãy chép và giữ kín):\n{token}',
    tokenNone: 'Kho chưa có mã truy cập nào.',
    tokenRevoked: 'Đã thu hồi mã “{name}”.',
    tokenUnknown: 'Không có mã truy cập còn hiệu lực tên “{name}”.',
    badRole: 'Vai trò phải là reader, officer hoặc administrator.',
  },
  en: {
    description: 'The register: each import a version, with history, differences and an audit log',
    dir: 'store folder (default .party)',
    db: 'PostgreSQL connection string (default DATABASE_URL)',
    by: 'who imports (a user name)',
    init: 'Create or upgrade the store',
    import: 'Import a dataset as a new version',
    log: 'List the versions',
    diff: 'Compare two versions',
    export: 'Export a version as canonical JSON',
    verify: 'Check the audit log’s hash chain',
    ready: 'Store ready: {where}',
    imported: 'Stored version {id}: {members} members, {orgs} organisations.',
    rejected: 'The data has errors: recorded rejected import {id}, no record stored.',
    flagged: 'Warning: {count} members left the roster with no leaving movement (ids: {ids}).',
    empty: 'The store has no version yet.',
    diffHead: 'Version {from} → {to}',
    exported: 'Exported version {id} to {path}.',
    verified: 'Audit log intact: {entries} entries.',
    broken: 'The audit log was tampered with: entry {seq} ({reason}).',
    noVersion: 'The store has no matching version.',
    token: 'Access tokens of the web page (kept hashed in the store)',
    tokenAdd: 'Make a new access token; it is shown once',
    tokenList: 'List the access tokens (never the tokens)',
    tokenRevoke: 'Revoke an access token',
    role: 'role: reader, officer or administrator',
    tokenMade:
      'Made token “{name}” ({role}). The token (shown this once; copy it and keep it secret):\n{token}',
    tokenNone: 'The store has no access token yet.',
    tokenRevoked: 'Revoked token “{name}”.',
    tokenUnknown: 'No live token is named “{name}”.',
    badRole: 'The role must be reader, officer or administrator.',
  },
} as const;
type Key = keyof (typeof MESSAGES)['vi'];

function say(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/gu, (_m, name: string) =>
    String(params[name] ?? ''),
  );
}

interface Where {
  readonly dir?: string;
  readonly db?: string;
}

/**
 * Opens the store of the options: `--db`, else `--dir`, else `DATABASE_URL`,
 * else the folder `.party` (an option given on the command line wins over
 * the environment).
 */
export function openStoreOf(where: Where, context: CommandContext): Promise<Store> {
  const url = where.db ?? (where.dir === undefined ? context.io.env.DATABASE_URL : undefined);
  return url
    ? Store.open({ url })
    : Store.open({ dir: resolve(context.io.cwd, where.dir ?? '.party') });
}

async function withStore<T>(
  where: Where,
  context: CommandContext,
  fn: (s: Store) => Promise<T>,
): Promise<T> {
  const store = await openStoreOf(where, context);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** The options of a command that reads its data from a dataset path or from the register. */
export interface StoreSourceOptions {
  readonly store?: string;
  readonly storeVersion?: string;
}

/**
 * The data of `stats` and `report`: the dataset at `path`, or, with
 * `--store DIR`, the version `--store-version N` of the register (default:
 * the version current on `asOf`). A read for a report is logged in the
 * register's audit log.
 */
export async function loadDataOf(
  path: string | undefined,
  options: StoreSourceOptions,
  asOf: string,
  context: CommandContext,
  audit?: { readonly action: 'report'; readonly detail: Record<string, unknown> },
): Promise<ImportResult> {
  if ((path === undefined) === (options.store === undefined)) {
    throw new InvalidArgumentError(text(context.lang, 'datasetOrStore'));
  }
  if (path !== undefined) return loadDataset(path, context.io, context.lang, asOf);
  const data = await withStore({ dir: options.store }, context, async (store) => {
    const id =
      options.storeVersion !== undefined
        ? Number(options.storeVersion)
        : await store.versionAsOf(asOf);
    if (id === undefined || !Number.isInteger(id)) {
      throw new InvalidArgumentError(say(context.lang, 'noVersion'));
    }
    const dataset = await store.read(id);
    if (audit !== undefined) {
      await store.log({
        at: new Date().toISOString(),
        actor: context.io.env.USER ?? 'party',
        action: audit.action,
        detail: { version: id, ...audit.detail },
      });
    }
    return dataset;
  });
  return { ok: true, data, issues: [], format: 'json' };
}

/** The source files of a dataset path: the file, or each file of the folder, with SHA-256. */
function sourceFiles(path: string): SourceFile[] {
  const names = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((n) => statSync(join(path, n)).isFile())
        .sort()
        .map((n) => join(basename(path), n))
    : [basename(path)];
  return names.map((name) => ({ name, sha256: sha256(readFileSync(join(dirname(path), name))) }));
}

function locationOptions(command: Command, lang: Lang): Command {
  return command
    .option('--dir <dir>', say(lang, 'dir'))
    .addOption(new Option('--db <url>', say(lang, 'db')));
}

function importSub(store: Command, context: CommandContext): void {
  const { io, lang } = context;
  locationOptions(
    store.command('import').description(say(lang, 'import')).argument('<dataset>'),
    lang,
  )
    .option('--by <name>', say(lang, 'by'), io.env.USER ?? 'party')
    .action(async (path: string, options: Where & { by: string }) => {
      const result = await loadDataset(path, io, lang, undefined);
      const sources = sourceFiles(resolve(io.cwd, path));
      const at = new Date().toISOString();
      const v = await withStore(options, context, (s) =>
        s.import({ dataset: result.data, at, by: options.by, sources, readIssues: result.issues }),
      );
      if (v.status === 'rejected') {
        io.stderr.write(`${say(lang, 'rejected', { id: v.id })}\n`);
        context.setExit(EXIT.invalidData);
        return;
      }
      io.stdout.write(
        `${say(lang, 'imported', { id: v.id, members: v.counts.members ?? 0, orgs: v.counts.organizations ?? 0 })}\n`,
      );
      if (v.flags.length > 0) {
        const ids = v.flags.map((f) => f.memberId).join(', ');
        io.stdout.write(`${say(lang, 'flagged', { count: v.flags.length, ids })}\n`);
      }
      context.setExit(EXIT.ok);
    });
}

function readSubs(store: Command, context: CommandContext): void {
  const { io, lang } = context;
  locationOptions(store.command('log').description(say(lang, 'log')), lang).action(
    async (options: Where) => {
      const versions = await withStore(options, context, (s) => s.versions());
      if (versions.length === 0) io.stdout.write(`${say(lang, 'empty')}\n`);
      for (const v of versions) {
        const cells = [
          v.id,
          v.status,
          v.importedAt,
          v.importedBy,
          v.dataDate ?? '-',
          v.counts.members ?? 0,
          v.flags.length,
        ];
        io.stdout.write(`${cells.join('\t')}\n`);
      }
      context.setExit(EXIT.ok);
    },
  );
  locationOptions(
    store.command('diff').description(say(lang, 'diff')).argument('<from>').argument('<to>'),
    lang,
  )
    .option('--json', 'JSON')
    .action(async (from: string, to: string, options: Where & { json?: boolean }) => {
      const d = await withStore(options, context, (s) => s.diff(Number(from), Number(to)));
      if (options.json) io.stdout.write(`${JSON.stringify(d, null, 2)}\n`);
      else {
        const lines = [say(lang, 'diffHead', { from, to }), ...describeDiff(d, lang)];
        io.stdout.write(`${lines.join('\n')}\n`);
      }
      context.setExit(EXIT.ok);
    });
}

function writeSubs(store: Command, context: CommandContext): void {
  const { io, lang } = context;
  locationOptions(store.command('init').description(say(lang, 'init')), lang).action(
    async (options: Where) => {
      await withStore(options, context, async () => undefined);
      io.stdout.write(
        `${say(lang, 'ready', { where: options.db ? 'PostgreSQL' : (options.dir ?? '.party') })}\n`,
      );
      context.setExit(EXIT.ok);
    },
  );
  locationOptions(
    store.command('export').description(say(lang, 'export')).argument('<version>'),
    lang,
  )
    .requiredOption('-o, --output <file>', 'JSON')
    .option('--by <name>', say(lang, 'by'), io.env.USER ?? 'party')
    .action(async (version: string, options: Where & { output: string; by: string }) => {
      const id = Number(version);
      await withStore(options, context, async (s) => {
        await writeCanonicalJson(resolve(io.cwd, options.output), await s.read(id));
        await s.log({
          at: new Date().toISOString(),
          actor: options.by,
          action: 'export',
          detail: { version: id },
        });
      });
      io.stdout.write(`${say(lang, 'exported', { id, path: options.output })}\n`);
      context.setExit(EXIT.ok);
    });
  locationOptions(store.command('verify').description(say(lang, 'verify')), lang).action(
    async (options: Where) => {
      const verdict = await withStore(options, context, (s) => s.verify());
      if (verdict.ok) {
        io.stdout.write(`${say(lang, 'verified', { entries: verdict.entries })}\n`);
        context.setExit(EXIT.ok);
      } else {
        io.stderr.write(
          `${say(lang, 'broken', { seq: verdict.problem?.seq ?? 0, reason: verdict.problem?.reason ?? '' })}\n`,
        );
        context.setExit(EXIT.invalidData);
      }
    },
  );
}

/** `party store token add | list | revoke`: the web's access tokens, kept as SHA-256 hashes. */
function tokenSubs(store: Command, context: CommandContext): void {
  const { io, lang } = context;
  const token = store.command('token').description(say(lang, 'token'));
  locationOptions(token.command('add').description(say(lang, 'tokenAdd')).argument('<name>'), lang)
    .requiredOption('--role <role>', say(lang, 'role'))
    .option('--by <name>', say(lang, 'by'), io.env.USER ?? 'party')
    .action(async (name: string, options: Where & { role: string; by: string }) => {
      if (!TOKEN_ROLES.includes(options.role as TokenRole)) {
        throw new InvalidArgumentError(say(lang, 'badRole'));
      }
      const secret = randomBytes(32).toString('base64url');
      const made = await withStore(options, context, (s) =>
        s.addToken({
          name,
          role: options.role as TokenRole,
          hash: sha256(secret),
          at: new Date().toISOString(),
          by: options.by,
        }),
      );
      io.stdout.write(
        `${say(lang, 'tokenMade', { name: made.name, role: made.role, token: secret })}\n`,
      );
      context.setExit(EXIT.ok);
    });
  locationOptions(token.command('list').description(say(lang, 'tokenList')), lang).action(
    async (options: Where) => {
      const tokens = await withStore(options, context, (s) => s.tokens());
      if (tokens.length === 0) io.stdout.write(`${say(lang, 'tokenNone')}\n`);
      for (const t of tokens) {
        const cells = [t.name, t.role, t.createdAt, t.createdBy, t.revokedAt ?? '-'];
        io.stdout.write(`${cells.join('\t')}\n`);
      }
      context.setExit(EXIT.ok);
    },
  );
  locationOptions(
    token.command('revoke').description(say(lang, 'tokenRevoke')).argument('<name>'),
    lang,
  )
    .option('--by <name>', say(lang, 'by'), io.env.USER ?? 'party')
    .action(async (name: string, options: Where & { by: string }) => {
      const done = await withStore(options, context, (s) =>
        s.revokeToken(name, { at: new Date().toISOString(), by: options.by }),
      );
      if (done) {
        io.stdout.write(`${say(lang, 'tokenRevoked', { name })}\n`);
        context.setExit(EXIT.ok);
      } else {
        io.stderr.write(`${say(lang, 'tokenUnknown', { name })}\n`);
        context.setExit(EXIT.usage);
      }
    });
}

/** `party store init | import | log | diff | export | verify | token`. */
export function storeCommand(program: Command, context: CommandContext): void {
  const store = program.command('store').description(say(context.lang, 'description'));
  writeSubs(store, context);
  importSub(store, context);
  readSubs(store, context);
  tokenSubs(store, context);
}
