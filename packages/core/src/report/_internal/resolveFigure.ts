import type { z } from 'zod';
import { parseCalendarDate } from '../../common/dates';
import {
  formatCount,
  formatDocumentDate,
  formatDocumentDateShort,
  formatPercent,
} from '../../common/format';
import { percentages } from '../../common/percent';
import { Stats } from '../../stats/computeStats';
import type { BilingualText } from '../reportModel';

/** How a resolved figure is written. */
export type FigureKind = 'count' | 'percent' | 'number' | 'date' | 'text';

/** A placeholder resolved against the stats. */
export type ResolvedFigure =
  | {
      readonly ok: true;
      readonly path: string;
      readonly kind: FigureKind;
      /** The raw value; `null` when the stats have no data for the path. */
      readonly value: number | string | null;
      readonly text: string;
    }
  | { readonly ok: false; readonly path: string; readonly message: BilingualText };

/** The filters a placeholder may carry after `|`. */
export const FILTERS = ['pad', 'dateline'] as const;
type Filter = (typeof FILTERS)[number];

/** Top-level keys whose figures come from one record kind: 0 records means no data. */
const SOURCE: Readonly<Record<string, keyof Stats['records']>> = {
  inspection: 'inspections',
  training: 'training',
  planning: 'planning',
  classification: 'classifications',
};
/** Movement keys that do not come from the movement records. */
const MOVEMENT_KEYS_FROM_ROSTER = new Set(['from', 'to', 'closing']);

const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** The visible marker printed for a figure without data. */
export function missingMarker(path: string): string {
  return `[[thiếu số liệu: ${path}]]`;
}

type Step =
  | { readonly found: true; readonly schema: z.core.$ZodType; readonly value: unknown }
  | { readonly found: false };

type Def = {
  type: string;
  innerType?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  keyType?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  format?: string;
  getter?: () => z.core.$ZodType;
};

const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'nonoptional',
]);

function defOf(schema: z.core.$ZodType): Def {
  let current = schema;
  let def = current._zod.def as unknown as Def;
  while (true) {
    if (WRAPPERS.has(def.type) && def.innerType !== undefined) current = def.innerType;
    else if (def.type === 'lazy' && def.getter !== undefined) current = def.getter();
    else return def;
    def = current._zod.def as unknown as Def;
  }
}

function child(value: unknown, key: string | number): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string | number, unknown>)[key] : undefined;
}

/** Walks the schema and the value together; `found: false` when the schema has no such path. */
function walk(schema: z.core.$ZodType, value: unknown, segments: readonly string[]): Step {
  let current = schema;
  let currentValue = value;
  for (const segment of segments) {
    const def = defOf(current);
    if (def.type === 'object' && def.shape !== undefined) {
      const next = Object.hasOwn(def.shape, segment) ? def.shape[segment] : undefined;
      if (next === undefined) return { found: false };
      current = next;
      currentValue = child(currentValue, segment);
    } else if (def.type === 'record' && def.valueType !== undefined) {
      const keys = def.keyType?._zod.values;
      if (keys !== undefined && !keys.has(segment)) return { found: false };
      current = def.valueType;
      currentValue = child(currentValue, segment);
    } else if (def.type === 'array' && def.element !== undefined && /^\d+$/.test(segment)) {
      current = def.element;
      currentValue = child(currentValue, Number(segment));
    } else {
      return { found: false };
    }
  }
  return { found: true, schema: current, value: currentValue };
}

function unknownPath(path: string): ResolvedFigure {
  return {
    ok: false,
    path,
    message: {
      vi: `không có số liệu "${path}" trong thống kê`,
      en: `the stats have no figure "${path}"`,
    },
  };
}

function noData(stats: Stats, segments: readonly string[]): boolean {
  const [top, key] = segments;
  if (top === undefined) return false;
  const source = SOURCE[top];
  if (source !== undefined) return stats.records[source] === 0;
  if (top === 'movements' && key !== undefined && !MOVEMENT_KEYS_FROM_ROSTER.has(key))
    return stats.records.movements === 0;
  return false;
}

/** The `members` breakdowns whose codes take the `.percent` suffix. */
function memberBreakdown(stats: Stats, name: string): Record<string, number> | undefined {
  const schema = Stats.shape.members.shape;
  if (!Object.hasOwn(schema, name)) return undefined;
  const def = defOf(schema[name as keyof typeof schema]);
  if (def.type !== 'object') return undefined;
  const value = child(stats.members, name);
  return value !== null && typeof value === 'object'
    ? (value as Record<string, number>)
    : undefined;
}

/**
 * `members.<breakdown>.<code>+<code>[.percent]`: several codes of one member
 * breakdown together. The count is their sum; the share is taken from the
 * breakdown with those codes merged into one, so that it adds up to 100
 * with the shares of the other codes (largest remainder).
 */
function resolveGroup(stats: Stats, path: string, segments: readonly string[]): ResolvedFigure {
  const [top, name, group, suffix] = segments;
  const breakdown = name === undefined ? undefined : memberBreakdown(stats, name);
  const codes = group?.split('+') ?? [];
  const valid =
    top === 'members' &&
    breakdown !== undefined &&
    (segments.length === 3 || (segments.length === 4 && suffix === 'percent')) &&
    codes.length >= 2 &&
    new Set(codes).size === codes.length &&
    codes.every((code) => Object.hasOwn(breakdown, code));
  if (!valid || breakdown === undefined || group === undefined) return unknownPath(path);
  const sum = codes.reduce((total, code) => total + (breakdown[code] ?? 0), 0);
  if (suffix !== 'percent')
    return { ok: true, path, kind: 'count', value: sum, text: formatCount(sum) };
  const merged: Record<string, number> = { [group]: sum };
  for (const [code, count] of Object.entries(breakdown))
    if (!codes.includes(code)) merged[code] = count;
  const value = percentages(merged)[group] ?? 0;
  return { ok: true, path, kind: 'percent', value, text: formatPercent(value) };
}

function resolveValue(stats: Stats, path: string): ResolvedFigure {
  const segments = path.split('.');
  if (segments[2]?.includes('+')) return resolveGroup(stats, path, segments);
  const step = walk(Stats, stats, segments);
  if (!step.found) {
    // `members.<breakdown>.<code>.percent`: the share of the code in its breakdown.
    const [top, name, code, suffix] = segments;
    if (segments.length === 4 && top === 'members' && name !== undefined && suffix === 'percent') {
      const breakdownStep = walk(Stats, stats, segments.slice(0, 3));
      const breakdown = memberBreakdown(stats, name);
      if (breakdownStep.found && code !== undefined) {
        if (breakdown === undefined || typeof breakdown[code] !== 'number')
          return { ok: true, path, kind: 'percent', value: null, text: missingMarker(path) };
        const value = percentages(breakdown)[code] ?? 0;
        return { ok: true, path, kind: 'percent', value, text: formatPercent(value) };
      }
    }
    return unknownPath(path);
  }
  const def = defOf(step.schema);
  if (def.type === 'object' || def.type === 'record' || def.type === 'array') {
    return {
      ok: false,
      path,
      message: {
        vi: `"${path}" là một nhóm số liệu, không phải một số: hãy chọn một mục của nhóm`,
        en: `"${path}" is a group of figures, not one figure: choose one of its keys`,
      },
    };
  }
  if (def.type === 'boolean') {
    return {
      ok: false,
      path,
      message: {
        vi: `"${path}" là giá trị đúng/sai, không phải số liệu`,
        en: `"${path}" is a yes/no value, not a figure`,
      },
    };
  }
  const value = step.value;
  const kind = def.type === 'number' ? 'number' : 'text';
  if (value === undefined || value === null || noData(stats, segments))
    return { ok: true, path, kind, value: null, text: missingMarker(path) };
  if (typeof value === 'number') {
    const last = segments.at(-1);
    const isShare = last === 'percent' || segments.at(-2) === 'shares';
    if (isShare) return { ok: true, path, kind: 'percent', value, text: formatPercent(value) };
    // A year is a label, not a quantity: `2025`, never `2.025`.
    if (Number.isInteger(value) && last !== undefined && /year$/iu.test(last))
      return { ok: true, path, kind: 'number', value, text: String(value) };
    if (Number.isInteger(value))
      return { ok: true, path, kind: 'count', value, text: formatCount(value) };
    return { ok: true, path, kind: 'number', value, text: decimal.format(value) };
  }
  const text = String(value);
  const date = parseCalendarDate(text);
  if (date !== undefined)
    return { ok: true, path, kind: 'date', value: text, text: formatDocumentDateShort(date) };
  return { ok: true, path, kind: 'text', value: text, text };
}

function applyFilter(figure: ResolvedFigure, filter: Filter): ResolvedFigure {
  if (!figure.ok || figure.value === null) return figure;
  if (filter === 'pad') {
    if (figure.kind !== 'count' || typeof figure.value !== 'number')
      return {
        ok: false,
        path: figure.path,
        message: {
          vi: `bộ lọc "pad" chỉ dùng cho số đếm, "${figure.path}" không phải số đếm`,
          en: `the "pad" filter applies to counts only, and "${figure.path}" is not a count`,
        },
      };
    return { ...figure, text: formatCount(figure.value, { padBelowTen: true }) };
  }
  const date = typeof figure.value === 'string' ? parseCalendarDate(figure.value) : undefined;
  if (figure.kind !== 'date' || date === undefined)
    return {
      ok: false,
      path: figure.path,
      message: {
        vi: `bộ lọc "dateline" chỉ dùng cho ngày tháng, "${figure.path}" không phải ngày tháng`,
        en: `the "dateline" filter applies to dates only, and "${figure.path}" is not a date`,
      },
    };
  return { ...figure, text: formatDocumentDate(date) };
}

/** A placeholder split into its path and its filter. */
export interface ParsedPlaceholder {
  readonly path: string;
  readonly filter: string | undefined;
}

/** Splits `members.total|pad` into path and filter, trimming spaces. */
export function parsePlaceholder(placeholder: string): ParsedPlaceholder {
  const bar = placeholder.indexOf('|');
  if (bar < 0) return { path: placeholder.trim(), filter: undefined };
  return { path: placeholder.slice(0, bar).trim(), filter: placeholder.slice(bar + 1).trim() };
}

/**
 * Resolves a placeholder (`path` or `path|filter`) against the stats: the
 * figure formatted as reports write it, a missing-data marker when the path
 * exists but has no value, or an error message when the path or the filter
 * is unknown.
 */
export function resolveFigure(stats: Stats, placeholder: string): ResolvedFigure {
  const { path, filter } = parsePlaceholder(placeholder);
  if (filter !== undefined && !(FILTERS as readonly string[]).includes(filter))
    return {
      ok: false,
      path,
      message: {
        vi: `bộ lọc "${filter}" không có; dùng ${FILTERS.join(', ')}`,
        en: `unknown filter "${filter}"; use ${FILTERS.join(', ')}`,
      },
    };
  const figure = resolveValue(stats, path);
  return filter === undefined ? figure : applyFilter(figure, filter as Filter);
}
