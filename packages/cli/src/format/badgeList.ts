import {
  type Dataset,
  type DueList,
  latestRule,
  partyAge,
  ReportModel,
  type RuleSet,
} from '@org/party-core';
import type { SheetSpec } from '@org/party-import';
import { type Lang, text } from '../i18n';
import { formatDmy } from './dueList';

/** One row of the badge proposal list (danh sách đề nghị tặng huy hiệu Đảng). */
export interface BadgeRow {
  readonly fullName: string;
  readonly birthDate: string;
  readonly admittedOn: string;
  readonly partyAgeYears: number;
  readonly milestone: number;
  readonly cell: string;
}

/** A date as the list prints it: `dd/mm/yyyy`, or the bare year when only that is known. */
function printDate(value: string): string {
  return value.length === 4 ? value : formatDmy(value);
}

/**
 * The members whose badge falls on `occasion`, with what the list prints:
 * name, birth and admission dates, party age on the occasion, cell name. The
 * names are read here because the list is for the committee's files; nothing
 * of it is logged.
 */
export function badgeRows(dataset: Dataset, due: DueList, occasion: string): BadgeRow[] {
  const members = new Map(dataset.members.map((m) => [m.id, m]));
  const cells = new Map(dataset.organizations.map((o) => [o.code, o.name]));
  const rows: BadgeRow[] = [];
  for (const item of due.items) {
    if (item.kind !== 'party-badge' || item.date !== occasion) continue;
    if (item.subject.type !== 'member') continue;
    const member = members.get(item.subject.id);
    if (member === undefined) continue;
    rows.push({
      fullName: member.fullName,
      birthDate: member.birthDate,
      admittedOn: member.admittedOn,
      partyAgeYears: partyAge(member, occasion).years,
      milestone: item.milestone,
      cell: cells.get(member.org) ?? member.org,
    });
  }
  return rows;
}

function cells(rows: readonly BadgeRow[], lang: Lang): string[][] {
  return rows.map((row, i) => [
    String(i + 1),
    row.fullName,
    printDate(row.birthDate),
    printDate(row.admittedOn),
    text(lang, 'badgeMilestone', { years: row.partyAgeYears }),
    row.cell,
  ]);
}

/** What the document needs besides the rows: its number, date and signer. */
export interface BadgeDocumentOptions {
  readonly number: number;
  readonly date: string;
  readonly signer: string;
}

/**
 * The badge proposal list as a Party document (văn bản của Đảng): the
 * committee's header, `DANH SÁCH` with its summary line, the rule it follows,
 * the table (STT, name, date of birth, date of admission, party age, cell),
 * recipients and signature, for any renderer of the report model.
 */
export function badgeListModel(
  dataset: Dataset,
  rows: readonly BadgeRow[],
  occasion: string,
  rules: RuleSet,
  options: BadgeDocumentOptions,
): ReportModel {
  const ward = dataset.ward;
  const [year, month, day] = occasion.split('-').map(Number);
  const when = `${day}/${month}/${year}`;
  return ReportModel.parse({
    header: {
      superior: ward.superior ?? 'Đảng bộ cấp trên',
      committee: ward.committee ?? ward.name ?? 'Đảng ủy',
      symbol: { number: options.number, type: 'DS', issuer: 'ĐU' },
      place: ward.place ?? '…',
      date: options.date,
    },
    documentType: 'DANH SÁCH',
    summary: `đảng viên đề nghị tặng Huy hiệu Đảng đợt ${when}`,
    preamble: [
      {
        kind: 'paragraph',
        runs: [
          {
            kind: 'text',
            text: `Căn cứ ${latestRule(rules.partyBadge).regulation} về xét tặng Huy hiệu Đảng, Ban Thường vụ ${ward.committee ?? 'Đảng ủy'} đề nghị tặng Huy hiệu Đảng đợt ${when} cho ${rows.length} đồng chí sau:`,
          },
        ],
      },
      { kind: 'table', header: text('vi', 'badgeListHeader').split('|'), rows: cells(rows, 'vi') },
    ],
    parts: [],
    footnotes: [],
    recipients: [
      '- Ban Tổ chức cấp ủy cấp trên;',
      '- Các chi bộ có đảng viên được đề nghị;',
      '- Lưu VPĐU.',
    ],
    signature: { authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: options.signer },
  });
}

/** The badge proposal list as a workbook sheet: the header row, then one row per member. */
export function badgeListSheet(rows: readonly BadgeRow[], lang: Lang): SheetSpec {
  return {
    name: 'HuyHieuDang',
    header: true,
    rows: [text(lang, 'badgeListHeader').split('|'), ...cells(rows, lang)],
    columns: [
      { width: 6 },
      { width: 28 },
      { width: 14 },
      { width: 14 },
      { width: 10 },
      { width: 32 },
    ],
  };
}
