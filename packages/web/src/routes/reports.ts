/**
 * The report routes: `POST /reports` (the report as a download) and
 * `POST /reports/findings` (the stated figures that differ from the data),
 * behind the token.
 *
 * @internal
 * @packageDocumentation
 */
import { requireCompleteReport, type StatsWindow } from '@org/party-core';
import { type Context, Hono } from 'hono';
import type { Deadline } from '../deadline';
import { download } from '../download';
import { checkedQuery } from '../query';
import { buildRequestedReport, type RequestedReport, rendererFor } from '../report';
import { FindingsQuery, type FindingsResponse, ReportQuery } from '../schemas';
import { type RouteContext, validData } from './context';

/** `POST /reports` and `POST /reports/findings`. */
export function reportRoutes({ config, requireToken, timed, importRequest }: RouteContext): Hono {
  /** Imports the upload and builds its report (the uploaded template, else the host's). */
  const reportOf = async (
    c: Context,
    window: StatsWindow,
    deadline: Deadline,
    narrative: 'generic' | undefined,
  ): Promise<RequestedReport> => {
    const { upload, result } = await importRequest(c, window.asOf, deadline);
    const dataset = validData(result);
    deadline.check();
    const report = await buildRequestedReport(config, dataset, window, upload.template, narrative);
    deadline.check();
    return report;
  };
  const app = new Hono();

  app.post('/reports', requireToken, async (c) => {
    const { asOf, from, format, narrative, draft } = checkedQuery(c, ReportQuery);
    const renderer = rendererFor(config.renderers, format);
    return timed(async (deadline) => {
      const { report } = await reportOf(c, { asOf, from }, deadline, narrative);
      // A figure the data lacks is printed only in a draft: otherwise 422 missing-figures.
      requireCompleteReport(report, { draft: draft === '1' });
      const bytes = await renderer.render(report.model);
      return download(bytes, renderer.mediaType, `bao-cao-${asOf}.${renderer.extension}`, {
        'X-Party-Findings': String(report.mismatches.length),
      });
    });
  });

  app.post('/reports/findings', requireToken, async (c) => {
    const { asOf, from, narrative } = checkedQuery(c, FindingsQuery);
    const body: FindingsResponse = await timed(async (deadline) => {
      const { report, otherWard } = await reportOf(c, { asOf, from }, deadline, narrative);
      return {
        mismatches: [...report.mismatches],
        gaps: report.gaps.map((gap) => ({ ...gap, figures: [...gap.figures] })),
        ...(otherWard ? { otherWard } : {}),
      };
    });
    return c.json(body);
  });

  return app;
}
