/**
 * The routes that check and count uploaded data: `POST /validate` and
 * `POST /stats`, behind the token.
 *
 * @internal
 * @packageDocumentation
 */
import { Hono } from 'hono';
import { checkedQuery } from '../query';
import { StatsQuery, ValidateQuery } from '../schemas';
import type { RouteContext } from './context';

/** `POST /validate` and `POST /stats`. */
export function dataRoutes({ requireToken, langOf, timed, uploadTask }: RouteContext): Hono {
  const app = new Hono();

  app.post('/validate', requireToken, async (c) => {
    const { asOf } = checkedQuery(c, ValidateQuery);
    const task = { kind: 'validate', lang: langOf(c) } as const;
    const { body } = await timed((deadline) => uploadTask(c, task, asOf, deadline));
    return c.json(body);
  });

  app.post('/stats', requireToken, async (c) => {
    const { asOf, from } = checkedQuery(c, StatsQuery);
    const task = { kind: 'stats', window: { asOf, from } } as const;
    const { stats } = await timed((deadline) => uploadTask(c, task, asOf, deadline));
    return c.json(stats);
  });

  return app;
}
