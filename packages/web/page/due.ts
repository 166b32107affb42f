// The "Sắp đến hạn" panel: the due list grouped by kind, then by month, each
// kind folded with its count and how many are overdue; dates dd/mm/yyyy.
// Members appear by their id only, as the server sends them.
import type { DueItem, DueList } from '@org/party-core';
import type { LabelList } from '../src/page/labels';
import { displayDate } from './dates';
import { formatNumber } from './format';

/** `2026-03-31` plus `months` months, less one day: the last day of a window that starts on `iso`. */
export function windowEnd(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  // 31/1 + 1 month is the last day of February, as for a probation.
  target.setUTCDate(Math.min(day, lastDay));
  target.setUTCDate(target.getUTCDate() - 1);
  return target.toISOString().slice(0, 10);
}

/** The first award occasion on or after `iso` (3/2, 19/5, 2/9, 7/11 by default). */
export function nextOccasion(
  iso: string,
  occasions: readonly { readonly month: number; readonly day: number }[],
): string {
  const year = Number(iso.slice(0, 4));
  const sorted = [...occasions].sort((a, b) => a.month - b.month || a.day - b.day);
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const y of [year, year + 1]) {
    for (const o of sorted) {
      const date = `${y}-${pad(o.month)}-${pad(o.day)}`;
      if (date >= iso) return date;
    }
  }
  return iso;
}

/** One kind's items, by month (`yyyy-mm`) in date order. */
export interface DueGroup {
  readonly kind: string;
  readonly label: string;
  readonly count: number;
  readonly overdue: number;
  readonly months: readonly { readonly month: string; readonly items: readonly DueItem[] }[];
}

/** The items grouped by kind (in the order of the labels), then by month. */
export function groupDue(list: DueList, kinds: LabelList): DueGroup[] {
  const groups: DueGroup[] = [];
  for (const [kind, label] of kinds) {
    const items = list.items
      .filter((item) => item.kind === kind)
      .sort((a, b) => a.date.localeCompare(b.date));
    if (items.length === 0) continue;
    const months = new Map<string, DueItem[]>();
    for (const item of items) {
      const month = item.date.slice(0, 7);
      months.set(month, [...(months.get(month) ?? []), item]);
    }
    groups.push({
      kind,
      label,
      count: items.length,
      overdue: items.filter((item) => item.overdue).length,
      months: [...months].map(([month, monthItems]) => ({ month, items: monthItems })),
    });
  }
  return groups;
}

/** `2026-03` → `Tháng 3/2026`. */
export function monthTitle(month: string): string {
  const [year, number] = month.split('-');
  return `Tháng ${Number(number)}/${year}`;
}

function subjectText(item: DueItem): string {
  return item.subject.type === 'member'
    ? `Đảng viên ${item.subject.id}`
    : `Tổ chức ${item.subject.code}`;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Fills `box` with one folded block per kind; says so when nothing falls due. */
export function renderDue(list: DueList, kinds: LabelList, box: HTMLElement): void {
  const groups = groupDue(list, kinds);
  if (groups.length === 0) {
    box.replaceChildren(
      element('p', 'summary good', 'Không có việc nào đến hạn trong khoảng này.'),
    );
    return;
  }
  const blocks = groups.map((group) => {
    const details = element('details', 'kind due-kind');
    details.dataset.kind = group.kind;
    const summary = element('summary', 'kind-line');
    summary.append(
      element('span', 'kind-count', formatNumber(group.count)),
      element('span', 'kind-title', group.label),
    );
    if (group.overdue > 0) {
      summary.append(element('span', 'badge error', `${formatNumber(group.overdue)} quá hạn`));
    }
    details.append(summary);
    const body = element('div', 'due-months');
    for (const { month, items } of group.months) {
      body.append(
        element('h4', 'due-month', `${monthTitle(month)} (${formatNumber(items.length)})`),
      );
      const ul = element('ul', 'due-items');
      for (const item of items) {
        const li = element('li', item.overdue ? 'due-item overdue' : 'due-item');
        li.append(element('span', 'due-date', displayDate(item.date)));
        const what = element('span', 'due-what', subjectText(item));
        li.append(what);
        li.append(element('span', 'due-org', item.org));
        if (item.overdue) li.append(element('span', 'badge error', 'Quá hạn'));
        if (item.kind === 'congress-term') {
          li.append(
            element('span', 'due-note', `chuẩn bị đại hội từ ${displayDate(item.prepareFrom)}`),
          );
        }
        li.append(element('span', 'due-rule', item.rule.regulation));
        ul.append(li);
      }
      body.append(ul);
    }
    details.append(body);
    return details;
  });
  box.replaceChildren(...blocks);
}
