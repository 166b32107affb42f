import {
  type BuiltReport,
  buildReport,
  computeStats,
  InvalidDatasetError,
  IsoDate,
  parseReportMarkdown,
  type RendererPlugin,
  ReportTemplate,
} from '@org/party-core';
import { docxRenderer } from '@org/party-docx';
import { type ImportResult, templateWorkbookBytes } from '@org/party-import';
import { htmlRenderer, markdownRenderer } from '@org/party-preview';
import { type Context, Hono } from 'hono';
import { cors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';
import pkg from '../package.json' with { type: 'json' };
import { loadPageAssets } from './assets';
import { type Deadline, withDeadline } from './deadline';
import { errorResponse } from './errorResponse';
import { BadRequestError, NotFoundError, PartyWebError, UnauthorizedError } from './errors';
import { countIssues, recordCounts, toWebIssue } from './issues';
import { openApiDocument } from './openapi';
import { type PartyAppOptions, type ResolvedOptions, resolveOptions } from './options';
import { pageHtml } from './page/html';
import { ICON_SVG } from './page/icon';
import { pageLabels } from './page/labels';
import { reportStyleHashes } from './page/reportStyle';
import type { FindingsResponse, HealthResponse, Lang, ValidateResponse } from './schemas';
import {
  applySecurityHeaders,
  bearerChecker,
  contentSecurityPolicy,
  requestLang,
} from './security';
import { importUpload } from './upload/importUpload';
import { readUpload } from './upload/readUpload';

/** The report formats served when no `renderers` option is given: Markdown, HTML and DOCX. */
export const DEFAULT_RENDERERS: readonly RendererPlugin[] = [
  markdownRenderer,
  htmlRenderer,
  docxRenderer,
];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function attachment(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/gu, '')
    .replace(/["\\]/gu, '');
  return `attachment; filename="${ascii || 'tai-ve'}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function download(
  bytes: Uint8Array,
  mediaType: string,
  fileName: string,
  extra: Record<string, string> = {},
) {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': mediaType,
      'Content-Disposition': attachment(fileName),
      'Cache-Control': 'no-store',
      ...extra,
    },
  });
}

let template: Promise<Uint8Array> | undefined;

/** The empty XLSX template (mẫu nhập liệu), made in memory once per process; it holds no user data. */
function templateBytes(): Promise<Uint8Array> {
  template ??= templateWorkbookBytes();
  template.catch(() => {
    template = undefined;
  });
  return template;
}

const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 39)}…` : value);

/** Reads `asOf` (and `from` when `needFrom`) from the query, with messages a person can act on. */
function readWindow(c: Context, needFrom: true): { asOf: string; from: string };
function readWindow(c: Context, needFrom: false): { asOf?: string };
function readWindow(c: Context, needFrom: boolean): { asOf?: string; from?: string } {
  const dates: { asOf?: string; from?: string } = {};
  const names = { asOf: 'Ngày số liệu', from: 'Ngày bắt đầu kỳ' } as const;
  for (const key of ['asOf', 'from'] as const) {
    const value = c.req.query(key);
    if (value === undefined || value === '') {
      if (key === 'asOf' && !needFrom) continue;
      if (key === 'from' && !needFrom) continue;
      throw new BadRequestError({
        vi: `Thiếu ${names[key].toLowerCase()} (tham số ${key}, dạng yyyy-mm-dd, ví dụ 2026-03-01).`,
        en: `The ${key} parameter is missing (a date as yyyy-mm-dd, e.g. 2026-03-01).`,
      });
    }
    if (!IsoDate.safeParse(value).success) {
      throw new BadRequestError({
        vi: `${names[key]} “${shown(value)}” không phải ngày hợp lệ. Hãy dùng dạng yyyy-mm-dd, ví dụ 2026-03-01.`,
        en: `${key} “${shown(value)}” is not a valid date. Use yyyy-mm-dd, e.g. 2026-03-01.`,
      });
    }
    dates[key] = value;
  }
  if (dates.asOf !== undefined && dates.from !== undefined && dates.from > dates.asOf) {
    throw new BadRequestError({
      vi: 'Ngày bắt đầu kỳ phải trước hoặc trùng ngày số liệu.',
      en: 'from must not be after asOf.',
    });
  }
  return dates;
}

function templateError(vi: string, en: string) {
  return new BadRequestError({ vi, en }, 'invalid-template');
}

/** Builds the report from the request's template, else with the host's builder. */
async function buildRequestedReport(
  options: ResolvedOptions,
  input: Parameters<NonNullable<ResolvedOptions['report']>>[0],
  templateText: string | undefined,
): Promise<BuiltReport> {
  let built: BuiltReport;
  if (templateText !== undefined) {
    let raw: unknown;
    const text = templateText.replace(/^\uFEFF/u, '').trimStart();
    if (!text.startsWith('{')) {
      // The ward's narrative in Markdown (docs/report.md), as `party report` reads it.
      const narrative = parseReportMarkdown(text);
      if (!narrative.ok || !narrative.data) {
        const at = (line: number) => (line > 0 ? `dòng ${line}: ` : '');
        const atEn = (line: number) => (line > 0 ? `line ${line}: ` : '');
        const first = narrative.issues.slice(0, 5);
        throw templateError(
          `Nội dung báo cáo còn chỗ chưa đúng — ${first.map((i) => `${at(i.line)}${i.message.vi}`).join('; ')}.`,
          `The narrative has problems — ${first.map((i) => `${atEn(i.line)}${i.message.en}`).join('; ')}.`,
        );
      }
      raw = narrative.data;
    } else {
      try {
        raw = JSON.parse(text);
      } catch {
        throw templateError(
          'Mẫu báo cáo không phải JSON hợp lệ. Hãy kiểm tra lại tệp mẫu.',
          'The report template is not valid JSON. Check the template file.',
        );
      }
    }
    const parsed = ReportTemplate.safeParse(raw);
    const where = (issues: readonly { path: readonly PropertyKey[] }[]) =>
      issues
        .slice(0, 5)
        .map((issue) => issue.path.map(String).join('.') || '(gốc)')
        .join(', ');
    if (!parsed.success) {
      throw templateError(
        `Mẫu báo cáo thiếu hoặc sai các mục: ${where(parsed.error.issues)}. Hãy sửa mẫu theo hướng dẫn.`,
        `The report template has missing or wrong entries: ${where(parsed.error.issues)}. Correct the template.`,
      );
    }
    try {
      built = buildReport(raw as ReportTemplate, input.stats);
    } catch (cause) {
      const issues = (cause as { issues?: { path: PropertyKey[] }[] }).issues ?? [];
      throw templateError(
        `Mẫu báo cáo không lập được văn bản hợp lệ (${where(issues)}). Hãy sửa mẫu theo hướng dẫn.`,
        `The report template does not give a valid document (${where(issues)}). Correct the template.`,
      );
    }
  } else if (options.report) {
    built = await options.report(input);
  } else {
    throw new BadRequestError(
      {
        vi: 'Máy chủ chưa có mẫu báo cáo. Hãy chọn tệp nội dung báo cáo (.md) hoặc mẫu báo cáo (.json) rồi thử lại.',
        en: 'The server has no report template. Choose a narrative (.md) or a report template (.json) and try again.',
      },
      'no-report-template',
    );
  }
  if (built.errors.length > 0) {
    const list = built.errors
      .slice(0, 5)
      .map((e) => `{{${e.placeholder}}} (${e.section})`)
      .join(', ');
    throw templateError(
      `Mẫu báo cáo có ${built.errors.length} chỗ điền số liệu không hợp lệ: ${list}. Hãy sửa tên số liệu trong mẫu.`,
      `The report template has ${built.errors.length} placeholder(s) that cannot be filled: ${list}. Correct them.`,
    );
  }
  return built;
}

/**
 * Creates the web adapter as a Hono app (ứng dụng web): mount it anywhere
 * with `app.route('/party', createPartyApp(options))`, or serve it alone.
 *
 * Endpoints: `GET /health` (open), `POST /validate`, `POST /stats`,
 * `POST /reports`, `GET /template.xlsx`, `GET /sample.xlsx`,
 * `GET /openapi.json` (all behind the bearer token unless auth is disabled),
 * and the page at `GET /` with its `assets/` (open: they hold no data).
 * Closed by default: creating it without choosing access control throws
 * {@link AuthNotConfiguredError}. Uploads are read in memory only, within
 * `limits`; every response carries security headers; every error is JSON
 * `{ error: { code, message, issues? } }`.
 *
 * @see README.md of this package for the options and the security defaults.
 * @example
 * const app = new Hono();
 * app.route('/party', createPartyApp({ auth: { token: process.env.PARTY_TOKEN } }));
 */
export function createPartyApp(options: PartyAppOptions): Hono {
  const config = resolveOptions(options, DEFAULT_RENDERERS);
  const checkToken = 'token' in config.auth ? bearerChecker(config.auth.token) : undefined;
  const labels = JSON.stringify(pageLabels());
  let styleHashes: Promise<string[]> | undefined;
  const langOf = (c: Context): Lang =>
    requestLang(new URL(c.req.url), c.req.header('accept-language') ?? null, config.lang);

  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    applySecurityHeaders(c.res.headers);
  });
  if (config.cors) {
    app.use(
      '*',
      cors({
        origin: [...config.cors.origins],
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type', 'Accept-Language'],
        exposeHeaders: ['Content-Disposition', 'X-Party-Findings'],
        maxAge: 600,
      }),
    );
  }
  const requireToken = createMiddleware(async (c, next) => {
    if (checkToken && !(await checkToken(c.req.header('authorization') ?? null))) {
      throw new UnauthorizedError();
    }
    await next();
  });
  const timed = <T>(work: (deadline: Deadline) => Promise<T>) =>
    withDeadline(config.limits.timeoutMs, work);
  const importRequest = async (c: Context, asOf: string | undefined, deadline: Deadline) => {
    const upload = await readUpload(c.req.raw, config.limits);
    deadline.check();
    const result = await importUpload(upload.files, asOf, deadline);
    deadline.check();
    return { upload, result };
  };
  const validData = (result: ImportResult) => {
    if (!result.ok) throw new InvalidDatasetError(result.issues);
    return result.data;
  };

  app.get('/health', (c) => {
    const body: HealthResponse = {
      status: 'ok',
      version: pkg.version,
      auth: checkToken ? 'token' : 'disabled',
      sample: config.sample !== undefined,
      report: config.report !== undefined,
      formats: config.renderers.map((renderer) => renderer.format),
      ...(config.window ? { window: config.window } : {}),
    };
    return c.json(body);
  });

  app.get('/', async (c) => {
    if (!(await loadPageAssets())) {
      throw new PartyWebError('page-unavailable', {
        vi: 'Trang web chưa được dựng. Người quản trị hãy chạy lệnh build của gói @org/party-web.',
        en: 'The page has not been built. Run the build of @org/party-web.',
      });
    }
    styleHashes ??= reportStyleHashes(config.renderers);
    const path = c.req.path;
    const base = path.endsWith('/') ? path : `${path}/`;
    return new Response(pageHtml(base, pkg.version), {
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': contentSecurityPolicy(await styleHashes),
        'Cache-Control': 'no-cache',
      },
    });
  });

  const asset = (body: () => Promise<string | undefined>, type: string) => async () => {
    const text = await body();
    if (text === undefined) throw new NotFoundError();
    return new Response(text, { headers: { 'Content-Type': type, 'Cache-Control': 'no-cache' } });
  };
  app.get(
    '/assets/page.js',
    asset(async () => (await loadPageAssets())?.js, 'text/javascript; charset=utf-8'),
  );
  app.get(
    '/assets/page.css',
    asset(async () => (await loadPageAssets())?.css, 'text/css; charset=utf-8'),
  );
  app.get(
    '/assets/icon.svg',
    asset(async () => ICON_SVG, 'image/svg+xml'),
  );
  app.get(
    '/assets/labels.json',
    asset(async () => labels, 'application/json; charset=utf-8'),
  );

  app.get('/openapi.json', requireToken, (c) =>
    c.json(
      openApiDocument({
        version: pkg.version,
        formats: config.renderers,
        auth: checkToken !== undefined,
      }),
    ),
  );

  app.get('/template.xlsx', requireToken, async () =>
    download(await templateBytes(), XLSX, 'mau-nhap-lieu.xlsx'),
  );

  app.get('/sample.xlsx', requireToken, async () => {
    const sample = config.sample;
    if (!sample) {
      throw new NotFoundError({
        vi: 'Máy chủ này không có dữ liệu mẫu.',
        en: 'This server has no sample data.',
      });
    }
    return download(await sample.bytes(), XLSX, sample.fileName);
  });

  app.post('/validate', requireToken, async (c) => {
    const lang = langOf(c);
    const { asOf } = readWindow(c, false);
    const { result } = await timed((deadline) => importRequest(c, asOf, deadline));
    const { name, committee, superior } = result.data.ward;
    const body: ValidateResponse = {
      ok: result.ok,
      format: result.format,
      ward: {
        ...(name === undefined ? {} : { name }),
        ...(committee === undefined ? {} : { committee }),
        ...(superior === undefined ? {} : { superior }),
      },
      counts: countIssues(result.issues),
      records: recordCounts(result),
      issues: result.issues.map((issue) => toWebIssue(issue, lang)),
    };
    return c.json(body);
  });

  app.post('/stats', requireToken, async (c) => {
    const window = readWindow(c, true);
    const stats = await timed(async (deadline) => {
      const { result } = await importRequest(c, window.asOf, deadline);
      return computeStats(validData(result), window);
    });
    return c.json(stats);
  });

  /** Imports the upload, computes the stats and builds the report (the host's or the uploaded template). */
  const reportOf = async (
    c: Context,
    window: { asOf: string; from: string },
    deadline: Deadline,
  ) => {
    const { upload, result } = await importRequest(c, window.asOf, deadline);
    const dataset = validData(result);
    const stats = computeStats(dataset, window);
    deadline.check();
    const built = await buildRequestedReport(
      config,
      { dataset, stats, ...window },
      upload.template,
    );
    deadline.check();
    return built;
  };

  app.post('/reports', requireToken, async (c) => {
    const window = readWindow(c, true);
    const format = (c.req.query('format') ?? '').toLowerCase();
    const renderer = config.renderers.find((r) => r.format === format);
    if (!renderer) {
      const known = config.renderers.map((r) => r.format).join(', ');
      throw new BadRequestError({
        vi: `Không có định dạng báo cáo “${shown(format)}”. Các định dạng có: ${known}.`,
        en: `No report format “${shown(format)}”. Formats: ${known}.`,
      });
    }
    return timed(async (deadline) => {
      const built = await reportOf(c, window, deadline);
      const bytes = await renderer.render(built.model);
      return download(bytes, renderer.mediaType, `bao-cao-${window.asOf}.${renderer.extension}`, {
        'X-Party-Findings': String(built.mismatches.length),
      });
    });
  });

  app.post('/reports/findings', requireToken, async (c) => {
    const window = readWindow(c, true);
    const body: FindingsResponse = await timed(async (deadline) => {
      const built = await reportOf(c, window, deadline);
      return { mismatches: [...built.mismatches] };
    });
    return c.json(body);
  });

  app.notFound((c) => errorResponse(new NotFoundError(), langOf(c)));
  app.onError((error, c) => errorResponse(error, langOf(c), config.onError));
  return app;
}

/**
 * The adapter as a Web-standard handler, `(request) => Promise<Response>`,
 * for any server that speaks Fetch (Node with `@org/party-web/node`, Deno,
 * Bun, a service worker test). Same options and behaviour as
 * {@link createPartyApp}.
 *
 * @example
 * const handle = createPartyHandler({ auth: { disabled: true } });
 * const response = await handle(new Request('http://localhost/health'));
 */
export function createPartyHandler(
  options: PartyAppOptions,
): (request: Request) => Promise<Response> {
  const app = createPartyApp(options);
  return async (request) => app.fetch(request);
}
