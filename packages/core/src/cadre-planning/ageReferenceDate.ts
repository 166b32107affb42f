import { z } from 'zod';
import { IsoDate } from '../common/dates';
import { InvalidArgumentError } from '../errors';
import { defaultRules } from '../rules/defaultRules';
import type { PlanningRule } from '../rules/schema';
import { latestRule } from '../rules/selectRule';
import { parseTerm } from './_internal/term';
import { PlanningLevels } from './codes';

/** Level of the body planned for (cấp quy hoạch); see {@link PlanningLevels}. */
export const PlanningLevel = PlanningLevels.schema;
/** Level of the body planned for (cấp quy hoạch). */
export type PlanningLevel = z.infer<typeof PlanningLevel>;

/** The level used when none is given: the ward committee (đảng bộ phường). */
export const DEFAULT_PLANNING_LEVEL: PlanningLevel = 'commune';

/**
 * The date at which planning ages are counted for a term and level (thời
 * điểm tính tuổi quy hoạch): the month and its first day, with the
 * regulation that sets it.
 */
export const AgeReference = z.object({
  /** Planning term, canonical `yyyy-yyyy` (nhiệm kỳ). */
  term: z.string(),
  /** Level of the body planned for. */
  level: PlanningLevel,
  /** Reference month, `yyyy-mm`. */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  /** Reference date: the first day of that month (ISO). */
  date: IsoDate,
  /** The regulation that sets the month. */
  regulation: z.string(),
});
/** The date at which planning ages are counted. */
export type AgeReference = z.infer<typeof AgeReference>;

/**
 * The date at which planning ages are counted for a term (thời điểm tính
 * tuổi quy hoạch). HD 45 §5.2 gives the months for the 2030–2035 term only
 * (grassroots 04/2030, level above the grassroots 06/2030, xã/phường/đặc khu
 * 07/2030, province 09/2030, state bodies 03/2031 for their 2031–2036 term).
 *
 * Generalisation (the project's, not the text's): each level keeps the month
 * of the year from the rule and takes the term's start year, since every
 * listed month falls in the first year of the term it is for; so the
 * 2025–2030 term at commune level counts ages at 07/2025. For the `state`
 * level pass the state bodies' term (2026–2031, 2031–2036), not the party
 * term. The month is taken as its first day: a person counts as a given age
 * at the reference only once that age is reached by the 1st.
 *
 * Throws an `InvalidArgumentError` when `term` is not `yyyy-yyyy` or the rule
 * gives no month for the level (the QĐ 50 version gives none).
 *
 * @see HD 45-HD/BTCTW (21/11/2025), §5.2; QĐ 377-QĐ/TW (08/10/2025)
 * @example
 * ageReferenceDate('2030-2035').date // '2030-07-01' (commune level)
 * ageReferenceDate('2025-2030').date // '2025-07-01'
 * ageReferenceDate('2031-2036', { level: 'state' }).month // '2031-03'
 */
export function ageReferenceDate(
  term: string,
  options: { level?: PlanningLevel; rule?: PlanningRule } = {},
): AgeReference {
  const level = options.level ?? DEFAULT_PLANNING_LEVEL;
  const rule = options.rule ?? latestRule(defaultRules.planning);
  const parsed = parseTerm(term);
  if (!parsed) throw new InvalidArgumentError('the planning term must be written yyyy-yyyy');
  const reference = rule.ageReference[level];
  if (reference === undefined) {
    throw new InvalidArgumentError(`the planning rule gives no age reference for level ${level}`);
  }
  const month = `${String(parsed.start).padStart(4, '0')}-${reference.slice(5, 7)}`;
  return {
    term: parsed.term,
    level,
    month,
    date: `${month}-01`,
    regulation: rule.regulation,
  };
}
