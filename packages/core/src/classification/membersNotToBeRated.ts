import type { Dataset } from '../dataset/dataset';
import { NEW_MEMBER_MONTHS, notRatedReason, yearEnd } from './_internal/notRated';

/**
 * The ids of the members on the roster who must not be rated (không đánh giá,
 * xếp loại) for `year`, sorted: members exempted from party work and
 * activities (`exempt`), and members admitted less than 6 months before
 * 31 December of `year` (fewer than 6 completed months, so a member admitted
 * on 30 June is rated and one admitted on 1 July is not; members admitted
 * after that day are listed too, as they were not members that year).
 *
 * Exemption is known only as the roster records it on its reference date:
 * `exempt: true` applies to any year asked, an exemption from a date to the
 * years whose 31 December is on or after it. Members whose party activities are suspended
 * are not rated either, but the data does not record suspension.
 *
 * @param dataset - The parsed dataset; only `members` is read.
 * @param year - The year assessed.
 * @param options - `newMemberMonths`: months of membership needed by 31 December (default 6).
 * @returns Member ids, sorted; one pass over the roster.
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 5.2; HD 43-HD/BTCTW (31/10/2025)
 * @example
 * membersNotToBeRated(dataset, 2025) // ['DV0007', 'DV0123'] (one exempt, one admitted 2025-09-02)
 */
export function membersNotToBeRated(
  dataset: Pick<Dataset, 'members'>,
  year: number,
  options: { newMemberMonths?: number } = {},
): string[] {
  const months = options.newMemberMonths ?? NEW_MEMBER_MONTHS;
  const end = yearEnd(year).date;
  const ids: string[] = [];
  for (const member of dataset.members) {
    if (notRatedReason(member, end, months) !== undefined) ids.push(member.id);
  }
  return ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
