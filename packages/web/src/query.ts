import { checkWindow, type WindowLabels } from '@org/party-core';
import type { Context } from 'hono';
import type { z } from 'zod';
import { BadRequestError } from './errors';

/** How the page and the API name the window's dates in messages: the page's field names and the query parameters. */
export const QUERY_WINDOW_LABELS: WindowLabels = {
  asOf: { vi: 'Ngày số liệu', en: 'asOf' },
  from: { vi: 'Ngày bắt đầu kỳ', en: 'from' },
};

/**
 * Checks a request's query with its endpoint's schema (the one that documents
 * it in `GET /openapi.json`) and returns it parsed, or throws
 * {@link BadRequestError} with core's message for the window's first problem.
 * An empty parameter (`?asOf=`) counts as absent.
 *
 * @internal
 */
export function checkedQuery<T>(c: Context, schema: z.ZodType<T>): T {
  const query = Object.fromEntries(
    Object.entries(c.req.query()).filter(([, value]) => value !== ''),
  );
  const checked = checkWindow(schema, query, QUERY_WINDOW_LABELS);
  if (!checked.ok) throw new BadRequestError(checked.message);
  return checked.data;
}
