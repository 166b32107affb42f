import { z } from 'zod';
import { defaultRules } from '../rules/defaultRules';
import type { RuleSet } from '../rules/schema';
import { latestRule } from '../rules/selectRule';
import type { Member } from './member';
import { Retirement, retirement } from './retirement';

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
  const ages = [
    rule.earlier.male,
    rule.earlier.female,
    ...rule.schedule.flatMap((r) => [r.male, r.female]),
  ];
  const youngest = Math.min(...ages.map((a) => a.years));
  const oldest = Math.max(...ages.map((a) => a.years)) + 1;
  // Only birth years that can reach retirement age inside the window are computed.
  const firstBirthYear = Number(from.slice(0, 4)) - oldest;
  const lastBirthYear = Number(to.slice(0, 4)) - youngest;
  const due: RetirementDue[] = [];
  for (const member of members) {
    const birthYear = Number(member.birthDate.slice(0, 4));
    if (birthYear < firstBirthYear || birthYear > lastBirthYear) continue;
    const result = retirement(member.birthDate, member.gender, rule);
    if (result.retiresOn >= from && result.retiresOn <= to)
      due.push({ memberId: member.id, org: member.org, ...result });
  }
  return due.sort(
    (a, b) => a.retiresOn.localeCompare(b.retiresOn) || a.memberId.localeCompare(b.memberId),
  );
}
