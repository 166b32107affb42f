import { z } from 'zod';
import { addMonths, type CalendarDate, formatIsoDate, toCalendarDate } from '../common/dates';
import { defaultRules } from '../rules/defaultRules';
import type { PartyBadgeRule, RuleSet } from '../rules/schema';
import { latestRule } from '../rules/selectRule';
import type { Member } from './member';

/**
 * A party badge a member is due (huy hiệu Đảng): the milestone in years of
 * party age, the day it is reached and the award occasion it falls on (the
 * first of 3/2, 19/5, 2/9 and 7/11 on or after that day).
 *
 * @see HD 01-HD/TW (2021), §18; HD 06-HD/TW (09/6/2025)
 */
export const PartyBadge = z.object({
  memberId: z.string(),
  org: z.string(),
  milestone: z.int(),
  reachedOn: z.string(),
  awardOn: z.string(),
});
/** A party badge a member is due. */
export type PartyBadge = z.infer<typeof PartyBadge>;

function awardOccasion(reached: CalendarDate, rule: PartyBadgeRule): CalendarDate {
  const occasions = [...rule.occasions].sort((a, b) => a.month - b.month || a.day - b.day);
  for (const year of [reached.year, reached.year + 1]) {
    for (const occasion of occasions) {
      const date = { year, month: occasion.month, day: occasion.day };
      if (formatIsoDate(date) >= formatIsoDate(reached)) return date;
    }
  }
  const first = occasions[0] ?? { month: 2, day: 3 };
  return { year: reached.year + 1, month: first.month, day: first.day };
}

/**
 * The badge of one milestone for a member: the day `milestone` years of party
 * age are reached (admission + milestone years + recorded gap months) and the
 * award occasion.
 */
export function partyBadgeFor(
  member: Pick<Member, 'id' | 'org' | 'admittedOn' | 'partyAgeGapMonths'>,
  milestone: number,
  rule: PartyBadgeRule = latestRule(defaultRules.partyBadge),
): PartyBadge {
  const reached = addMonths(
    toCalendarDate(member.admittedOn),
    milestone * 12 + (member.partyAgeGapMonths ?? 0),
  );
  return {
    memberId: member.id,
    org: member.org,
    milestone,
    reachedOn: formatIsoDate(reached),
    awardOn: formatIsoDate(awardOccasion(reached, rule)),
  };
}

/**
 * The next badge of a member on `asOf`: the smallest milestone whose award
 * occasion is on or after `asOf`; `undefined` past the last milestone.
 *
 * @example
 * nextPartyBadge({ id: 'A', org: 'CB1', admittedOn: '1996-02-03' }, '2026-01-01')
 * // { milestone: 30, reachedOn: '2026-02-03', awardOn: '2026-02-03', … }
 */
export function nextPartyBadge(
  member: Pick<Member, 'id' | 'org' | 'admittedOn' | 'partyAgeGapMonths'>,
  asOf: string,
  rules: RuleSet = defaultRules,
): PartyBadge | undefined {
  const rule = latestRule(rules.partyBadge);
  for (const milestone of [...rule.milestones].sort((a, b) => a - b)) {
    const badge = partyBadgeFor(member, milestone, rule);
    if (badge.awardOn >= asOf) return badge;
  }
  return undefined;
}

/**
 * Badges whose award occasion falls between `from` and `to` inclusive, for
 * every member (xét tặng huy hiệu Đảng), sorted by award date, milestone and id.
 *
 * @example
 * badgesDue(dataset.members, '2026-01-01', '2026-12-31')
 */
export function badgesDue(
  members: readonly Member[],
  from: string,
  to: string,
  rules: RuleSet = defaultRules,
): PartyBadge[] {
  const rule = latestRule(rules.partyBadge);
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  const due: PartyBadge[] = [];
  for (const member of members) {
    // A milestone reached more than a year before `from` or after `to` cannot
    // be awarded in the window: skip the date arithmetic for it.
    const admittedYear =
      Number(member.admittedOn.slice(0, 4)) + Math.floor((member.partyAgeGapMonths ?? 0) / 12);
    for (const milestone of rule.milestones) {
      const reachedYear = admittedYear + milestone;
      if (reachedYear < fromYear - 2 || reachedYear > toYear + 1) continue;
      const badge = partyBadgeFor(member, milestone, rule);
      if (badge.awardOn >= from && badge.awardOn <= to) due.push(badge);
    }
  }
  return due.sort(
    (a, b) =>
      a.awardOn.localeCompare(b.awardOn) ||
      a.milestone - b.milestone ||
      a.memberId.localeCompare(b.memberId),
  );
}
