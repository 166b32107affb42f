/**
 * The report routes: `POST /reports` (the report as a download) and
 * `POST /reports/findings` (the stated figures that differ from the data),
 * behind the token. When the host's report is data (a `template`, or none)
 * and its renderers are the defaults, the whole report is made where the
 * runner runs (a worker under `serve`); a host's report builder or own
 * renderers are functions, which stay on this thread after the import.
 *
 * @internal
 * @packageDocumentation
 */
import type { StatsWindow } from '@org/party-core';
import { DEFAULT_RENDERERS } from '@org/party-renderers';
import { type Context, Hono } from 'hono';
import type { Deadline } from '../deadline';
import { download } from '../download';
import { BadRequestError } from '../errors';
import { checkedQuery } from '../query';
import {
  buildRequestedReport,
  findingsBody,
  type RenderedReport,
  type ReportKindAsk,
  type RequestedReport,
  rendererFor,
  renderRequestedReport,
} from '../report';
import { FindingsQuery, type FindingsResponse, ReportQuery } from '../schemas';
import type { ReportAsk } from '../upload/runner';
import { type RouteContext, validData } from './context';

/** The report the query asks for by `kind` and `year`; `kind` without `year` is the request's 400. */
function reportKind(
  kind: 'xep-loai' | undefined,
  year: string | undefined,
): ReportKindAsk | undefined {
  if (kind === undefined) return undefined;
  if (year === undefined) {
    throw new BadRequestError({
      vi: 'Báo cáo xếp loại chất lượng cần năm đánh giá (year), ví dụ year=2025.',
      en: 'The classification report needs the year assessed (year), e.g. year=2025.',
    });
  }
  return { kind, year: Number(year) };
}

/** `POST /reports` and `POST /reports/findings`. */
export function reportRoutes(context: RouteContext): Hono {
  const { config, requireRole, timed, importRequest, uploadTask } = context;
  // Reports hold figures, not members: readers may make them.
  const reader = requireRole('reader');
  /** Whether a worker can make the whole report: no function of the host is needed. */
  const portable = config.report === undefined && config.renderers === DEFAULT_RENDERERS;
  /** Imports the upload here and builds its report (the uploaded template, else the host's). */
  const reportHere = async (
    c: Context,
    window: StatsWindow,
    deadline: Deadline,
    narrative: 'generic' | undefined,
    kind?: ReportKindAsk,
  ): Promise<RequestedReport> => {
    const { upload, result } = await importRequest(c, window.asOf, deadline);
    const dataset = validData(result);
    deadline.check();
    const report = await buildRequestedReport(
      config,
      dataset,
      window,
      upload.template,
      narrative,
      kind,
    );
    deadline.check();
    return report;
  };
  const ask = (
    window: StatsWindow,
    narrative: 'generic' | undefined,
    kind?: ReportKindAsk,
  ): ReportAsk => ({ window, narrative, template: config.template, reportKind: kind });
  const app = new Hono();

  app.post('/reports', reader, async (c) => {
    const {
      asOf,
      from,
      format,
      narrative,
      draft,
      findings,
      kind: kindName,
      year,
    } = checkedQuery(c, ReportQuery);
    const window = { asOf, from };
    const kind = reportKind(kindName, year);
    // An unknown format is the request's 400, before any data is read.
    rendererFor(config.renderers, format);
    const rendered: RenderedReport = await timed(async (deadline) => {
      if (portable) {
        const task = {
          kind: 'report' as const,
          format,
          draft: draft === '1',
          findings,
          ...ask(window, narrative, kind),
        };
        return (await uploadTask(c, task, asOf, deadline)).report;
      }
      const built = await reportHere(c, window, deadline, narrative, kind);
      return renderRequestedReport(config.renderers, built, format, draft === '1', findings);
    });
    const name = kind ? `xep-loai-${kind.year}` : `bao-cao-${asOf}`;
    return download(rendered.bytes, rendered.mediaType, `${name}.${rendered.extension}`, {
      'X-Party-Findings': String(rendered.mismatches),
    });
  });

  app.post('/reports/findings', reader, async (c) => {
    const { asOf, from, narrative } = checkedQuery(c, FindingsQuery);
    const window = { asOf, from };
    const body: FindingsResponse = await timed(async (deadline) => {
      if (portable) {
        const task = { kind: 'findings', ...ask(window, narrative) } as const;
        return (await uploadTask(c, task, asOf, deadline)).body;
      }
      return findingsBody(await reportHere(c, window, deadline, narrative));
    });
    return c.json(body);
  });

  return app;
}
