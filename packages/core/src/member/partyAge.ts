import { completedMonths, toCalendarDate } from '../common/dates';
import type { Member } from './member';

/**
 * Party age (tuổi đảng) on `asOf` in completed months: counted from the
 * admission decision, minus the recorded months outside party activity
 * (`partyAgeGapMonths`); never negative.
 *
 * @see HD 01-HD/TW (2021) on party age; Điều lệ Đảng 2011
 * @example
 * partyAgeMonths(member, '2026-03-01') // 251 for a member admitted on 2005-03-26
 */
export function partyAgeMonths(
  member: Pick<Member, 'admittedOn' | 'partyAgeGapMonths'>,
  asOf: string,
): number {
  const months = completedMonths(toCalendarDate(member.admittedOn), toCalendarDate(asOf));
  return Math.max(0, months - (member.partyAgeGapMonths ?? 0));
}

/**
 * Party age on `asOf` as whole years and remaining months.
 *
 * @example
 * partyAge({ admittedOn: '1996-02-03' }, '2026-03-01') // { years: 30, months: 0 }
 */
export function partyAge(
  member: Pick<Member, 'admittedOn' | 'partyAgeGapMonths'>,
  asOf: string,
): { years: number; months: number } {
  const months = partyAgeMonths(member, asOf);
  return { years: Math.floor(months / 12), months: months % 12 };
}
