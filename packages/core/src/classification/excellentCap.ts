import { z } from 'zod';
import { Count } from '../_internal/counts';
import type { Dataset } from '../dataset/dataset';
import { defaultRules } from '../rules/defaultRules';
import { ExcellentCapRule, type RuleSet } from '../rules/schema';
import { selectRule } from '../rules/selectRule';
import { yearEnd } from './_internal/notRated';
import { classificationStats } from './classificationStats';

/** Whether the base of the cap counts those rated good only, or good and excellent. */
export const ExcellentCapBase = ExcellentCapRule.shape.base;
/** Whether the base of the cap counts those rated good only, or good and excellent. */
export type ExcellentCapBase = z.infer<typeof ExcellentCapBase>;

/**
 * The cap on "excellent" ratings (tỷ lệ hoàn thành xuất sắc nhiệm vụ) for one
 * group, and whether the group exceeds it.
 *
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 11
 * @example
 * const cap: ExcellentCap = excellentCap({ excellent: 3, good: 10 }, rule);
 * cap.cap // 2
 * cap.exceeds // true
 */
export const ExcellentCap = z.object({
  /** The regulation of the rule version applied. */
  regulation: z.string(),
  /** Whether the raised rate applies (the competent level allowed it for outstanding results). */
  raised: z.boolean(),
  /** The rate applied (0.2, or 0.25 when raised): itself a rate, not a derived percentage. */
  rate: z.number().min(0).max(1),
  /** What the base counts. */
  base: ExcellentCapBase,
  /** The base: those rated good, plus those rated excellent when `base` says so. */
  baseCount: Count,
  /** The largest number allowed to be rated excellent: floor(rate × baseCount). */
  cap: Count,
  /** The number actually rated excellent. */
  excellent: Count,
  /** Whether `excellent` is above `cap`. */
  exceeds: z.boolean(),
  /** How many above the cap (0 when within it). */
  excess: Count,
});
/** The cap on "excellent" ratings for one group. */
export type ExcellentCap = z.infer<typeof ExcellentCap>;

/** Rates are read to this many parts (6 decimals), so that floor(0.29 × 100) is 29, not 28. */
const RATE_SCALE = 1_000_000;

/**
 * The cap on the number rated "excellent" (hoàn thành xuất sắc nhiệm vụ) in
 * one group: floor(rate × base), where the base is the number rated good
 * (hoàn thành tốt nhiệm vụ), or good plus excellent when `rule.base` (or
 * `options.base`) is `good-and-excellent`. The rate is `rule.rate` (20%), or
 * `rule.raisedRate` (25%) when `options.raised` is set because the competent
 * level allowed it for an organisation with outstanding results.
 *
 * Whether the base includes those rated excellent is ambiguous in the text
 * (docs/domain.md §2); the literal reading, the default rule, counts only
 * those rated good.
 *
 * @param counts - The numbers rated excellent and good in the group.
 * @param rule - The rule version (e.g. `selectRule(defaultRules.excellentCap, '2025-12-31')`).
 * @param options - `raised` for the raised rate; `base` to override `rule.base`.
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 11; HD 43-HD/BTCTW (31/10/2025)
 * @example
 * const rule = selectRule(defaultRules.excellentCap, '2025-12-31');
 * excellentCap({ excellent: 2, good: 10 }, rule) // cap 2, exceeds false
 * excellentCap({ excellent: 3, good: 10 }, rule) // cap 2, exceeds true, excess 1
 * excellentCap({ excellent: 3, good: 10 }, rule, { base: 'good-and-excellent' }).cap // 2 (floor 2.6)
 * excellentCap({ excellent: 3, good: 12 }, rule, { raised: true }).cap // 3
 */
export function excellentCap(
  counts: { excellent: number; good: number },
  rule: Pick<ExcellentCapRule, 'regulation' | 'rate' | 'raisedRate' | 'base'>,
  options: { raised?: boolean; base?: ExcellentCapBase } = {},
): ExcellentCap {
  const raised = options.raised ?? false;
  const base = options.base ?? rule.base;
  const rate = raised ? rule.raisedRate : rule.rate;
  const baseCount = base === 'good' ? counts.good : counts.good + counts.excellent;
  const cap = Math.floor((Math.round(rate * RATE_SCALE) * baseCount) / RATE_SCALE);
  const excess = Math.max(0, counts.excellent - cap);
  return {
    regulation: rule.regulation,
    raised,
    rate,
    base,
    baseCount,
    cap,
    excellent: counts.excellent,
    exceeds: excess > 0,
    excess,
  };
}

/** The cap on "excellent" ratings in one year, for organisations and for members. */
export const YearExcellentCap = z.object({
  /** Year assessed (năm). */
  year: z.int(),
  /** Party organisations (tổ chức đảng) rated by the ward. */
  organization: ExcellentCap,
  /** Party members (đảng viên). */
  member: ExcellentCap,
});
/** The cap on "excellent" ratings in one year. */
export type YearExcellentCap = z.infer<typeof YearExcellentCap>;

/**
 * The cap on "excellent" ratings per year and subject type, for every year
 * with classifications, ascending.
 *
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 11
 * @example
 * const result: ExcellentCapByYear = excellentCapByYear(dataset);
 * result.years.filter((y) => y.member.exceeds).map((y) => y.year) // [2025]
 */
export const ExcellentCapByYear = z.object({
  /** One entry per year with at least one classification, ascending. */
  years: z.array(YearExcellentCap),
});
/** The cap on "excellent" ratings per year and subject type. */
export type ExcellentCapByYear = z.infer<typeof ExcellentCapByYear>;

/**
 * Applies {@link excellentCap} to each year and subject type of the
 * classifications, with the rule version in force on 31 December of that year
 * (`selectRule`). The cap is meant per group of peers with similar position
 * and function; here each group is the ward's organisations, or its members,
 * as a whole, so a finer grouping needs {@link excellentCap} on its own counts.
 *
 * @param dataset - The parsed dataset; only `classifications` is read.
 * @param options - `rules` (only `excellentCap` is read; defaults to {@link defaultRules}),
 *   `raised` for the raised rate, and `base` to override every rule version's base.
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 11; HD 43-HD/BTCTW (31/10/2025)
 * @example
 * excellentCapByYear(dataset, { base: 'good-and-excellent' }).years[0]?.member.cap // 24
 */
export function excellentCapByYear(
  dataset: Pick<Dataset, 'classifications'>,
  options: {
    rules?: Pick<RuleSet, 'excellentCap'>;
    raised?: boolean;
    base?: ExcellentCapBase;
  } = {},
): ExcellentCapByYear {
  const { rules = defaultRules, ...capOptions } = options;
  return {
    years: classificationStats(dataset).years.map(({ year, organization, member }) => {
      const rule = selectRule(rules.excellentCap, yearEnd(year).iso);
      const cap = (counts: typeof member) =>
        excellentCap(
          { excellent: counts.byRating.excellent, good: counts.byRating.good },
          rule,
          capOptions,
        );
      return { year, organization: cap(organization), member: cap(member) };
    }),
  };
}
