import { DEFAULT_RENDERERS } from '@org/party-renderers';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { errorResponse } from './errorResponse';
import { NotFoundError } from './errors';
import { type PartyAppOptions, resolveOptions } from './options';
import { routeContext } from './routes/context';
import { dataRoutes } from './routes/data';
import { dueRoutes } from './routes/due';
import { pageRoutes } from './routes/page';
import { registerRoutes } from './routes/register';
import { reportRoutes } from './routes/reports';
import { applySecurityHeaders } from './security';

/**
 * Creates the web adapter as a Hono app (ứng dụng web): mount it anywhere
 * with `app.route('/party', createPartyApp(options))`, or serve it alone.
 *
 * Endpoints: `GET /health` (open), `POST /validate`, `POST /stats`,
 * `POST /due`, `POST /due/badges`, `POST /reports`, `GET /template.xlsx`, `GET /sample.xlsx`,
 * `GET /openapi.json` (all behind the bearer token unless auth is disabled),
 * and the page at `GET /` with its `assets/` (open: they hold no data).
 * With a `register`, also `/register/…`: import, versions, diff, stats,
 * audit log, tokens. Each token has a role (reader, officer,
 * administrator); an endpoint above the token's role answers 403.
 * Closed by default: creating it without choosing access control throws
 * {@link AuthNotConfiguredError}. Uploads are read in memory only, within
 * `limits`; every response carries security headers; every error is JSON
 * `{ error: { code, message, issues? } }`. The handler reads no file: the
 * page is served when `pageAssets` gives it (`serve` does), so the app runs
 * on any Fetch runtime.
 *
 * @see README.md of this package for the options and the security defaults.
 * @example
 * const app = new Hono();
 * app.route('/party', createPartyApp({ auth: { token: process.env.PARTY_TOKEN } }));
 */
export function createPartyApp(options: PartyAppOptions): Hono {
  const config = resolveOptions(options, DEFAULT_RENDERERS);
  const routes = routeContext(config);
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
        allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type', 'Accept-Language'],
        exposeHeaders: ['Content-Disposition', 'X-Party-Findings'],
        maxAge: 600,
      }),
    );
  }
  app.route('/', pageRoutes(routes));
  app.route('/', dataRoutes(routes));
  app.route('/', dueRoutes(routes));
  app.route('/', reportRoutes(routes));
  if (config.register) app.route('/', registerRoutes(routes, config.register));
  app.notFound((c) => errorResponse(new NotFoundError(), routes.langOf(c)));
  app.onError((error, c) => errorResponse(error, routes.langOf(c), config.onError));
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
