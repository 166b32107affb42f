import { z } from 'zod';
import { InvalidArgumentError } from '../errors';
import type { LocalizedMessage } from '../validation/issue';
import { IsoDate, toCalendarDate } from './dates';
import { formatDateVi } from './format';

/** The two dates of a window, each an ISO date, in no particular order yet. */
const WindowDates = z.object({
  /** Reference date of the roster (ngày số liệu), ISO `yyyy-mm-dd`. */
  asOf: IsoDate,
  /** First day of the period for movements and activity (ngày bắt đầu kỳ), ISO. */
  from: IsoDate,
});

/** The issue a window with `from` after `asOf` gets; {@link windowMessage} words it. */
const REVERSED = 'from-after-as-of';

/**
 * Checks that `from` is not after `asOf`. Shared by every schema that holds a
 * window, so the rule (and the rules history adds to it) has one home.
 */
function checkOrder(
  value: { asOf?: string | undefined; from?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (value.asOf !== undefined && value.from !== undefined && value.from > value.asOf) {
    ctx.addIssue({
      code: 'custom',
      path: ['from'],
      message: REVERSED,
      params: { window: REVERSED },
    });
  }
}

/**
 * The statistics window (kỳ số liệu): the reference date `asOf` and the first
 * day `from` of the period, with `from <= asOf`. The one schema of the dates
 * every figure is computed for: core's computations, the CLI's options and
 * the web adapter's query (where it also documents the API) all use it.
 */
export const StatsWindow = WindowDates.superRefine(checkOrder);
/** A statistics window: `asOf` and `from`, with `from <= asOf`. */
export type StatsWindow = z.infer<typeof StatsWindow>;

/**
 * Builds a window schema with more fields (the options of a computation, the
 * query of an endpoint) that keeps the window's rules.
 *
 * @example
 * const Query = windowSchema({ format: z.string() });
 */
export function windowSchema<const S extends z.ZodRawShape>(shape: S) {
  return WindowDates.extend(shape).superRefine(checkOrder);
}

/** A window whose dates may be left out (validation needs at most `asOf`). */
export const OptionalWindow = WindowDates.partial().superRefine(checkOrder);

/**
 * What a dataset's history covers (data contract §4.3): the date its roster
 * and organisation list are true on (`dataDate`, R) and the date from which
 * its movements are complete (`movementsFrom`, M). Either may be unknown.
 */
export interface DataCoverage {
  readonly dataDate?: string | undefined;
  readonly movementsFrom?: string | undefined;
}

/** The issues a window outside the data's coverage gets; {@link windowMessage} words them. */
const AFTER_DATA_DATE = 'after-data-date';
const BEFORE_MOVEMENTS = 'before-movements-from';

/**
 * The window rules that history adds (data contract §4.3): `asOf` not after
 * the data date, and neither `from` nor `asOf` before the movements are
 * complete. Without a data date the roster is taken as true on `asOf`; without
 * `movementsFrom` the movements are taken as complete.
 */
function checkCoverage(coverage: DataCoverage) {
  return (
    value: { asOf?: string | undefined; from?: string | undefined },
    ctx: z.RefinementCtx,
  ) => {
    const { dataDate, movementsFrom } = coverage;
    if (value.asOf !== undefined && dataDate !== undefined && value.asOf > dataDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['asOf'],
        message: AFTER_DATA_DATE,
        params: { dataDate },
      });
    }
    if (movementsFrom === undefined) return;
    for (const field of ['from', 'asOf'] as const) {
      const date = value[field];
      if (date !== undefined && date < movementsFrom) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: BEFORE_MOVEMENTS,
          params: { movementsFrom },
        });
        return;
      }
    }
  };
}

/**
 * The window of a dataset: {@link windowSchema} with the rules of the data's
 * coverage. Every computation at a date checks its window with it, so a
 * figure of another date is never presented as the date asked for.
 *
 * @example
 * checkWindow(coveredWindowSchema({ dataDate: '2026-03-01' }), { asOf: '2026-06-30', from: '2026-01-01' })
 * // { ok: false, message: { vi: 'Không tính được số liệu đến ngày 30/6/2026: dữ liệu chỉ đúng đến ngày 1/3/2026 …', en: '…' } }
 */
export function coveredWindowSchema<const S extends z.ZodRawShape>(
  coverage: DataCoverage,
  shape: S = {} as S,
) {
  return WindowDates.extend(shape).superRefine(checkOrder).superRefine(checkCoverage(coverage));
}

/** What the data covers, in words: the sentence every coverage message ends with. */
function coverageText(issue: z.core.$ZodIssue): LocalizedMessage {
  const params = (issue as { params?: { dataDate?: string; movementsFrom?: string } }).params ?? {};
  if (params.dataDate !== undefined) {
    return {
      vi: `Dữ liệu chỉ đúng đến ngày ${viDate(params.dataDate)} (Ngày số liệu của tệp đơn vị). Hãy chọn ngày số liệu không sau ngày đó, hoặc nhập dữ liệu mới hơn.`,
      en: `The data is true on ${params.dataDate} (its data date). Choose a reference date on or before it, or import newer data.`,
    };
  }
  const m = params.movementsFrom ?? '';
  return {
    vi: `Biến động chỉ được ghi đầy đủ từ ngày ${viDate(m)} (Biến động đầy đủ từ ngày). Hãy chọn kỳ bắt đầu từ ngày đó trở về sau.`,
    en: `Movements are complete only from ${m} (movementsFrom). Choose a period that starts on or after it.`,
  };
}

/** How a surface names the window's two dates to its users (an option, a query parameter, a field). */
export interface WindowLabels {
  readonly asOf: LocalizedMessage;
  readonly from: LocalizedMessage;
}

/** The names of the window's dates in core's own messages and in an API's query. */
export const WINDOW_LABELS: WindowLabels = {
  asOf: { vi: 'Ngày số liệu (asOf)', en: 'asOf' },
  from: { vi: 'Ngày bắt đầu kỳ (from)', en: 'from' },
};

const shown = (value: unknown) => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
};
/** `16/6/2022`, or the text as given when it is not a date. */
const viDate = (iso: string) =>
  IsoDate.safeParse(iso).success ? formatDateVi(toCalendarDate(iso)) : iso;
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The message of one problem of a window, in both languages: the catalogue
 * of the window's messages, used by every surface with its own labels.
 * `input` is what was given (to quote the date that was not read).
 */
export function windowMessage(
  issue: z.core.$ZodIssue,
  input: Readonly<Record<string, unknown>>,
  labels: WindowLabels = WINDOW_LABELS,
): LocalizedMessage {
  const field = issue.path[0] === 'from' ? 'from' : 'asOf';
  const label = labels[field];
  if (
    issue.code === 'custom' &&
    (issue.message === AFTER_DATA_DATE || issue.message === BEFORE_MOVEMENTS)
  ) {
    // The date is named as a date, not as a parameter: every surface (an
    // option, a query, a form field) shows the same sentence.
    const covered = coverageText(issue);
    const date = shown(input[field]);
    const when =
      field === 'from'
        ? { vi: `cho kỳ từ ngày ${viDate(date)}`, en: `for a period from ${date}` }
        : { vi: `đến ngày ${viDate(date)}`, en: `at ${date}` };
    return {
      vi: `Không tính được số liệu ${when.vi}: ${lower(covered.vi)}`,
      en: `Figures cannot be computed ${when.en}: ${lower(covered.en)}`,
    };
  }
  if (issue.code === 'custom' && issue.message === REVERSED) {
    return {
      vi: `${labels.from.vi} (${shown(input.from)}) phải trước hoặc trùng ${lower(labels.asOf.vi)} (${shown(input.asOf)}).`,
      en: `${labels.from.en} ${shown(input.from)} must not be after ${labels.asOf.en} ${shown(input.asOf)}.`,
    };
  }
  const value = input[field];
  if (value === undefined || value === '') {
    return {
      vi: `Thiếu ${lower(label.vi)} (dạng yyyy-mm-dd, ví dụ 2026-03-01).`,
      en: `${label.en} is missing (a date as yyyy-mm-dd, e.g. 2026-03-01).`,
    };
  }
  return {
    vi: `${label.vi} “${shown(value)}” không phải ngày hợp lệ. Hãy ghi dạng yyyy-mm-dd, ví dụ 2026-03-01.`,
    en: `${label.en} “${shown(value)}” is not a valid date. Write it as yyyy-mm-dd, e.g. 2026-03-01.`,
  };
}

/** The result of {@link checkWindow}: the window, or its first problem in both languages. */
export type WindowCheck<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly message: LocalizedMessage };

/**
 * Checks a window (or any schema built with {@link windowSchema}) and returns
 * it, or the message of its first problem with the surface's labels. Never
 * throws.
 */
export function checkWindow<T>(
  schema: z.ZodType<T>,
  input: Readonly<Record<string, unknown>>,
  labels: WindowLabels = WINDOW_LABELS,
): WindowCheck<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const first = parsed.error.issues[0] as z.core.$ZodIssue;
  return { ok: false, message: windowMessage(first, input, labels) };
}

/**
 * Parses a window or throws {@link InvalidArgumentError} with the message of
 * its first problem: for computations, whose callers check the window first.
 */
export function parseWindow<T>(schema: z.ZodType<T>, input: Readonly<Record<string, unknown>>): T {
  const checked = checkWindow(schema, input);
  if (!checked.ok) throw new InvalidArgumentError(checked.message);
  return checked.data;
}
