/**
 * The report routes: `POST /reports` (the report as a download) and
 * `POST /reports/findings` (the stated figures that differ from the data),
 * behind the token.
 *
 * @internal
 * @packageDocumentation
 */
import type { PreparedReport, StatsWindow } from '@org/party-core';
import { type Context, Hono } from 'hono';
import type { Deadline } from '../deadline';
import { download } from '../download';
import { checkedQuery } from '../query';
import { buildRequestedReport, rendererFor } from '../report';
import { type FindingsResponse, ReportQuery, StatsQuery } from '../schemas';
import { type RouteContext, validData } from './context';

/** `POST /reports` and `POST /reports/findings`. */
export function reportRoutes({ config, requireToken, timed, importRequest }: RouteContext): Hono {
  /** Imports the upload and builds its report (the uploaded template, else the host's). */
  const reportOf = async (
    c: Context,
    window: StatsWindow,
    deadline: Deadline,
  ): Promise<PreparedReport> => {
    const { upload, result } = await importRequest(c, window.asOf, deadline);
    const dataset = validData(result);
    deadline.check();
    const report = await buildRequestedReport(config, dataset, window, upload.template);
    deadline.check();
    return report;
  };
  const app = new Hono();

  app.post('/reports', requireToken, async (c) => {
    const { asOf, from, format } = checkedQuery(c, ReportQuery);
    const renderer = rendererFor(config.renderers, format);
    return timed(async (deadline) => {
      const report = await reportOf(c, { asOf, from }, deadline);
      const bytes = await renderer.render(report.model);
      return download(bytes, renderer.mediaType, `bao-cao-${asOf}.${renderer.extension}`, {
        'X-Party-Findings': String(report.mismatches.length),
      });
    });
  });

  app.post('/reports/findings', requireToken, async (c) => {
    const { asOf, from } = checkedQuery(c, StatsQuery);
    const body: FindingsResponse = await timed(async (deadline) => {
      const report = await reportOf(c, { asOf, from }, deadline);
      return { mismatches: [...report.mismatches] };
    });
    return c.json(body);
  });

  return app;
}
