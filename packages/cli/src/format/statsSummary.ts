import {
  breakdownRows,
  breakdownTitle,
  formatCount,
  formatDateVi,
  formatPercent,
  MEMBER_BREAKDOWNS,
  movementRows,
  OrganizationKinds,
  STATS_LABELS,
  type Stats,
  structureRows,
  toCalendarDate,
} from '@org/party-core';
import { type Lang, type TextKey, text } from '../i18n';
import { renderTable } from './table';

const n = (value: number) => formatCount(value);

/** A table's headers, kept in the catalogue as one text with `|` between them. */
const headers = (lang: Lang, key: TextKey) => text(lang, key).split('|');

/** How the summary shows a date: `01/03/2026` in Vietnamese, ISO in English. */
const DATE_FORMAT: Readonly<Record<Lang, (iso: string) => string>> = {
  vi: (iso) => formatDateVi(toCalendarDate(iso)),
  en: (iso) => iso,
};
const shownDate = (lang: Lang, iso: string) => DATE_FORMAT[lang](iso);

function organizationsPart(stats: Stats, lang: Lang, width: number): string[] {
  const org = stats.organizations;
  const kinds = OrganizationKinds.codes
    .map((k) => `${n(org.byKind[k])} ${OrganizationKinds.labels[k][lang].toLowerCase()}`)
    .join(', ');
  const rows = structureRows(stats, lang, 'summary').map((row) => [
    row.label,
    n(row.organizations),
    n(row.members),
  ]);
  return [
    '',
    text(lang, 'organizationsHeading'),
    text(lang, 'organizationsLine', {
      direct: n(org.direct),
      kinds,
      eHandbook: n(org.eHandbookRegistered),
    }),
    renderTable(headers(lang, 'structureHeader'), rows, width),
  ];
}

function membersPart(stats: Stats, lang: Lang, width: number): string[] {
  const m = stats.members;
  const out = [
    '',
    text(lang, 'membersHeading', {
      total: n(m.total),
      probationary: n(m.probationary),
      exempt: n(m.exempt),
      workingAway: n(m.workingAway),
    }),
  ];
  for (const name of MEMBER_BREAKDOWNS) {
    const rows = breakdownRows(name, stats, lang).map((row) => [
      row.label,
      n(row.count),
      formatPercent(row.share),
    ]);
    const table = renderTable(headers(lang, 'breakdownHeader'), rows, width);
    out.push(`${breakdownTitle(name, lang, 'summary')}\n${table}`);
  }
  return out;
}

function movementsPart(stats: Stats, lang: Lang, width: number): string[] {
  const mv = stats.movements;
  const date = (iso: string) => shownDate(lang, iso);
  const rows: [string, number][] = [
    [STATS_LABELS['movements.opening'][lang], mv.opening],
    ...movementRows(stats, lang).map((row): [string, number] => [row.label, row.count]),
    [STATS_LABELS['movements.closing'][lang], mv.closing],
  ];
  const out = [
    '',
    text(lang, 'movementsHeading', { from: date(mv.from), to: date(mv.to) }),
    renderTable(
      headers(lang, 'movementsHeader'),
      rows.map(([label, value]) => [label, n(value)]),
      width,
    ),
    text(lang, 'netChange', {
      net: `${mv.net > 0 ? '+' : ''}${n(mv.net)}`,
      internal: n(mv.internalTransfers),
    }),
  ];
  for (const target of mv.admissionTargets) {
    out.push(
      text(lang, 'admissionTarget', {
        org: target.org ? text(lang, 'admissionTargetOrg', { org: target.org }) : '',
        from: date(target.from),
        to: date(target.to),
        admitted: n(target.admitted),
        target: n(target.target),
        percent: formatPercent(target.percent),
      }),
    );
  }
  return out;
}

/**
 * The readable summary of `party stats`: organisations, members by every
 * breakdown with counts and percentages, and movements from opening to
 * closing, Vietnamese by default. Rows and labels come from core's
 * `statsBreakdowns`, the source of the report tables too.
 */
export function renderStatsSummary(stats: Stats, lang: Lang, width: number): string {
  const out = [
    text(lang, 'statsWindow', {
      asOf: shownDate(lang, stats.asOf),
      from: shownDate(lang, stats.from),
    }),
    ...organizationsPart(stats, lang, width),
    ...membersPart(stats, lang, width),
    ...movementsPart(stats, lang, width),
  ];
  return `${out.join('\n')}\n`;
}
