import { z } from 'zod';
import type { Stats } from '../stats/computeStats';
import { describeFigure } from './_internal/describeFigure';
import { parseVietnameseDate, parseVietnameseNumber } from './_internal/parseStated';
import { parsePlaceholder, resolveFigure } from './_internal/resolveFigure';
import { BilingualText } from './reportModel';

/**
 * A figure a draft report states (số liệu nêu trong dự thảo): the section
 * where it stands, the stats placeholder it should equal (a path as in
 * {@link fillNarrative}, filters allowed) and the figure as written, e.g.
 * `77,4%`, `1.239`, `+17`, `03`, or a number.
 *
 * @example
 * DeclaredFigure.parse({ section: 'I.1', placeholder: 'movements.net', stated: '+17' })
 */
export const DeclaredFigure = z.object({
  section: z.string(),
  placeholder: z.string(),
  stated: z.union([z.string(), z.number()]),
});
/** A figure a draft report states. */
export type DeclaredFigure = z.infer<typeof DeclaredFigure>;

/**
 * Why a declared figure does not match: `different` (another value),
 * `unreadable` (the stated text is not a number or date), `missing` (the
 * stats have no data for the path) or `unknown` (no such placeholder).
 *
 * @example
 * MismatchReason.parse('different')
 */
export const MismatchReason = z.enum(['different', 'unreadable', 'missing', 'unknown']);
/** Why a declared figure does not match. */
export type MismatchReason = z.infer<typeof MismatchReason>;

/**
 * A declared figure that differs from the stats (số liệu không khớp): what
 * the draft states, the figure computed from the data as reports write it,
 * and one line in Vietnamese and English on how it was computed. The same
 * shape holds the findings on the narrative's own text (`kind`).
 *
 * @example
 * DeclaredFigureMismatch.parse({
 *   section: 'I.1', placeholder: 'movements.net', stated: '+17', computed: '23', reason: 'different',
 *   how: { vi: 'kết nạp và chuyển đến trừ …', en: 'admitted and transferred in, minus …' },
 * })
 */
export const DeclaredFigureMismatch = z.object({
  section: z.string(),
  placeholder: z.string(),
  stated: z.union([z.string(), z.number()]),
  /** The computed figure, formatted (`23`, `77,4%`), or the missing-data marker. */
  computed: z.string(),
  reason: MismatchReason,
  how: BilingualText,
  /**
   * Where the finding comes from: absent for a figure of the `Số liệu đối
   * chiếu` list; `text` for a figure written as plain text in the narrative
   * (`placeholder` is then the stats path its words name), `citation` for
   * the date of a cited document (`placeholder` is then its symbol, e.g.
   * `50-CT/TW`, and `computed` the registry's date).
   */
  kind: z.enum(['text', 'citation']).optional(),
  /** For `text` and `citation`: the words around the figure as the narrative writes them. */
  context: z.string().optional(),
});
/** A declared figure that differs from the stats. */
export type DeclaredFigureMismatch = z.infer<typeof DeclaredFigureMismatch>;

function statedNumber(stated: string | number): number | undefined {
  return typeof stated === 'number' ? stated : parseVietnameseNumber(stated);
}

/** Numbers are compared to one decimal: the precision reports print. */
function sameNumber(a: number, b: number): boolean {
  return Math.round(a * 10) === Math.round(b * 10);
}

function compare(declared: DeclaredFigure, stats: Stats): DeclaredFigureMismatch | undefined {
  const { section, placeholder, stated } = declared;
  const figure = resolveFigure(stats, placeholder);
  if (!figure.ok)
    return {
      section,
      placeholder,
      stated,
      computed: '',
      reason: 'unknown',
      how: figure.message,
    };
  const base = { section, placeholder, stated, computed: figure.text };
  const how = describeFigure(parsePlaceholder(placeholder).path, stats);
  if (figure.value === null) return { ...base, reason: 'missing', how };
  if (typeof figure.value === 'number') {
    const value = statedNumber(stated);
    if (value === undefined) return { ...base, reason: 'unreadable', how };
    return sameNumber(value, figure.value) ? undefined : { ...base, reason: 'different', how };
  }
  if (figure.kind === 'date') {
    const value = typeof stated === 'string' ? parseVietnameseDate(stated) : undefined;
    if (value === undefined) return { ...base, reason: 'unreadable', how };
    return value === figure.value ? undefined : { ...base, reason: 'different', how };
  }
  return String(stated).trim() === figure.value ? undefined : { ...base, reason: 'different', how };
}

/**
 * Checks the figures a draft report states against the stats (đối chiếu số
 * liệu): each declared figure is compared with the figure its placeholder
 * gives, numerically after reading Vietnamese number formats (`1.239`,
 * `77,4%`, `+17`, `03`; to one decimal, the precision reports print), dates
 * as dates. Returns the figures that do not match, in the order of the
 * draft: different values, stated text that is not a number, paths without
 * data, and unknown placeholders. An empty list means every figure matches.
 *
 * @see HD 36-HD/VPTW (2018); QĐ 399-QĐ/TW (09/01/2026); docs/stats.md
 * @example
 * checkDeclaredFigures([{ section: 'I.1', placeholder: 'movements.net', stated: '+17' }], stats)
 * // [{ section: 'I.1', placeholder: 'movements.net', stated: '+17', computed: '23', reason: 'different',
 * //    how: { vi: 'kết nạp và chuyển đến trừ chuyển đi, …', en: '…' } }]
 */
export function checkDeclaredFigures(
  declared: readonly DeclaredFigure[],
  stats: Stats,
): DeclaredFigureMismatch[] {
  const mismatches: DeclaredFigureMismatch[] = [];
  for (const figure of declared) {
    const mismatch = compare(figure, stats);
    if (mismatch !== undefined) mismatches.push(mismatch);
  }
  return mismatches;
}
