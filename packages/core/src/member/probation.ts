import { z } from 'zod';
import { compareText } from '../_internal/compare';
import { addMonths, formatIsoDate, toCalendarDate } from '../common/dates';
import { addWorkingDays } from '../common/workingDays';
import { defaultRules } from '../rules/defaultRules';
import type { RuleSet } from '../rules/schema';
import { selectRule } from '../rules/selectRule';
import type { Member } from './member';

/**
 * The probation of a member (thời hạn dự bị): when the 12 months end — the
 * member becomes official from that day if recognised — and the last day for
 * the cell to decide (30 working days later, public holidays and Tết skipped
 * by the `holidays` rule).
 *
 * @see Điều lệ Đảng 2011, Điều 5
 */
export const Probation = z.object({
  memberId: z.string(),
  org: z.string(),
  /** Day the probation ends (ISO); recognition takes effect from it. */
  endsOn: z.string(),
  /** Last day for the cell to consider recognition (ISO), 30 working days later. */
  recognitionDueBy: z.string(),
  /**
   * The calendar the working days were counted on: `holidays-2026` (that
   * year's announced days off), or `weekends-and-fixed-holidays` for a year
   * the rules do not list (Tết not skipped, so the deadline may be early).
   */
  calendar: z.string(),
  /** Whether `asOf` is past `recognitionDueBy` with no official date. */
  overdue: z.boolean(),
});
/** The probation of a member. */
export type Probation = z.infer<typeof Probation>;

/**
 * The probation dates of one member, by the rule in force on their admission
 * and the holidays of the years the 30 working days cross.
 * Probation counts from the admission ceremony, which the data does not hold;
 * the admission decision is used, so the dates may be a few days early.
 *
 * @example
 * probation({ id: 'A', org: 'CB1', admittedOn: '2025-09-02' }, '2026-10-01').endsOn // '2026-09-02'
 */
export function probation(
  member: Pick<Member, 'id' | 'org' | 'admittedOn' | 'officialOn'>,
  asOf: string,
  rules: RuleSet = defaultRules,
): Probation {
  const rule = selectRule(rules.probation, member.admittedOn);
  const ends = addMonths(toCalendarDate(member.admittedOn), rule.months);
  const holidays = selectRule(rules.holidays, formatIsoDate(ends));
  const deadline = addWorkingDays(ends, rule.recognitionWorkingDays, holidays);
  const dueBy = formatIsoDate(deadline.date);
  return {
    memberId: member.id,
    org: member.org,
    endsOn: formatIsoDate(ends),
    recognitionDueBy: dueBy,
    calendar: deadline.calendar,
    overdue: member.officialOn === undefined && asOf > dueBy,
  };
}

/**
 * Probationary members whose probation ends on or before `until` (default
 * `asOf`): those the cells must consider for recognition (xét công nhận đảng
 * viên chính thức), sorted by end date then id.
 *
 * @example
 * dueForRecognition(dataset.members, '2026-03-01', '2026-06-30').length
 */
export function dueForRecognition(
  members: readonly Member[],
  asOf: string,
  until: string = asOf,
  rules: RuleSet = defaultRules,
): Probation[] {
  const due: Probation[] = [];
  for (const member of members) {
    if (member.officialOn !== undefined && member.officialOn <= asOf) continue;
    const status = probation(member, asOf, rules);
    if (status.endsOn <= until) due.push(status);
  }
  return due.sort((a, b) => compareText(a.endsOn, b.endsOn) || compareText(a.memberId, b.memberId));
}
