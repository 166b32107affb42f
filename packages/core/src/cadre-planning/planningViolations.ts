import { z } from 'zod';
import type { Dataset } from '../dataset/dataset';
import { defaultRules } from '../rules/defaultRules';
import { latestRule, selectRule } from '../rules/selectRule';
import { type PlanningStatsOptions, planningStats } from './planningStats';

/**
 * The planning rules a violation is about (vi phạm quy định quy hoạch):
 * - `planning-too-many-candidates`: a post has more than
 *   `maxCandidatesPerPost` candidates per seat in a term (mỗi chức danh quy
 *   hoạch không quá 3 người; a post held by 2 people, such as two deputy
 *   chairs, takes 6);
 * - `planning-too-many-posts`: a candidate is planned for more than
 *   `maxPostsPerCandidate` posts in a term (mỗi người không quá 3 chức danh);
 * - `planning-too-close-to-retirement`: fewer than `nextTermMinMonths`
 *   months of work left at the term's `testedOn` date (the reference date,
 *   or a later review date), so the candidate fails the
 *   test for next-term planning ("đối tượng 1"); the person may still be
 *   kept for the current term.
 *
 * All are warnings, as in validation (`docs/validation.md`): the planning
 * list is what the ward decided, so the figures are computed and the breach
 * is shown for the ward to review.
 *
 * Listed in this order, which is also the sort order of violations in a term.
 *
 * @see QĐ 377-QĐ/TW (08/10/2025); HD 45-HD/BTCTW (21/11/2025), §5.2
 */
export const PlanningViolationCode = z.enum([
  'planning-too-many-candidates',
  'planning-too-many-posts',
  'planning-too-close-to-retirement',
]);
/** A planning rule a violation is about. */
export type PlanningViolationCode = z.infer<typeof PlanningViolationCode>;

/**
 * One breach of a planning rule (vi phạm quy định quy hoạch cán bộ). Names
 * the candidate by key (member id or `off-roster:…`), never by name.
 *
 * @see QĐ 377-QĐ/TW (08/10/2025); HD 45-HD/BTCTW (21/11/2025)
 */
export const PlanningViolation = z.object({
  /** The rule breached. */
  code: PlanningViolationCode,
  /**
   * Always `warning`, the severity of the same breaches in validation; the
   * type keeps `error` so that the shape of earlier outputs stays valid.
   */
  severity: z.enum(['error', 'warning']),
  /** Planning term, canonical `yyyy-yyyy`. */
  term: z.string(),
  /** The post, for `planning-too-many-candidates`. */
  position: z.string().optional(),
  /** The candidate concerned: member id or `off-roster:…` key. */
  candidate: z.string(),
  /**
   * The figure tested: candidates of the post, posts of the candidate, or
   * completed months from the reference date to retirement.
   */
  count: z.int().optional(),
  /**
   * The limit of the rule: maximum candidates (`maxCandidatesPerPost` × the
   * post's seats), maximum posts, or minimum months.
   */
  limit: z.int().optional(),
  /** The regulation that sets the rule. */
  regulation: z.string(),
});
/** One breach of a planning rule. */
export type PlanningViolation = z.infer<typeof PlanningViolation>;

/** The breaches of planning rules, sorted by term, code, post and candidate. */
export const PlanningViolations = z.array(PlanningViolation);
/** The breaches of planning rules. */
export type PlanningViolations = z.infer<typeof PlanningViolations>;

const CODE_ORDER = new Map(PlanningViolationCode.options.map((code, index) => [code, index]));

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The breaches of the cadre-planning rules (vi phạm quy định quy hoạch cán
 * bộ), term by term: a post with more than `maxCandidatesPerPost` candidates
 * per seat (one violation per candidate of that post, so none depends on
 * entry order; the seats are those {@link planningStats} gives); a candidate
 * in more than `maxPostsPerCandidate` posts; and a candidate with fewer than
 * `nextTermMinMonths` months of work left at the date of the tests. Limits come from the planning rule in
 * force (see {@link planningStats} for the options and the reference date).
 * Every post counts toward the posts limit: the planning file does not say
 * which entries are committee memberships, which QĐ 377 leaves out.
 *
 * Sorted by term, code (in {@link PlanningViolationCode} order), post and
 * candidate.
 *
 * @see QĐ 377-QĐ/TW (08/10/2025); HD 45-HD/BTCTW (21/11/2025), §5.2
 * @example
 * const dataset = buildDataset({
 *   planning: ['Bí thư', 'Phó bí thư', 'Chủ tịch UBND', 'Chủ tịch HĐND'].map((position) =>
 *     buildPlanningEntry({ position }),
 *   ),
 * });
 * planningViolations(dataset)[0]
 * // { code: 'planning-too-many-posts', severity: 'warning', term: '2025-2030',
 * //   candidate: 'DV0001', count: 4, limit: 3, regulation: 'QĐ 377-QĐ/TW …' }
 */
export function planningViolations(
  dataset: Pick<Dataset, 'asOf' | 'members' | 'planning'>,
  options: PlanningStatsOptions = {},
): PlanningViolations {
  const rules = options.rules ?? defaultRules;
  const asOf = options.asOf ?? dataset.asOf;
  const rule = asOf === undefined ? latestRule(rules.planning) : selectRule(rules.planning, asOf);
  const stats = planningStats(dataset, options);
  const { regulation } = rule;
  const violations: PlanningViolation[] = [];
  for (const term of stats.terms) {
    for (const post of term.posts) {
      const limit = rule.maxCandidatesPerPost * post.seats;
      if (post.count <= limit) continue;
      for (const candidate of post.candidates) {
        violations.push({
          code: 'planning-too-many-candidates',
          severity: 'warning',
          term: term.term,
          position: post.position,
          candidate,
          count: post.count,
          limit,
          regulation,
        });
      }
    }
    for (const person of term.candidates) {
      if (person.posts > rule.maxPostsPerCandidate) {
        violations.push({
          code: 'planning-too-many-posts',
          severity: 'warning',
          term: term.term,
          candidate: person.candidate,
          count: person.posts,
          limit: rule.maxPostsPerCandidate,
          regulation,
        });
      }
      if (!person.nextTerm) {
        violations.push({
          code: 'planning-too-close-to-retirement',
          severity: 'warning',
          term: term.term,
          candidate: person.candidate,
          count: person.monthsToRetirement,
          limit: rule.nextTermMinMonths,
          regulation,
        });
      }
    }
  }
  return violations.sort(
    (a, b) =>
      compare(a.term, b.term) ||
      (CODE_ORDER.get(a.code) ?? 0) - (CODE_ORDER.get(b.code) ?? 0) ||
      compare(a.position ?? '', b.position ?? '') ||
      compare(a.candidate, b.candidate),
  );
}
