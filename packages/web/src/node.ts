/**
 * `@org/party-web/node`: serves the web adapter with Node's HTTP server, the
 * page read from disk (`readPageAssets`).
 *
 * @packageDocumentation
 */
import type { AddressInfo } from 'node:net';
import { serve as serveNode } from '@hono/node-server';
import { Store, type StoreLocation } from '@org/party-store';
import { createPartyApp } from './app';
import { readPageAssets } from './nodeAssets';
import type { PartyAppOptions } from './options';
import { createImportPool } from './workerPool';

export { readPageAssets };

/** Options of {@link serve}: the adapter's options plus where to listen. */
export interface ServeOptions extends PartyAppOptions {
  /** TCP port; `0` picks a free one (see {@link PartyServer.url}). */
  readonly port: number;
  /**
   * Address to listen on; default `127.0.0.1`, so only this computer can
   * reach the server. Use `0.0.0.0` only behind HTTPS and with a token.
   */
  readonly hostname?: string;
  /**
   * Worker threads that import uploads (luồng xử lý), so `/health`, the page
   * and small requests answer while large files are parsed; default the
   * cores available minus one (at least 1). `0` imports on the server's own
   * thread. Ignored when `runner` is given.
   */
  readonly workers?: number;
  /**
   * Imports that may wait for a free worker; default twice `workers`.
   * Beyond it the server answers 503 `busy` with `Retry-After`.
   */
  readonly queue?: number;
  /**
   * The register to serve (sổ đăng ký): a PGlite folder `{ dir }` or a
   * PostgreSQL connection string `{ url }`, opened (created when missing)
   * at start and closed with the server. Gives the `/register/…` endpoints
   * and the register's tokens; ignored when `register` is given.
   */
  readonly store?: StoreLocation;
}

/** A running server. */
export interface PartyServer {
  /** Where the page is, e.g. `http://127.0.0.1:8787/`. */
  readonly url: string;
  /** The port listened on (useful with `port: 0`). */
  readonly port: number;
  /** Stops accepting connections and the import workers; resolves once all are closed. */
  close(): Promise<void>;
}

/**
 * Starts the adapter on Node (máy chủ web cho văn phòng đảng ủy) and resolves
 * once it listens. Same options as `createPartyApp`, so the same errors are
 * thrown for bad options (an `AuthNotConfiguredError` without an auth choice);
 * `pageAssets` defaults to {@link readPageAssets}, so the page is served
 * once built.
 *
 * @example
 * const server = await serve({ port: 8787, auth: { disabled: true } });
 * console.log(`Mở ${server.url} trên trình duyệt`);
 * // …
 * await server.close();
 */
export async function serve(options: ServeOptions): Promise<PartyServer> {
  const { port, hostname = '127.0.0.1', workers, queue, store, ...appOptions } = options;
  const opened =
    appOptions.register === undefined && store !== undefined ? await Store.open(store) : undefined;
  const pool =
    appOptions.runner === undefined && workers !== 0
      ? createImportPool({
          ...(workers === undefined ? {} : { workers }),
          ...(queue === undefined ? {} : { queue }),
        })
      : undefined;
  let app: ReturnType<typeof createPartyApp>;
  try {
    app = createPartyApp({
      ...appOptions,
      pageAssets: appOptions.pageAssets ?? readPageAssets,
      ...(pool ? { runner: pool.runner } : {}),
      ...(opened ? { register: opened } : {}),
    });
  } catch (error) {
    await pool?.close();
    await opened?.close();
    throw error;
  }
  return new Promise((resolve, reject) => {
    const server = serveNode({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}/`,
        port: info.port,
        close: async () => {
          const closing = new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            if ('closeAllConnections' in server) server.closeAllConnections();
          });
          await Promise.all([closing, pool?.close()]);
          await opened?.close();
        },
      });
    });
    server.once('error', (error) => {
      void pool?.close();
      void opened?.close();
      reject(error);
    });
  });
}
