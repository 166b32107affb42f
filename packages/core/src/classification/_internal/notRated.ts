import {
  type CalendarDate,
  compareCalendarDates,
  completedMonths,
  toCalendarDate,
} from '../../common/dates';
import type { Member } from '../../member/member';
import { defaultRules } from '../../rules/defaultRules';
import { latestRule } from '../../rules/selectRule';

/**
 * Months of membership a member needs on 31 December to be rated that year:
 * members admitted less than 6 months before are not rated.
 *
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 5.2
 */
export const NEW_MEMBER_MONTHS = latestRule(defaultRules.ratingScope).newMemberMonths;

/** 31 December of `year`, ISO and as a calendar date. */
export function yearEnd(year: number): { iso: string; date: CalendarDate } {
  return { iso: `${year}-12-31`, date: { year, month: 12, day: 31 } };
}

/**
 * Why a member must not be rated in a year (QĐ 366-QĐ/TW Điều 5.2): `exempt`
 * (exempted from party work and activities, as the roster says; an
 * exemption from a date counts for the years whose 31 December is on or
 * after it), or `new`
 * (fewer than `months` completed months from admission to 31 December, which
 * includes members admitted after that day); `undefined` when they are rated.
 */
export function notRatedReason(
  member: Pick<Member, 'exempt' | 'admittedOn'>,
  end: CalendarDate,
  months: number,
): 'exempt' | 'new' | undefined {
  const exempt =
    typeof member.exempt === 'string'
      ? compareCalendarDates(toCalendarDate(member.exempt), end) <= 0
      : member.exempt;
  if (exempt) return 'exempt';
  if (completedMonths(toCalendarDate(member.admittedOn), end) < months) return 'new';
  return undefined;
}
