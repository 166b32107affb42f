import { isBareYear } from '../../common/dates';
import type { Dataset } from '../../dataset/dataset';
import { pendingCases } from '../../inspection/disciplineLimitation';
import { heldOn } from '../../member/_internal/positions';
import type { Member } from '../../member/member';
import { badgesDue } from '../../member/partyBadge';
import { probation } from '../../member/probation';
import { retirementsDue } from '../../member/retirementsDue';
import type { RuleSet } from '../../rules/schema';
import { latestRule, selectRule } from '../../rules/selectRule';
import type { DueComputation, DueItem, DueRule } from '../dueItem';

/** The window of a due list, checked: `from <= until`, both ISO. */
export interface Window {
  readonly from: string;
  readonly until: string;
}

function ruleRef(
  name: DueRule['name'],
  version: { regulation: string; effectiveFrom: string },
): DueRule {
  return { name, regulation: version.regulation, effectiveFrom: version.effectiveFrom };
}

function base(field: string, value: string): DueComputation['base'] {
  return isBareYear(value)
    ? { field, date: `${value}-01-01`, assumed: 'bare-year-as-1-january' }
    : { field, date: value };
}

/**
 * Probation ends, recognition deadlines (with the overdue ones) and new
 * members without the course, for the members not yet recognised
 * (`officialOn` empty), from {@link probation}.
 */
export function probationItems(
  members: readonly Member[],
  window: Window,
  rules: RuleSet,
  completedCourse: ReadonlySet<string>,
): DueItem[] {
  const items: DueItem[] = [];
  for (const member of members) {
    if (member.officialOn !== undefined || member.admittedOn > window.until) continue;
    const status = probation(member, window.from, rules);
    const version = selectRule(rules.probation, member.admittedOn);
    const rule = ruleRef('probation', version);
    const toEnd: DueComputation = {
      base: base('admittedOn', member.admittedOn),
      steps: [{ op: 'add-months', months: version.months, reason: 'probation' }],
    };
    const subject = { type: 'member', id: member.id } as const;
    const common = { subject, org: member.org, rule };
    const ends = status.endsOn;
    if (ends >= window.from && ends <= window.until) {
      items.push({
        kind: 'probation-end',
        date: ends,
        overdue: false,
        ...common,
        computation: toEnd,
      });
    }
    const dueBy = status.recognitionDueBy;
    if (dueBy <= window.until) {
      items.push({
        kind: 'recognition-deadline',
        date: dueBy,
        overdue: dueBy < window.from,
        probationEndsOn: ends,
        ...common,
        computation: {
          base: toEnd.base,
          steps: [
            ...toEnd.steps,
            {
              op: 'add-working-days',
              days: version.recognitionWorkingDays,
              calendar: status.calendar,
            },
          ],
        },
      });
    }
    if (!completedCourse.has(member.id) && ends <= window.until) {
      items.push({
        kind: 'new-member-course',
        date: ends,
        overdue: ends < window.from,
        ...common,
        computation: toEnd,
      });
    }
  }
  return items;
}

/** Badges whose award occasion falls in the window, from {@link badgesDue}. */
export function badgeItems(members: readonly Member[], window: Window, rules: RuleSet): DueItem[] {
  const version = latestRule(rules.partyBadge);
  const rule = ruleRef('partyBadge', version);
  const occasions = [...version.occasions]
    .sort((a, b) => a.month - b.month || a.day - b.day)
    .map((o) => `${String(o.month).padStart(2, '0')}-${String(o.day).padStart(2, '0')}`);
  const byId = new Map(members.map((m) => [m.id, m]));
  return badgesDue(members, window.from, window.until, rules).map((badge) => {
    const gap = byId.get(badge.memberId)?.partyAgeGapMonths ?? 0;
    const admittedOn = byId.get(badge.memberId)?.admittedOn ?? badge.reachedOn;
    return {
      kind: 'party-badge',
      date: badge.awardOn,
      overdue: false,
      subject: { type: 'member', id: badge.memberId },
      org: badge.org,
      rule,
      milestone: badge.milestone,
      reachedOn: badge.reachedOn,
      computation: {
        base: base('admittedOn', admittedOn),
        steps: [
          { op: 'add-months', months: badge.milestone * 12, reason: 'milestone' },
          ...(gap > 0
            ? [{ op: 'add-months' as const, months: gap, reason: 'party-age-gaps' }]
            : []),
          { op: 'next-award-occasion', occasions },
        ],
      },
    };
  });
}

/**
 * Retirements in the window of members who hold a position in the window or
 * are in a cadre-planning term that has not ended before it, from
 * {@link retirementsDue}.
 */
export function retirementItems(
  dataset: Pick<Dataset, 'positions' | 'planning'>,
  members: readonly Member[],
  window: Window,
  rules: RuleSet,
): DueItem[] {
  const rule = ruleRef('retirementAge', latestRule(rules.retirementAge));
  const fromYear = Number(window.from.slice(0, 4));
  const planned = new Set<string>();
  for (const entry of dataset.planning) {
    const end = Number(entry.term.split('-')[1]?.trim());
    if (entry.memberId !== undefined && end >= fromYear) planned.add(entry.memberId);
  }
  const byId = new Map(members.map((m) => [m.id, m]));
  const items: DueItem[] = [];
  for (const due of retirementsDue(members, window.from, window.until, rules)) {
    const holds = dataset.positions.some(
      (p) => p.memberId === due.memberId && (heldOn(p, window.from) || heldOn(p, due.reachesAgeOn)),
    );
    const because = [
      ...(holds ? (['position'] as const) : []),
      ...(planned.has(due.memberId) ? (['planning'] as const) : []),
    ];
    if (because.length === 0) continue;
    const birthDate = byId.get(due.memberId)?.birthDate ?? due.reachesAgeOn;
    items.push({
      kind: 'retirement',
      date: due.retiresOn,
      overdue: false,
      subject: { type: 'member', id: due.memberId },
      org: due.org,
      rule,
      age: due.age,
      reachesAgeOn: due.reachesAgeOn,
      pensionFrom: due.pensionFrom,
      because,
      computation: {
        base: base('birthDate', birthDate),
        steps: [
          {
            op: 'add-months',
            months: due.age.years * 12 + due.age.months,
            reason: 'retirement-age',
          },
          { op: 'end-of-month' },
        ],
      },
    });
  }
  return items;
}

/**
 * The limitation periods that run out in the window, for every pending case
 * dated on or before `until` whose violation date is known, from
 * {@link pendingCases}. The member's or organisation's cell comes from the
 * roster for a member (the subject itself for an organisation).
 */
export function disciplineItems(
  dataset: Pick<Dataset, 'inspections'>,
  members: readonly Member[],
  window: Window,
  rules: RuleSet,
): DueItem[] {
  const orgOf = new Map(members.map((m) => [m.id, m.org]));
  const items: DueItem[] = [];
  for (const pending of pendingCases(dataset, window.until, { rules })) {
    if (pending.violationOn === undefined) continue;
    const version = selectRule(rules.disciplineLimitation, window.until);
    for (const period of pending.forms) {
      if (period.deadline === null || period.months === null) continue;
      if (period.deadline < window.from || period.deadline > window.until) continue;
      items.push({
        kind: 'discipline-limitation',
        date: period.deadline,
        overdue: false,
        subject:
          pending.subjectType === 'member'
            ? { type: 'member', id: pending.subject }
            : { type: 'organization', code: pending.subject },
        org:
          pending.subjectType === 'member'
            ? (orgOf.get(pending.subject) ?? pending.subject)
            : pending.subject,
        rule: ruleRef('disciplineLimitation', version),
        form: period.form,
        caseIndex: pending.index,
        caseDate: pending.date,
        computation: {
          base: base('violationOn', pending.violationOn),
          steps: [{ op: 'add-months', months: period.months, reason: 'limitation-period' }],
        },
      });
    }
  }
  return items;
}
