/**
 * The routes that hold no uploaded data: `GET /health`, the page and its
 * assets (open), and `GET /auth/check`, `/openapi.json`, `/template.xlsx`,
 * `/sample.xlsx` (behind the token).
 *
 * @internal
 * @packageDocumentation
 */
import { templateWorkbookBytes } from '@org/party-import';
import { Hono } from 'hono';
import pkg from '../../package.json' with { type: 'json' };
import { keepPageAssets } from '../assets';
import { download, XLSX } from '../download';
import { NotFoundError, PartyWebError } from '../errors';
import { openApiDocument } from '../openapi';
import { pageHtml } from '../page/html';
import { ICON_SVG } from '../page/icon';
import { pageLabels } from '../page/labels';
import { reportStyleHashes } from '../page/reportStyle';
import type { AuthCheckResponse, HealthResponse } from '../schemas';
import { contentSecurityPolicy } from '../security';
import type { RouteContext } from './context';

let template: Promise<Uint8Array> | undefined;

/** The empty XLSX template (mẫu nhập liệu), made in memory once per process; it holds no user data. */
function templateBytes(): Promise<Uint8Array> {
  template ??= templateWorkbookBytes();
  template.catch(() => {
    template = undefined;
  });
  return template;
}

/** A static asset of the page, or 404 when there is none. */
const asset = (body: () => Promise<string | undefined>, type: string) => async () => {
  const text = await body();
  if (text === undefined) throw new NotFoundError();
  return new Response(text, { headers: { 'Content-Type': type, 'Cache-Control': 'no-cache' } });
};

/** `GET /health`, the page, its assets, the OpenAPI document, the template and the sample. */
export function pageRoutes({ config, tokenRequired, requireRole, callerOf }: RouteContext): Hono {
  const reader = requireRole('reader');
  const labels = JSON.stringify(pageLabels());
  const pageAssets = keepPageAssets(config.pageAssets);
  let styleHashes: Promise<string[]> | undefined;
  const app = new Hono();

  app.get('/health', (c) => {
    const body: HealthResponse = {
      status: 'ok',
      version: pkg.version,
      auth: tokenRequired ? 'token' : 'disabled',
      sample: config.sample !== undefined,
      report: config.report !== undefined || config.template !== undefined,
      register: config.register !== undefined,
      formats: config.renderers.map((renderer) => renderer.format),
      ...(config.window ? { window: config.window } : {}),
    };
    return c.json(body);
  });

  app.get('/', async (c) => {
    if (!(await pageAssets())) {
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
  app.get(
    '/assets/page.js',
    asset(async () => (await pageAssets())?.js, 'text/javascript; charset=utf-8'),
  );
  app.get(
    '/assets/page.css',
    asset(async () => (await pageAssets())?.css, 'text/css; charset=utf-8'),
  );
  app.get(
    '/assets/icon.svg',
    asset(async () => ICON_SVG, 'image/svg+xml'),
  );
  app.get(
    '/assets/labels.json',
    asset(async () => labels, 'application/json; charset=utf-8'),
  );

  // The cheapest request behind the token: the page checks a token with it when it is saved.
  app.get('/auth/check', reader, (c) => {
    const body: AuthCheckResponse = { status: 'ok', ...callerOf(c) };
    return c.json(body);
  });
  app.get('/openapi.json', reader, (c) =>
    c.json(
      openApiDocument({
        version: pkg.version,
        formats: config.renderers,
        auth: tokenRequired,
        register: config.register !== undefined,
      }),
    ),
  );
  app.get('/template.xlsx', reader, async () =>
    download(await templateBytes(), XLSX, 'mau-nhap-lieu.xlsx'),
  );
  app.get('/sample.xlsx', reader, async () => {
    const sample = config.sample;
    if (!sample) {
      throw new NotFoundError({
        vi: 'Máy chủ này không có dữ liệu mẫu.',
        en: 'This server has no sample data.',
      });
    }
    return download(await sample.bytes(), XLSX, sample.fileName);
  });
  return app;
}
