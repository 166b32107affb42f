import { z } from 'zod';
import { compareText } from '../_internal/compare';
import { zeroCounts } from '../_internal/counts';
import { IsoDate } from '../common/dates';
import type { Dataset } from '../dataset/dataset';
import { InvalidArgumentError } from '../errors';
import { defaultRules } from '../rules/defaultRules';
import type { RuleSet } from '../rules/schema';
import { cellItems } from './_internal/cellItems';
import { congressItems } from './_internal/congressItems';
import {
  badgeItems,
  disciplineItems,
  probationItems,
  retirementItems,
} from './_internal/memberItems';
import { DUE_KINDS, type DueItem, type DueList } from './dueItem';

/**
 * The window of a due list (khoảng thời gian): the first and the last day,
 * both included, with `from <= until`. Never the clock: the caller names it.
 */
export const DueWindow = z
  .object({
    /** First day (từ ngày), ISO `yyyy-mm-dd`. */
    from: IsoDate,
    /** Last day (đến ngày), ISO `yyyy-mm-dd`. */
    until: IsoDate,
  })
  .refine((w) => w.from <= w.until, { path: ['until'], message: 'until-before-from' });
/** The window of a due list. */
export type DueWindow = z.infer<typeof DueWindow>;

function subjectKey(item: DueItem): string {
  return item.subject.type === 'member' ? item.subject.id : item.subject.code;
}

/**
 * Everything falling due in a window (việc đến hạn), for the members on the
 * roster (no `leftOn`) and the organisations of a valid dataset:
 *
 * - probation ends and recognition deadlines (12 months after admission, then
 *   30 working days on the holiday calendar of the rules), with the deadlines
 *   already past on `from` and not recognised marked `overdue`;
 * - party badges whose award occasion falls in the window (party age from the
 *   admission decision, plus recorded gaps; the first of 3/2, 19/5, 2/9, 7/11
 *   on or after the milestone);
 * - retirements (NĐ 135/2020) of members holding a position or in cadre planning;
 * - limitation periods of pending discipline cases that run out;
 * - new members whose probation ends (or ended, `overdue`) without the course
 *   for new members;
 * - cells falling under 3 official members or reaching 9;
 * - congress terms (nhiệm kỳ đại hội) of the organisations whose last congress
 *   the data holds (`congressOn`): the congress date plus the term (the
 *   organisation's `termYears`, else the `congressTerm` rule for its kind),
 *   listed from the day preparation starts (`preparationMonths` before the
 *   end, so the item's date may fall after `until`), and `overdue` when the
 *   term ended before `from`.
 *
 * Each item names its rule and regulation from the rules registry and how its
 * date was computed. Items are sorted by date, then kind (in {@link DUE_KINDS}
 * order), then subject. Pure and deterministic: no clock, no IO.
 *
 * Throws {@link InvalidArgumentError} when a date is not ISO or `until` is
 * before `from`.
 *
 * @param dataset - A parsed, valid dataset.
 * @param window - `from` and `until`, both included.
 * @param rules - The rules registry; defaults to {@link defaultRules}.
 * @see Điều lệ Đảng 2011, Điều 5, 21, 22, 24; QĐ 294-QĐ/TW (2025); HD 01-HD/TW (2021) §18; NĐ 135/2020/NĐ-CP; QĐ 69-QĐ/TW (2022)
 * @example
 * const due = dueItems(dataset, { from: '2026-03-01', until: '2026-05-31' });
 * due.counts['party-badge'] // 4
 * due.items[0] // { kind: 'recognition-deadline', date: '2026-03-05', subject: { type: 'member', id: 'DV0412' }, … }
 */
export function dueItems(
  dataset: Dataset,
  window: DueWindow,
  rules: RuleSet = defaultRules,
): DueList {
  const parsed = DueWindow.safeParse(window);
  if (!parsed.success) {
    throw new InvalidArgumentError({
      vi: 'Khoảng thời gian không hợp lệ: cần hai ngày yyyy-mm-dd, ngày đầu không sau ngày cuối.',
      en: 'Invalid window: two dates yyyy-mm-dd are needed, the first not after the last.',
    });
  }
  const { from, until } = parsed.data;
  const checked = { from, until };
  const members = dataset.members.filter((m) => m.leftOn === undefined);
  const completed = new Set<string>();
  for (const row of dataset.training) {
    if (row.courseKind === 'new-member' && row.result === 'completed') completed.add(row.memberId);
  }
  const items = [
    ...probationItems(members, checked, rules, completed),
    ...badgeItems(members, checked, rules),
    ...retirementItems(dataset, members, checked, rules),
    ...disciplineItems(dataset, members, checked, rules),
    ...cellItems(dataset, checked, rules),
    ...congressItems(dataset.organizations, checked, rules),
  ];
  const order = new Map(DUE_KINDS.map((kind, i) => [kind, i]));
  items.sort(
    (a, b) =>
      compareText(a.date, b.date) ||
      (order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0) ||
      compareText(subjectKey(a), subjectKey(b)),
  );
  const counts = zeroCounts(DUE_KINDS);
  for (const item of items) counts[item.kind] += 1;
  return { from, until, items, counts };
}
