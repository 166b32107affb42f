import { type Dataset, InvalidDatasetError } from '@org/party-core';
import type { ImportResult } from '@org/party-import';
import type { Context, MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { type Deadline, withDeadline } from '../deadline';
import { ForbiddenError, ServiceBusyError, UnauthorizedError } from '../errors';
import type { ResolvedOptions } from '../options';
import { type Caller, type Role, roleAllows } from '../roles';
import type { Lang } from '../schemas';
import { callerChecker, type KnownToken, requestLang, tokenHash } from '../security';
import { discardBody, readRawUpload, type Upload } from '../upload/readUpload';
import {
  type ImportOutcome,
  type ImportSlot,
  inlineRunner,
  type UploadTask,
} from '../upload/runner';

/** What every group of routes shares: the options and the request steps built from them once. */
export interface RouteContext {
  readonly config: ResolvedOptions;
  /** Whether the data endpoints need a bearer token. */
  readonly tokenRequired: boolean;
  /**
   * Refuses a request without a known bearer token (401), or whose token's
   * role is below `role` (403); lets all through when auth is disabled (the
   * caller is then the administrator `local`).
   */
  readonly requireRole: (role: Role) => MiddlewareHandler;
  /** Who sent the request (after `requireRole`). */
  readonly callerOf: (c: Context) => Caller;
  /**
   * Records in the register's audit log (action `view`) that the answer to
   * this request holds personal data: the route and `detail` (ids and
   * counts only), under the token's name. Nothing without a register.
   */
  readonly audit: (c: Context, detail: Record<string, unknown>) => Promise<void>;
  /** The language of the request's messages. */
  readonly langOf: (c: Context) => Lang;
  /** Runs the request's work within `limits.timeoutMs` (504 after). */
  readonly timed: <T>(work: (deadline: Deadline) => Promise<T>) => Promise<T>;
  /**
   * Takes a place on the runner (503 when there is none, before the body is
   * read), reads the body within the limits and runs the task on it: on a
   * worker under `serve`.
   */
  readonly uploadTask: <K extends UploadTask['kind']>(
    c: Context,
    task: Extract<UploadTask, { kind: K }>,
    asOf: string | undefined,
    deadline: Deadline,
  ) => Promise<Extract<ImportOutcome, { kind: K }>>;
  /** Reads the upload within the limits and imports it in memory (the `import` task). */
  readonly importRequest: (
    c: Context,
    asOf: string | undefined,
    deadline: Deadline,
  ) => Promise<{ upload: Upload; result: ImportResult }>;
}

/** @internal */
export function routeContext(config: ResolvedOptions): RouteContext {
  const runner = config.runner ?? inlineRunner;
  const uploadTask: RouteContext['uploadTask'] = async (c, task, asOf, deadline) => {
    let slot: ImportSlot;
    try {
      slot = runner.reserve();
    } catch (error) {
      // Refused before its data is read; the body is still taken off the wire.
      if (error instanceof ServiceBusyError) await discardBody(c.req.raw, config.limits.maxBytes);
      throw error;
    }
    let running: Promise<ImportOutcome> | undefined;
    try {
      const raw = await readRawUpload(c.req.raw, config.limits);
      deadline.check();
      const job = {
        raw,
        maxFiles: config.limits.maxFiles,
        asOf,
        timeoutMs: config.limits.timeoutMs,
        task,
      };
      running = slot.run(job, deadline);
      const outcome = await running;
      deadline.check();
      // The runner answers the task it was given.
      return outcome as Extract<ImportOutcome, { kind: typeof task.kind }>;
    } finally {
      // A job that ran gives its place back when it settles (a worker may
      // still be busy after a timeout here); one that never ran, now.
      if (running === undefined) slot.release();
    }
  };
  const { auth, register } = config;
  const configured: Promise<readonly KnownToken[]> =
    'token' in auth
      ? tokenHash(auth.token).then((hash) => [{ name: 'admin', role: 'administrator', hash }])
      : Promise.resolve('tokens' in auth ? auth.tokens : []);
  const known = async (): Promise<readonly KnownToken[]> => {
    const fixed = await configured;
    if (register === undefined) return fixed;
    const kept = (await register.tokens()).filter((token) => token.revokedAt === null);
    return [...fixed, ...kept];
  };
  const identify = 'disabled' in auth ? undefined : callerChecker(known);
  const callers = new WeakMap<Request, Caller>();
  const local: Caller = { name: 'local', role: 'administrator' };
  const callerOf = (c: Context) => callers.get(c.req.raw) ?? local;
  return {
    config,
    tokenRequired: identify !== undefined,
    requireRole: (role) =>
      createMiddleware(async (c, next) => {
        if (identify) {
          const caller = await identify(c.req.header('authorization') ?? null);
          if (caller === undefined) throw new UnauthorizedError();
          if (!roleAllows(caller.role, role)) throw new ForbiddenError(caller.role, role);
          callers.set(c.req.raw, caller);
        }
        await next();
      }),
    callerOf,
    audit: async (c, detail) => {
      await register?.log({
        at: new Date().toISOString(),
        actor: callerOf(c).name,
        action: 'view',
        detail: { route: `${c.req.method} ${c.req.routePath}`, ...detail },
      });
    },
    langOf: (c) =>
      requestLang(new URL(c.req.url), c.req.header('accept-language') ?? null, config.lang),
    timed: (work) => withDeadline(config.limits.timeoutMs, work),
    uploadTask,
    importRequest: async (c, asOf, deadline) => {
      const { upload, result } = await uploadTask(c, { kind: 'import' }, asOf, deadline);
      return { upload, result };
    },
  };
}

/** The imported dataset, or the 422 that lists its issues. @internal */
export function validData(result: ImportResult): Dataset {
  if (!result.ok) throw new InvalidDatasetError(result.issues);
  return result.data;
}
