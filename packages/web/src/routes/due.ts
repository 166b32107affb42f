/**
 * The routes of the due list (việc đến hạn), behind the token:
 * `POST /due?from=&until=` (the list as JSON, or `format=ics|csv|xlsx` as a
 * download) and `POST /due/badges?occasion=&format=docx|xlsx` (the badge
 * proposal list of one award occasion). Same uploads as `/stats`; the work
 * runs where the runner runs (a worker under `serve`). Data with errors is
 * refused (422), as for `/stats`.
 *
 * @internal
 * @packageDocumentation
 */
import { Hono } from 'hono';
import { download } from '../download';
import { checkOccasion, type DueAnswer, type DueAsk } from '../due';
import { checkedDueQuery } from '../query';
import { BadgesQuery, DueQuery, type DueResponse } from '../schemas';
import type { RouteContext } from './context';

/** `POST /due` and `POST /due/badges`. */
export function dueRoutes({ requireRole, langOf, timed, uploadTask, audit }: RouteContext): Hono {
  const app = new Hono();
  // The lists name members (by id on the page, by name in the files): officers only.
  const officer = requireRole('officer');
  const answer = async (c: Parameters<typeof langOf>[0], ask: DueAsk): Promise<DueAnswer> => {
    const result = await timed(async (deadline) => {
      const task = { kind: 'due', ask } as const;
      return (await uploadTask(c, task, undefined, deadline)).answer;
    });
    await audit(c, { what: ask.what, format: ask.format });
    return result;
  };
  const reply = (result: DueAnswer): Response => {
    if ('list' in result) {
      const body: DueResponse = result.list;
      return Response.json(body);
    }
    const { bytes, mediaType, fileName } = result.file;
    return download(bytes, mediaType, fileName);
  };

  app.post('/due', officer, async (c) => {
    const { from, until, format } = checkedDueQuery(c, DueQuery);
    const ask = { what: 'list', window: { from, until }, format, lang: langOf(c) } as const;
    return reply(await answer(c, ask));
  });

  app.post('/due/badges', officer, async (c) => {
    const { occasion, format } = checkedDueQuery(c, BadgesQuery);
    // Not an award occasion: the request's 400, before any data is read.
    checkOccasion(occasion);
    return reply(await answer(c, { what: 'badges', occasion, format, lang: langOf(c) }));
  });

  return app;
}
