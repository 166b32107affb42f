import { z } from 'zod';
import { compareText } from '../_internal/compare';
import { dateKey } from '../_internal/dateKey';
import { daysInMonth } from '../common/dates';
import { defaultRules } from '../rules/defaultRules';
import type { RuleSet } from '../rules/schema';
import { latestRule } from '../rules/selectRule';
import type { Member } from './member';
import { ageRange, Retirement, retirement, retirementMonthIndex } from './retirement';

/** A member who reaches retirement age in a window (đến tuổi nghỉ hưu). */
export const RetirementDue = Retirement.extend({ memberId: z.string(), org: z.string() });
/** A member who reaches retirement age in a window. */
export type RetirementDue = z.infer<typeof RetirementDue>;

/**
 * Members whose retirement date (the last day of the month the age is reached)
 * falls between `from` and `to` inclusive, sorted by that date then id.
 *
 * @see NĐ 135/2020/NĐ-CP, Điều 3–4
 * @example
 * retirementsDue(dataset.members, '2026-01-01', '2026-12-31')
 */
export function retirementsDue(
  members: readonly Member[],
  from: string,
  to: string,
  rules: RuleSet = defaultRules,
): RetirementDue[] {
  const rule = latestRule(rules.retirementAge);
  const fromKey = dateKey(from);
  const toKey = dateKey(to);
  const fromYear = Math.floor(fromKey / 10000);
  const toYear = Math.floor(toKey / 10000);
  const range = { male: ageRange(rule, 'male'), female: ageRange(rule, 'female') };
  const due: RetirementDue[] = [];
  for (const member of members) {
    // Only birth years that can reach retirement age inside the window are computed.
    const birthKey = dateKey(member.birthDate);
    const birthYear = Math.floor(birthKey / 10000);
    const { youngest, oldest } = range[member.gender];
    if (birthYear + oldest < fromYear || birthYear + youngest > toYear) continue;
    // The retirement date is the last day of the month the age is reached.
    const { monthIndex } = retirementMonthIndex(birthKey, member.gender, rule);
    const year = Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    const retiresKey = year * 10000 + month * 100 + daysInMonth(year, month);
    if (retiresKey < fromKey || retiresKey > toKey) continue;
    due.push({
      memberId: member.id,
      org: member.org,
      ...retirement(member.birthDate, member.gender, rule),
    });
  }
  return due.sort(
    (a, b) => compareText(a.retiresOn, b.retiresOn) || compareText(a.memberId, b.memberId),
  );
}
