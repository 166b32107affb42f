/**
 * The routes that check and count uploaded data: `POST /validate` and
 * `POST /stats`, behind the token.
 *
 * @internal
 * @packageDocumentation
 */
import { computeStats } from '@org/party-core';
import { Hono } from 'hono';
import { countIssues, presentIssues, recordCounts } from '../issues';
import { checkedQuery } from '../query';
import { StatsQuery, ValidateQuery, type ValidateResponse } from '../schemas';
import { type RouteContext, validData } from './context';

/** `POST /validate` and `POST /stats`. */
export function dataRoutes({ requireToken, langOf, timed, importRequest }: RouteContext): Hono {
  const app = new Hono();

  app.post('/validate', requireToken, async (c) => {
    const lang = langOf(c);
    const { asOf } = checkedQuery(c, ValidateQuery);
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
      ...presentIssues(result.issues, lang),
    };
    return c.json(body);
  });

  app.post('/stats', requireToken, async (c) => {
    const { asOf, from } = checkedQuery(c, StatsQuery);
    const stats = await timed(async (deadline) => {
      const { result } = await importRequest(c, asOf, deadline);
      return computeStats(validData(result), { asOf, from });
    });
    return c.json(stats);
  });

  return app;
}
