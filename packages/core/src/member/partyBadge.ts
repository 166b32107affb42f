import { z } from 'zod';
import { compareText } from '../_internal/compare';
import { dateKey } from '../_internal/dateKey';
import {
  addMonths,
  type CalendarDate,
  daysInMonth,
  formatIsoDate,
  toCalendarDate,
} from '../common/dates';
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

function keyToIso(key: number): string {
  const year = Math.floor(key / 10000);
  const month = Math.floor(key / 100) % 100;
  const day = key % 100;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

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
  const milestones = [...rule.milestones].sort((a, b) => a - b);
  const occasions = rule.occasions.map((o) => o.month * 100 + o.day).sort((a, b) => a - b);
  const firstOccasion = occasions[0] ?? 203;
  const fromKey = dateKey(from);
  const toKey = dateKey(to);
  const fromYear = Math.floor(fromKey / 10000);
  const toYear = Math.floor(toKey / 10000);
  const due: PartyBadge[] = [];
  // Integer arithmetic on yyyymmdd keys: this runs over every member of the
  // roster. A badge awarded in the window was reached in the year before
  // `from` at the earliest (occasions are at most a year apart) and by `to`.
  for (const member of members) {
    const admitted = dateKey(member.admittedOn);
    const gap = member.partyAgeGapMonths ?? 0;
    const admittedMonthIndex =
      Math.floor(admitted / 10000) * 12 + (Math.floor(admitted / 100) % 100) - 1 + gap;
    const day = admitted % 100;
    for (const milestone of milestones) {
      const monthIndex = admittedMonthIndex + milestone * 12;
      const year = Math.floor(monthIndex / 12);
      if (year > toYear) break; // milestones ascend
      if (year < fromYear - 1) continue;
      const month = (monthIndex % 12) + 1;
      const reached = year * 10000 + month * 100 + Math.min(day, daysInMonth(year, month));
      const monthDay = reached % 10000;
      let award = (year + 1) * 10000 + firstOccasion;
      for (const occasion of occasions) {
        if (occasion >= monthDay) {
          award = year * 10000 + occasion;
          break;
        }
      }
      if (award < fromKey || award > toKey) continue;
      due.push({
        memberId: member.id,
        org: member.org,
        milestone,
        reachedOn: keyToIso(reached),
        awardOn: keyToIso(award),
      });
    }
  }
  return due.sort(
    (a, b) =>
      compareText(a.awardOn, b.awardOn) ||
      a.milestone - b.milestone ||
      compareText(a.memberId, b.memberId),
  );
}
