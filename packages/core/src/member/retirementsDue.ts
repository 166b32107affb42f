import { z } from 'zod';
import { compareText } from '../_internal/compare';
import { dateKey } from '../_internal/dateKey';
import { defaultRules } from '../rules/defaultRules';
import type { RuleSet } from '../rules/schema';
import { latestRule } from '../rules/selectRule';
import type { Member } from './member';
import { ageRange, Retirement, retirement } from './retirement';

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
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  const range = { male: ageRange(rule, 'male'), female: ageRange(rule, 'female') };
  const due: RetirementDue[] = [];
  for (const member of members) {
    // Only birth years that can reach retirement age inside the window are computed.
    const birthYear = Math.floor(dateKey(member.birthDate) / 10000);
    const { youngest, oldest } = range[member.gender];
    if (birthYear + oldest < fromYear || birthYear + youngest > toYear) continue;
    const result = retirement(member.birthDate, member.gender, rule);
    if (result.retiresOn >= from && result.retiresOn <= to)
      due.push({ memberId: member.id, org: member.org, ...result });
  }
  return due.sort(
    (a, b) => compareText(a.retiresOn, b.retiresOn) || compareText(a.memberId, b.memberId),
  );
}
