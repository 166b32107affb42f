import {
  type BuiltReport,
  type Dataset,
  InvalidArgumentError,
  type RendererPlugin,
  ReportTemplate,
  type Stats,
} from '@org/party-core';
import type { Store } from '@org/party-store';
import { z } from 'zod';
import type { PageAssetsLoader } from './assets';
import { AuthNotConfiguredError } from './errors';
import { TokenEntry } from './roles';
import { Lang, ReportWindow } from './schemas';
import type { ImportRunner } from './upload/runner';

/** The shortest bearer token accepted. */
export const MIN_TOKEN_LENGTH = 16;

/**
 * Access control (kiểm soát truy cập), a required choice:
 * - `{ token }`: one bearer token, an `administrator` named `admin` (the
 *   option of earlier versions, which could use everything: it still can);
 * - `{ tokens: [{ name, role, hash }] }`: named tokens with roles, each kept
 *   as the SHA-256 of the token ({@link TokenEntry}); with a `register`, the
 *   tokens kept in it count too, so the list may be empty;
 * - `{ disabled: true }`: no token, for a server that only this computer can
 *   reach (bound to 127.0.0.1); every request is the administrator `local`.
 *
 * With tokens and none matching, every data endpoint answers 401: the
 * adapter stays closed until a token is made.
 */
export const AuthOptions = z.union([
  z.object({ token: z.string().min(MIN_TOKEN_LENGTH) }).strict(),
  z.object({ tokens: TokenEntry.array() }).strict(),
  z
    .object({
      disabled: z.boolean().refine((value) => value, { message: 'disabled must be true' }),
    })
    .strict(),
]);
/** Access control. */
export type AuthOptions = z.infer<typeof AuthOptions>;

/** Request limits (giới hạn yêu cầu). */
export const LimitsOptions = z.object({
  /** Largest request body in bytes; default 20 MB. */
  maxBytes: z
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  /** Most files in one upload; default 20. */
  maxFiles: z.int().positive().default(20),
  /** Longest time to answer one request, in milliseconds; default 60 000. */
  timeoutMs: z.int().positive().default(60_000),
});
/** Request limits. */
export type LimitsOptions = z.infer<typeof LimitsOptions>;

/**
 * The serialisable options of the web adapter (cấu hình máy chủ web); the
 * functions (renderers, report builder, sample, error hook) are typed in
 * {@link PartyAppOptions}.
 *
 * @example
 * PartyAppConfig.parse({ auth: { token: 'a-long-random-secret-1234' }, cors: { origins: ['https://phuong.example'] } });
 */
export const PartyAppConfig = z.object({
  auth: AuthOptions,
  /** Origins allowed to call the API from a browser; CORS is off when absent. */
  cors: z
    .object({
      origins: z
        .string()
        .regex(/^https?:\/\/[^/\s*]+$/u)
        .array()
        .min(1),
    })
    .optional(),
  limits: LimitsOptions.prefault({}),
  /** Language of messages when the request does not ask (`?lang=` or `Accept-Language`). */
  lang: Lang.default('vi'),
  /**
   * The reference date and period start the page proposes (kỳ báo cáo), e.g.
   * those of the host's report or sample; without it the page proposes today
   * and the first of January.
   */
  window: ReportWindow.optional(),
  /**
   * The ward's report template (mẫu báo cáo), checked once at creation: the
   * reports of requests that send no template of their own are filled from
   * it. The simple alternative to a `report` builder; give one or the other.
   */
  template: ReportTemplate.optional(),
});
/** The serialisable options, as parsed (defaults filled in). */
export type PartyAppConfig = z.infer<typeof PartyAppConfig>;
/** The serialisable options as a host writes them (defaults optional). */
export type PartyAppConfigInput = z.input<typeof PartyAppConfig>;

/** What a host's report builder receives. */
export interface ReportInput {
  /** The valid dataset uploaded. */
  readonly dataset: Dataset;
  /** `computeStats(dataset, { asOf, from })`. */
  readonly stats: Stats;
  /** Reference date, ISO. */
  readonly asOf: string;
  /** First day of the period, ISO. */
  readonly from: string;
}

/**
 * The host's report builder (lập báo cáo): usually
 * `buildReport(myTemplate, input.stats)` from `@org/party-core`.
 */
export type ReportBuilder = (input: ReportInput) => BuiltReport | Promise<BuiltReport>;

/** A sample workbook served at `GET /sample.xlsx` for the page's “load the sample” button. */
export interface SampleWorkbook {
  /** File name of the download, e.g. `duong-kinh.xlsx`. */
  readonly fileName: string;
  /** The workbook's bytes (read when asked). */
  readonly bytes: () => Promise<Uint8Array>;
}

/**
 * Options of `createPartyApp` and `createPartyHandler`: {@link PartyAppConfig}
 * plus functions.
 */
export interface PartyAppOptions extends PartyAppConfigInput {
  /**
   * Report formats (trình kết xuất); default `DEFAULT_RENDERERS` of
   * `@org/party-renderers`: DOCX, HTML and Markdown.
   */
  readonly renderers?: readonly RendererPlugin[];
  /**
   * Builds the report when the request sends no template: for hosts that
   * build it their own way. Give `template` instead when a fixed template
   * is all it takes; giving both is an error.
   */
  readonly report?: ReportBuilder;
  /** The sample workbook; `GET /sample.xlsx` answers 404 without it. */
  readonly sample?: SampleWorkbook;
  /**
   * Called with every unexpected error (answered 500), for the host's own
   * logging. Uploads are never passed to it; an error's message may still
   * name a file or a row.
   */
  readonly onError?: (error: unknown) => void;
  /**
   * Where the page's script and stylesheet come from. The handler reads no
   * file itself, so it runs on any Fetch runtime: without this option
   * `GET /` answers 503 `page-unavailable` (the API works the same).
   * `serve` from `@org/party-web/node` gives `readPageAssets`, which reads
   * the built page from disk; a rejected promise answers 500.
   */
  readonly pageAssets?: PageAssetsLoader;
  /**
   * Where uploads are parsed, imported and checked (trình chạy nhập dữ
   * liệu): inline on the request's thread by default, so the app runs on
   * any runtime. `serve` from `@org/party-web/node` gives a worker pool's
   * runner, which answers 503 `busy` with `Retry-After` before reading the
   * body when every worker and queue place is taken.
   */
  readonly runner?: ImportRunner;
  /**
   * The register (sổ đăng ký): with it the adapter serves `/register/…`
   * (import a version, list versions, compare two, figures of one, the
   * audit log and its check, the tokens), and the tokens kept in it open
   * the adapter besides those of `auth`. Every answer that holds personal
   * data is recorded in its audit log under the token's name.
   */
  readonly register?: Register;
}

/**
 * The register the adapter serves (sổ đăng ký): a `Store` of
 * `@org/party-store`, or anything with the same methods. `serve` from
 * `@org/party-web/node` opens one from its `store` option.
 */
export type Register = Pick<
  Store,
  | 'versions'
  | 'latest'
  | 'versionAsOf'
  | 'read'
  | 'diff'
  | 'import'
  | 'log'
  | 'audit'
  | 'verify'
  | 'tokens'
  | 'addToken'
  | 'revokeToken'
>;

/** The options after checking, with defaults. */
export interface ResolvedOptions extends PartyAppConfig {
  readonly renderers: readonly RendererPlugin[];
  readonly report?: ReportBuilder;
  readonly sample?: SampleWorkbook;
  readonly onError?: (error: unknown) => void;
  readonly pageAssets?: PageAssetsLoader;
  readonly runner?: ImportRunner;
  readonly register?: Register;
}

const FUNCTION_OPTIONS = z.enum([
  'renderers',
  'report',
  'sample',
  'onError',
  'pageAssets',
  'runner',
  'register',
]).options;

/** The methods a register must have. */
const REGISTER_METHODS = [
  'versions',
  'latest',
  'versionAsOf',
  'read',
  'diff',
  'import',
  'log',
  'audit',
  'verify',
  'tokens',
  'addToken',
  'revokeToken',
] as const;

/**
 * Checks the options once, at creation. Throws {@link AuthNotConfiguredError}
 * when access control is not chosen, and `InvalidArgumentError` for any other
 * bad option.
 *
 * @internal
 */
export function resolveOptions(
  options: PartyAppOptions,
  defaultRenderers: readonly RendererPlugin[],
): ResolvedOptions {
  const auth = (options as Partial<PartyAppOptions> | undefined)?.auth as
    | { token?: unknown; tokens?: unknown; disabled?: unknown }
    | undefined;
  const token = typeof auth?.token === 'string' ? auth.token : '';
  if (token === '' && auth?.disabled !== true && !Array.isArray(auth?.tokens)) {
    throw new AuthNotConfiguredError();
  }
  if (token !== '' && token.length < MIN_TOKEN_LENGTH) {
    throw new InvalidArgumentError(
      `party web: auth.token must be at least ${MIN_TOKEN_LENGTH} characters (a random secret)`,
    );
  }
  const config: Record<string, unknown> = { ...options };
  for (const key of FUNCTION_OPTIONS) delete config[key];
  const parsed = PartyAppConfig.safeParse(config);
  if (!parsed.success) {
    const where = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`)
      .join('; ');
    throw new InvalidArgumentError(`party web: invalid options (${where})`);
  }
  const renderers = options.renderers ?? defaultRenderers;
  for (const renderer of renderers) {
    if (typeof renderer?.render !== 'function' || typeof renderer.format !== 'string') {
      throw new InvalidArgumentError(
        'party web: every renderer needs a format and a render function',
      );
    }
  }
  for (const key of ['report', 'onError', 'pageAssets'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'function') {
      throw new InvalidArgumentError(`party web: ${key} must be a function`);
    }
  }
  if (options.runner !== undefined && typeof options.runner?.reserve !== 'function') {
    throw new InvalidArgumentError('party web: runner must have a reserve function');
  }
  if (
    options.register !== undefined &&
    REGISTER_METHODS.some((name) => typeof options.register?.[name] !== 'function')
  ) {
    throw new InvalidArgumentError(
      `party web: register must be a Store of @org/party-store (with ${REGISTER_METHODS.join(', ')})`,
    );
  }
  if (options.report !== undefined && parsed.data.template !== undefined) {
    throw new InvalidArgumentError(
      'party web: give either template or report (a builder), not both',
    );
  }
  if (
    options.sample !== undefined &&
    (typeof options.sample.bytes !== 'function' || !/\.xlsx$/iu.test(options.sample.fileName ?? ''))
  ) {
    throw new InvalidArgumentError(
      'party web: sample needs a fileName ending in .xlsx and a bytes function',
    );
  }
  return {
    ...parsed.data,
    renderers,
    ...(options.report ? { report: options.report } : {}),
    ...(options.sample ? { sample: options.sample } : {}),
    ...(options.onError ? { onError: options.onError } : {}),
    ...(options.pageAssets ? { pageAssets: options.pageAssets } : {}),
    ...(options.runner ? { runner: options.runner } : {}),
    ...(options.register ? { register: options.register } : {}),
  };
}
