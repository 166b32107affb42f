import { addMonths, formatIsoDate, toCalendarDate } from '../../common/dates';
import type { Organization } from '../../organization/organization';
import type { RuleSet } from '../../rules/schema';
import { selectRule } from '../../rules/selectRule';
import type { DueItem } from '../dueItem';
import type { Window } from './memberItems';

function plusMonths(iso: string, months: number): string {
  return formatIsoDate(addMonths(toCalendarDate(iso), months));
}

/**
 * The congress terms (nhiệm kỳ đại hội) to prepare or overdue, for the
 * organisations whose last congress date the data holds (`congressOn`).
 *
 * The term ends on the congress date plus the term: the organisation's own
 * `termYears` when the data gives it, else the `congressTerm` rule version in
 * force on the congress date, for the organisation's kind. Months are whole
 * calendar months (a day the month lacks becomes its last day, Bộ luật Dân sự
 * 2015, Điều 148). An item is listed from the day preparation starts
 * (`preparationMonths` before the end, counted from the congress date), so its
 * date may lie after `until`; a term that ended before `from` is `overdue`,
 * since the data holds no newer congress. An organisation that ceased on or
 * before the end of its term, or before `from`, is left out.
 */
export function congressItems(
  organizations: readonly Organization[],
  window: Window,
  rules: RuleSet,
): DueItem[] {
  const items: DueItem[] = [];
  for (const org of organizations) {
    const congressOn = org.congressOn;
    if (congressOn === undefined) continue;
    const version = selectRule(rules.congressTerm, congressOn);
    const fromData = org.termYears !== undefined;
    const months =
      org.termYears !== undefined ? Math.round(org.termYears * 12) : version.months[org.kind];
    const endsOn = plusMonths(congressOn, months);
    const prepareFrom = plusMonths(congressOn, Math.max(0, months - version.preparationMonths));
    if (prepareFrom > window.until) continue;
    const ceased = org.dissolvedOn;
    if (ceased !== undefined && (ceased <= endsOn || ceased <= window.from)) continue;
    items.push({
      kind: 'congress-term',
      date: endsOn,
      overdue: endsOn < window.from,
      subject: { type: 'organization', code: org.code },
      org: org.code,
      rule: {
        name: 'congressTerm',
        regulation: version.regulation,
        effectiveFrom: version.effectiveFrom,
      },
      congressOn,
      termMonths: months,
      termFrom: fromData ? 'data' : 'rule',
      prepareFrom,
      computation: {
        base: { field: 'congressOn', date: congressOn },
        steps: [{ op: 'add-months', months, reason: 'congress-term' }],
      },
    });
  }
  return items;
}
