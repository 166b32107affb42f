/**
 * `party serve`: the web page and API (`@org/party-web`) on this computer,
 * with the register when `--store DIR` or `--db URL` is given. Closed by
 * default: it needs a token (`PARTY_TOKEN`, an administrator, or the
 * register's tokens made with `party store token add`), or `--open` on
 * 127.0.0.1 only.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { InvalidArgumentError } from '@org/party-core';
import { type PartyServer, serve } from '@org/party-web/node';
import type { Command } from 'commander';
import { EXIT } from '../exitCodes';
import type { Lang } from '../i18n';
import type { CommandContext } from './context';

const MESSAGES = {
  vi: {
    description: 'Chạy trang web và API trên máy này (có sổ đăng ký khi có --store hoặc --db)',
    port: 'cổng (mặc định 8787, hoặc biến PORT)',
    host: 'địa chỉ lắng nghe (mặc định 127.0.0.1: chỉ máy này)',
    store: 'thư mục kho (sổ đăng ký) PGlite',
    db: 'chuỗi kết nối PostgreSQL của sổ đăng ký',
    open: 'không cần mã truy cập (chỉ khi lắng nghe trên 127.0.0.1)',
    workers: 'số luồng xử lý tệp tải lên (0: xử lý ngay trên luồng chính)',
    closed:
      'Máy chủ cần mã truy cập: đặt biến PARTY_TOKEN (ít nhất 16 ký tự, vai trò quản trị), hoặc dùng --store với các mã tạo bằng “party store token add”, hoặc --open nếu chỉ dùng trên máy này.',
    openNotLocal: '--open chỉ dùng được khi lắng nghe trên 127.0.0.1 (máy này).',
    shortToken: 'PARTY_TOKEN phải dài ít nhất 16 ký tự (một chuỗi ngẫu nhiên).',
    running: 'Trang web đang chạy tại {url}. Bấm Ctrl+C để dừng.',
    register: 'Sổ đăng ký: {where}.',
  },
  en: {
    description:
      'Serve the web page and API on this computer (with the register given --store or --db)',
    port: 'port (default 8787, or PORT)',
    host: 'address to listen on (default 127.0.0.1: this computer only)',
    store: 'PGlite folder of the register',
    db: 'PostgreSQL connection string of the register',
    open: 'no access token (only when listening on 127.0.0.1)',
    workers: 'worker threads for uploads (0: on the main thread)',
    closed:
      'The server needs an access token: set PARTY_TOKEN (16 characters or more, an administrator), or use --store with tokens made by “party store token add”, or --open for this computer only.',
    openNotLocal: '--open needs the server to listen on 127.0.0.1 (this computer).',
    shortToken: 'PARTY_TOKEN must be at least 16 characters (a random secret).',
    running: 'The web page runs at {url}. Press Ctrl+C to stop.',
    register: 'Register: {where}.',
  },
} as const;
type Key = keyof (typeof MESSAGES)['vi'];

function say(lang: Lang, key: Key, params: Record<string, string> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/gu, (_m, name: string) => params[name] ?? '');
}

interface ServeCliOptions {
  readonly port?: string;
  readonly host: string;
  readonly store?: string;
  readonly db?: string;
  readonly open?: boolean;
  readonly workers?: string;
}

/** The options of `serve` from the command line and the environment; throws (exit 2) when none opens it. */
export function serveOptionsOf(
  options: ServeCliOptions,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  lang: Lang,
): Parameters<typeof serve>[0] {
  const port = Number(options.port ?? env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError({
      vi: `Cổng không hợp lệ: ${options.port}`,
      en: `Bad port: ${options.port}`,
    });
  }
  const store =
    options.db !== undefined
      ? { url: options.db }
      : options.store !== undefined
        ? { dir: resolve(cwd, options.store) }
        : undefined;
  const token = env.PARTY_TOKEN;
  if (token !== undefined && token !== '' && token.length < 16) {
    throw new InvalidArgumentError(say(lang, 'shortToken'));
  }
  const local = options.host === '127.0.0.1' || options.host === 'localhost';
  if (options.open && !local) throw new InvalidArgumentError(say(lang, 'openNotLocal'));
  const tokens = token
    ? [
        {
          name: 'admin',
          role: 'administrator' as const,
          hash: createHash('sha256').update(token).digest('hex'),
        },
      ]
    : [];
  if (!options.open && tokens.length === 0 && store === undefined) {
    throw new InvalidArgumentError(say(lang, 'closed'));
  }
  const workers = options.workers === undefined ? undefined : Number(options.workers);
  return {
    port,
    hostname: options.host,
    auth: options.open ? { disabled: true } : { tokens },
    ...(store ? { store } : {}),
    ...(workers === undefined || !Number.isInteger(workers) ? {} : { workers }),
  };
}

/** Waits for Ctrl+C (or SIGTERM). */
const stopSignal = () =>
  new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });

/**
 * `party serve [--port N] [--host ADDR] [--store DIR | --db URL] [--open]`.
 * `stop` ends it (tests); by default Ctrl+C.
 */
export function serveCommand(
  program: Command,
  context: CommandContext,
  stop: () => Promise<void> = stopSignal,
): void {
  const { io, lang } = context;
  program
    .command('serve')
    .description(say(lang, 'description'))
    .option('--port <port>', say(lang, 'port'))
    .option('--host <address>', say(lang, 'host'), '127.0.0.1')
    .option('--store <dir>', say(lang, 'store'))
    .option('--db <url>', say(lang, 'db'))
    .option('--open', say(lang, 'open'))
    .option('--workers <n>', say(lang, 'workers'))
    .action(async (options: ServeCliOptions) => {
      const serveOptions = serveOptionsOf(options, io.env, io.cwd, lang);
      const server: PartyServer = await serve(serveOptions);
      io.stdout.write(`${say(lang, 'running', { url: server.url })}\n`);
      const store = serveOptions.store;
      if (store !== undefined) {
        io.stdout.write(
          `${say(lang, 'register', { where: 'dir' in store ? store.dir : 'PostgreSQL' })}\n`,
        );
      }
      context.setExit(EXIT.ok);
      try {
        await stop();
      } finally {
        await server.close();
      }
    });
}
