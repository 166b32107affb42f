import { postKey, postSeats } from '../../cadre-planning/_internal/postSeats';
import type { PlanningEntry } from '../../cadre-planning/planningEntry';
import { latestRule, selectRule } from '../../rules/selectRule';
import type { Check, Row } from '../_internal/checkContext';

const SEP = '\u0000';

function candidateKey(entry: PlanningEntry): string | undefined {
  if (entry.memberId !== undefined) return `id${SEP}${entry.memberId}`;
  if (entry.fullName !== undefined)
    return `name${SEP}${entry.fullName}${SEP}${entry.birthDate ?? ''}`;
  return undefined;
}

/**
 * At most 3 candidates per seat of a post and term
 * (`planning-too-many-candidates`, on each entry past the limit: a post held
 * by 2 people, `seats` 2, takes 6; the largest `seats` of the post's entries
 * counts) and at most 3 posts per candidate and term
 * (`planning-too-many-posts`). The limits in force on the reference date
 * apply, or the newest when there is none. Both are warnings: the planning
 * list is what the ward decided, so it is read, and the breach is shown.
 *
 * @see QĐ 377-QĐ/TW (08/10/2025); HD 45-HD/BTCTW (21/11/2025)
 */
export const checkPlanningLimits: Check = (context) => {
  const rule =
    context.asOf === undefined
      ? latestRule(context.rules.planning)
      : selectRule(context.rules.planning, context.asOf);
  const seatsOf = postSeats(context.rows.planning.map((row) => row.record));
  const byPost = new Map<string, Row<PlanningEntry>[]>();
  const byCandidate = new Map<string, Map<string, Row<PlanningEntry>>>();
  for (const row of context.rows.planning) {
    const post = postKey(row.record.term, row.record.position);
    const candidate = candidateKey(row.record);
    const entries = byPost.get(post) ?? [];
    if (candidate === undefined || !entries.some((e) => candidateKey(e.record) === candidate)) {
      entries.push(row);
    }
    byPost.set(post, entries);
    if (candidate !== undefined) {
      const key = `${row.record.term}${SEP}${candidate}`;
      const posts = byCandidate.get(key) ?? new Map<string, Row<PlanningEntry>>();
      if (!posts.has(row.record.position)) posts.set(row.record.position, row);
      byCandidate.set(key, posts);
    }
  }
  for (const [post, entries] of byPost) {
    const seats = seatsOf.get(post) ?? 1;
    const max = rule.maxCandidatesPerPost * seats;
    if (entries.length <= max) continue;
    for (const row of entries.slice(max)) {
      context.report(
        'planning-too-many-candidates',
        { kind: 'planning', index: row.index, field: 'position' },
        {
          value: row.record.position,
          params: {
            term: row.record.term,
            count: entries.length,
            max,
            seats,
            perSeat: rule.maxCandidatesPerPost,
            regulation: rule.regulation,
          },
        },
      );
    }
  }
  for (const posts of byCandidate.values()) {
    if (posts.size <= rule.maxPostsPerCandidate) continue;
    for (const row of [...posts.values()].slice(rule.maxPostsPerCandidate)) {
      context.report(
        'planning-too-many-posts',
        { kind: 'planning', index: row.index, field: 'position' },
        {
          value: row.record.position,
          params: {
            term: row.record.term,
            count: posts.size,
            max: rule.maxPostsPerCandidate,
            regulation: rule.regulation,
          },
        },
      );
    }
  }
};
