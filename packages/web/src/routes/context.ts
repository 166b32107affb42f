import { type Dataset, InvalidDatasetError } from '@org/party-core';
import type { ImportResult } from '@org/party-import';
import type { Context, MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { type Deadline, withDeadline } from '../deadline';
import { UnauthorizedError } from '../errors';
import type { ResolvedOptions } from '../options';
import type { Lang } from '../schemas';
import { bearerChecker, requestLang } from '../security';
import { readUpload, type Upload } from '../upload/readUpload';
import { inlineRunner } from '../upload/runner';

/** What every group of routes shares: the options and the request steps built from them once. */
export interface RouteContext {
  readonly config: ResolvedOptions;
  /** Whether the data endpoints need a bearer token. */
  readonly tokenRequired: boolean;
  /** Refuses a request without the right bearer token (401); lets all through when auth is disabled. */
  readonly requireToken: MiddlewareHandler;
  /** The language of the request's messages. */
  readonly langOf: (c: Context) => Lang;
  /** Runs the request's work within `limits.timeoutMs` (504 after). */
  readonly timed: <T>(work: (deadline: Deadline) => Promise<T>) => Promise<T>;
  /** Reads the upload within the limits and imports it in memory. */
  readonly importRequest: (
    c: Context,
    asOf: string | undefined,
    deadline: Deadline,
  ) => Promise<{ upload: Upload; result: ImportResult }>;
}

/** @internal */
export function routeContext(config: ResolvedOptions): RouteContext {
  const runner = config.runner ?? inlineRunner;
  const checkToken = 'token' in config.auth ? bearerChecker(config.auth.token) : undefined;
  return {
    config,
    tokenRequired: checkToken !== undefined,
    requireToken: createMiddleware(async (c, next) => {
      if (checkToken && !(await checkToken(c.req.header('authorization') ?? null))) {
        throw new UnauthorizedError();
      }
      await next();
    }),
    langOf: (c) =>
      requestLang(new URL(c.req.url), c.req.header('accept-language') ?? null, config.lang),
    timed: (work) => withDeadline(config.limits.timeoutMs, work),
    importRequest: async (c, asOf, deadline) => {
      const upload = await readUpload(c.req.raw, config.limits);
      deadline.check();
      const job = { files: upload.files, asOf, timeoutMs: config.limits.timeoutMs };
      const result = await runner(job, deadline);
      deadline.check();
      return { upload, result };
    },
  };
}

/** The imported dataset, or the 422 that lists its issues. @internal */
export function validData(result: ImportResult): Dataset {
  if (!result.ok) throw new InvalidDatasetError(result.issues);
  return result.data;
}
