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

/** How the due endpoints name their parameters in messages. */
const DUE_LABELS: Record<string, { vi: string; en: string }> = {
  from: { vi: 'Từ ngày (from)', en: 'from' },
  until: { vi: 'Đến ngày (until)', en: 'until' },
  occasion: { vi: 'Dịp trao huy hiệu (occasion)', en: 'occasion' },
  format: { vi: 'Định dạng (format)', en: 'format' },
};

/**
 * Checks the query of `POST /due` or `POST /due/badges` with its schema and
 * returns it parsed, or throws {@link BadRequestError} naming the first
 * parameter that is missing or wrong (and `until` before `from`). An empty
 * parameter counts as absent.
 *
 * @internal
 */
export function checkedDueQuery<T>(c: Context, schema: z.ZodType<T>): T {
  const query = Object.fromEntries(
    Object.entries(c.req.query()).filter(([, value]) => value !== ''),
  );
  const parsed = schema.safeParse(query);
  if (parsed.success) {
    const data = parsed.data as { from?: string; until?: string };
    if (data.from !== undefined && data.until !== undefined && data.from > data.until) {
      throw new BadRequestError({
        vi: `Đến ngày (${data.until}) phải sau hoặc trùng từ ngày (${data.from}).`,
        en: `until ${data.until} must not be before from ${data.from}.`,
      });
    }
    return parsed.data;
  }
  const issue = parsed.error.issues[0];
  const name = String(issue?.path[0] ?? '');
  const label = DUE_LABELS[name] ?? { vi: name, en: name };
  const value = query[name];
  if (value === undefined) {
    throw new BadRequestError({
      vi: `Thiếu ${label.vi.charAt(0).toLowerCase()}${label.vi.slice(1)}${name === 'format' ? '' : ' (dạng yyyy-mm-dd, ví dụ 2026-03-01)'}.`,
      en: `${label.en} is missing${name === 'format' ? '' : ' (a date as yyyy-mm-dd, e.g. 2026-03-01)'}.`,
    });
  }
  const shownValue = value.length > 40 ? `${value.slice(0, 39)}…` : value;
  if (name === 'format') {
    const options = issue?.code === 'invalid_value' ? issue.values.map(String).join(', ') : '';
    throw new BadRequestError({
      vi: `Không có định dạng “${shownValue}”: chọn ${options}.`,
      en: `Unknown format “${shownValue}”: choose ${options}.`,
    });
  }
  throw new BadRequestError({
    vi: `${label.vi} “${shownValue}” không phải ngày hợp lệ. Hãy ghi dạng yyyy-mm-dd, ví dụ 2026-03-01.`,
    en: `${label.en} “${shownValue}” is not a valid date. Write it as yyyy-mm-dd, e.g. 2026-03-01.`,
  });
}
