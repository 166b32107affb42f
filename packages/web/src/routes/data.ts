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
export function dataRoutes({ requireRole, langOf, timed, uploadTask, audit }: RouteContext): Hono {
  const app = new Hono();

  // The problems table places each problem by row and quotes cells: officers only.
  app.post('/validate', requireRole('officer'), async (c) => {
    const { asOf } = checkedQuery(c, ValidateQuery);
    const task = { kind: 'validate', lang: langOf(c) } as const;
    const { body } = await timed((deadline) => uploadTask(c, task, asOf, deadline));
    await audit(c, { issues: body.issues.length });
    return c.json(body);
  });

  app.post('/stats', requireRole('reader'), async (c) => {
    const { asOf, from } = checkedQuery(c, StatsQuery);
    const task = { kind: 'stats', window: { asOf, from } } as const;
    const { stats } = await timed((deadline) => uploadTask(c, task, asOf, deadline));
    return c.json(stats);
  });

  return app;
}
