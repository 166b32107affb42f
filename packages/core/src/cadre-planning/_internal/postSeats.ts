import type { PlanningEntry } from '../planningEntry';
import { parseTerm } from './term';

/**
 * The key of a post in a term: the canonical term (`2025 - 2030` and
 * `2025-2030` are one term) and the post as written.
 */
export function postKey(term: string, position: string): string {
  return `${parseTerm(term)?.term ?? term}\u0000${position}`;
}

/**
 * How many people hold each post of each term (số lượng chức danh), keyed by
 * {@link postKey}: the largest `seats` among the post's entries, 1 when none
 * gives it. Entries that disagree get the largest, so a post is never held
 * to a lower limit than one of its rows claims.
 */
export function postSeats(
  entries: Iterable<Pick<PlanningEntry, 'term' | 'position' | 'seats'>>,
): Map<string, number> {
  const seats = new Map<string, number>();
  for (const entry of entries) {
    const key = postKey(entry.term, entry.position);
    seats.set(key, Math.max(seats.get(key) ?? 1, entry.seats ?? 1));
  }
  return seats;
}
