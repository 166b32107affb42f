import type { Dataset } from '../../dataset/dataset';
import { datasetOn } from '../../history/datasetOn';
import { dayBefore } from '../../history/movementHistory';
import type { RuleSet } from '../../rules/schema';
import { selectRule } from '../../rules/selectRule';
import type { DueItem } from '../dueItem';
import type { Window } from './memberItems';

/** Official members of each cell that exists on `date` (a member counts from `officialOn`). */
function officialByCell(dataset: Dataset, date: string): Map<string, number> {
  const then = datasetOn(dataset, date);
  const counts = new Map<string, number>();
  for (const org of then.organizations) {
    if (org.kind !== 'grassroots-committee') counts.set(org.code, 0);
  }
  for (const member of then.members) {
    if (member.officialOn === undefined || member.officialOn > date) continue;
    const count = counts.get(member.org);
    if (count !== undefined) counts.set(member.org, count + 1);
  }
  return counts;
}

/** The days in the window on which the data records something that can change a count. */
function changeDays(dataset: Dataset, window: Window): string[] {
  const days = new Set<string>();
  const add = (date: string | undefined) => {
    if (date !== undefined && date >= window.from && date <= window.until) days.add(date);
  };
  for (const member of dataset.members) {
    add(member.officialOn);
    add(member.leftOn);
  }
  for (const movement of dataset.movements) add(movement.date);
  for (const org of dataset.organizations) {
    add(org.foundedOn);
    add(org.dissolvedOn);
  }
  return [...days].sort();
}

/**
 * The days in the window on which a cell's official members fall under the
 * minimum, or reach the size that elects a cell committee, as the data
 * records them (official dates, movements, leaving dates, organisations
 * founded or dissolved). The count on the day before `from` is the start, so
 * a crossing on `from` itself is listed; a cell that is founded or dissolved
 * does not cross by that alone. Probations that will end are not forecast:
 * recognition is the cell's decision, not a date.
 */
export function cellItems(dataset: Dataset, window: Window, rules: RuleSet): DueItem[] {
  const items: DueItem[] = [];
  let previous = officialByCell(dataset, dayBefore(window.from));
  for (const day of changeDays(dataset, window)) {
    const current = officialByCell(dataset, day);
    const version = selectRule(rules.cellSize, day);
    const rule = {
      name: 'cellSize' as const,
      regulation: version.regulation,
      effectiveFrom: version.effectiveFrom,
    };
    for (const [code, after] of current) {
      const before = previous.get(code);
      if (before === undefined) continue;
      const common = {
        date: day,
        overdue: false,
        subject: { type: 'organization' as const, code },
        org: code,
        rule,
        officialMembers: { before, after },
      };
      if (before >= version.minOfficialMembers && after < version.minOfficialMembers) {
        items.push({
          kind: 'cell-below-minimum',
          ...common,
          computation: {
            base: { field: 'officialMembers', date: day },
            steps: [{ op: 'threshold', threshold: version.minOfficialMembers, direction: 'below' }],
          },
        });
      }
      if (before < version.committeeOfficialMembers && after >= version.committeeOfficialMembers) {
        items.push({
          kind: 'cell-committee-size',
          ...common,
          computation: {
            base: { field: 'officialMembers', date: day },
            steps: [
              {
                op: 'threshold',
                threshold: version.committeeOfficialMembers,
                direction: 'reaching',
              },
            ],
          },
        });
      }
    }
    previous = current;
  }
  return items;
}
