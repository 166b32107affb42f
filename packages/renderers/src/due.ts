/**
 * The due list (việc đến hạn) and the badge proposal list as files, shared
 * by `party due` and the web adapter: CSV and spreadsheet rows, the ICS
 * calendar, and the badge list as a report model (DOCX) or a sheet (XLSX).
 * Members appear by id in the due list and by name only in the badge list,
 * which is for the committee's files.
 *
 * @packageDocumentation
 */
import {
  type Dataset,
  type DueItem,
  type DueKind,
  DueKinds,
  type DueList,
  type DueStep,
  latestRule,
  partyAge,
  ReportModel,
  type RuleSet,
} from '@org/party-core';
import { type Alarm, createEvents, type EventAttributes } from 'ics';

/**
 * A worksheet to write: its name, rows (header first) and column widths. The
 * shape `workbookBuffer` of `@org/party-import` takes (its `SheetSpec`), named
 * here because renderers do not depend on the import package.
 */
export interface DueSheet {
  readonly name: string;
  readonly header: boolean;
  readonly rows: readonly (readonly string[])[];
  readonly columns?: readonly { readonly width: number }[];
}

/** The language of the files' labels. */
export type DueLang = 'vi' | 'en';

const TEXT = {
  overdue: { vi: ' (quá hạn)', en: ' (overdue)' },
  field_admittedOn: { vi: 'Ngày vào Đảng', en: 'Admitted' },
  field_birthDate: { vi: 'Ngày sinh', en: 'Born' },
  field_violationOn: { vi: 'Ngày vi phạm', en: 'Violation' },
  field_officialMembers: { vi: 'Số đảng viên chính thức', en: 'Official members' },
  field_congressOn: { vi: 'Ngày đại hội', en: 'Last congress' },
  termFromData: { vi: ' (nhiệm kỳ theo dữ liệu)', en: ' (term from the data)' },
  prepareFrom: { vi: '; chuẩn bị đại hội từ {date}', en: '; preparation from {date}' },
  bareYear: { vi: ' (chỉ có năm, tính 01/01)', en: ' (year only, taken as 01/01)' },
  stepMonths: { vi: '+ {months} tháng', en: '+ {months} months' },
  stepWorkingDays: {
    vi: '+ {days} ngày làm việc ({calendar})',
    en: '+ {days} working days ({calendar})',
  },
  stepOccasion: {
    vi: 'dịp trao gần nhất ({occasions})',
    en: 'next award occasion ({occasions})',
  },
  stepThen: { vi: '→ ', en: '→ ' },
  stepEndOfMonth: { vi: 'cuối tháng', en: 'end of month' },
  stepBelow: {
    vi: '{before} → {after}, dưới {threshold}',
    en: '{before} → {after}, under {threshold}',
  },
  stepReaching: {
    vi: '{before} → {after}, đạt {threshold}',
    en: '{before} → {after}, reaches {threshold}',
  },
  badgeMilestone: { vi: '{years} năm', en: '{years} years' },
  dueCsvHeader: {
    vi: 'Ngày|Loại việc|Mã loại|Đối tượng|Mã đối tượng|Tổ chức|Quá hạn|Quy định|Cách tính',
    en: 'Date|Item|Kind|Subject type|Subject|Organisation|Overdue|Regulation|Computation',
  },
  subjectMember: { vi: 'Đảng viên', en: 'Member' },
  subjectOrganization: { vi: 'Tổ chức đảng', en: 'Organisation' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  badgeListHeader: {
    vi: 'STT|Họ và tên|Ngày sinh|Ngày vào Đảng|Tuổi đảng|Chi bộ',
    en: 'No.|Full name|Date of birth|Admitted|Party age|Cell',
  },
  calendar: { vi: 'Việc đến hạn', en: 'Due items' },
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;

function say(
  lang: DueLang,
  key: keyof typeof TEXT,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/gu, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** An ISO date as Vietnamese documents write it in lists: `dd/mm/yyyy`. */
export function formatDmy(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** The label of a kind of due item (core's code list). */
export function dueKindLabel(lang: DueLang, kind: DueKind): string {
  return DueKinds.labels[kind][lang];
}

/** The member's id or the organisation's code: how the due list names its subject. */
export function dueSubjectId(item: DueItem): string {
  return item.subject.type === 'member' ? item.subject.id : item.subject.code;
}

function stepText(lang: DueLang, step: DueStep, item: DueItem): string {
  switch (step.op) {
    case 'add-months':
      return (
        say(lang, 'stepMonths', { months: step.months }) +
        (item.kind === 'congress-term' && item.termFrom === 'data' ? say(lang, 'termFromData') : '')
      );
    case 'add-working-days':
      return say(lang, 'stepWorkingDays', { days: step.days, calendar: step.calendar });
    case 'next-award-occasion':
      return (
        say(lang, 'stepThen') +
        say(lang, 'stepOccasion', {
          occasions: step.occasions
            .map((o) => o.split('-').reverse().map(Number).join('/'))
            .join(', '),
        })
      );
    case 'end-of-month':
      return say(lang, 'stepThen') + say(lang, 'stepEndOfMonth');
    case 'threshold': {
      const counts =
        item.kind === 'cell-below-minimum' || item.kind === 'cell-committee-size'
          ? item.officialMembers
          : { before: 0, after: 0 };
      return say(lang, step.direction === 'below' ? 'stepBelow' : 'stepReaching', {
        ...counts,
        threshold: step.threshold,
      });
    }
    default: {
      const unreachable: never = step;
      return String(unreachable);
    }
  }
}

/**
 * How an item's date was computed, in words: the base date, then each step,
 * e.g. `Ngày vào Đảng 10/04/2025 + 12 tháng`; a congress term adds the day
 * its preparation starts (`Ngày đại hội 10/03/2024 + 30 tháng; chuẩn bị đại
 * hội từ 10/03/2026`).
 */
export function describeDueComputation(lang: DueLang, item: DueItem): string {
  const { base, steps } = item.computation;
  const field = say(lang, `field_${base.field}` as keyof typeof TEXT);
  const head =
    base.field === 'officialMembers'
      ? field
      : `${field} ${formatDmy(base.date)}${base.assumed ? say(lang, 'bareYear') : ''}`;
  const text = [head, ...steps.map((step) => stepText(lang, step, item))].join(' ');
  return item.kind === 'congress-term'
    ? text + say(lang, 'prepareFrom', { date: formatDmy(item.prepareFrom) })
    : text;
}

/** The kind's label, marked `(quá hạn)` when the item is overdue. */
export function dueItemLabel(lang: DueLang, item: DueItem): string {
  return `${dueKindLabel(lang, item.kind)}${item.overdue ? say(lang, 'overdue') : ''}`;
}

/** The spreadsheet rows of a due list (header first), for CSV and XLSX. */
export function dueSheetRows(list: DueList, lang: DueLang): string[][] {
  const rows = list.items.map((item) => [
    formatDmy(item.date),
    dueKindLabel(lang, item.kind),
    item.kind,
    say(lang, item.subject.type === 'member' ? 'subjectMember' : 'subjectOrganization'),
    dueSubjectId(item),
    item.org,
    say(lang, item.overdue ? 'yes' : 'no'),
    item.rule.regulation,
    describeDueComputation(lang, item),
  ]);
  return [say(lang, 'dueCsvHeader').split('|'), ...rows];
}

/** A due list as a workbook sheet (`ViecDenHan`), for `workbookBuffer`. */
export function dueSheet(list: DueList, lang: DueLang): DueSheet {
  return { name: 'ViecDenHan', header: true, rows: dueSheetRows(list, lang) };
}

function csvCell(value: string): string {
  return /[",;\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A due list as CSV: UTF-8 with a BOM (Excel reads the accents), comma-separated, CRLF. */
export function dueCsv(list: DueList, lang: DueLang): string {
  const lines = dueSheetRows(list, lang).map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * Days before an item that its reminders (VALARM) fire: the probation end is
 * prepared long ahead (the file, the cell's meeting), the end of a congress
 * term from about when preparation starts (6 months), the others a month and
 * a week ahead.
 */
export const DUE_REMINDER_DAYS: Readonly<Record<DueKind, readonly number[]>> = {
  'probation-end': [90, 60, 30, 15, 7],
  'recognition-deadline': [15, 7],
  'party-badge': [30, 7],
  retirement: [90, 30],
  'discipline-limitation': [30, 7],
  'new-member-course': [30, 7],
  'cell-below-minimum': [7],
  'cell-committee-size': [7],
  'congress-term': [180, 90, 30],
};

function dateArray(iso: string): [number, number, number] {
  const [year, month, day] = iso.split('-').map(Number);
  return [year ?? 0, month ?? 1, day ?? 1];
}

/** The day after an ISO date, as the exclusive end of an all-day event. */
function nextDay(iso: string): [number, number, number] {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/**
 * A stable identifier per item, so that importing the file again updates
 * the events instead of doubling them.
 */
function uid(item: DueItem): string {
  const extra =
    item.kind === 'party-badge'
      ? `-${item.milestone}`
      : item.kind === 'discipline-limitation'
        ? `-${item.caseIndex}-${item.form}`
        : '';
  return `${item.kind}-${dueSubjectId(item)}${extra}-${item.date}@party-toolkit`;
}

/**
 * A due list as an iCalendar file (RFC 5545): one all-day event per item with
 * its reminders ({@link DUE_REMINDER_DAYS}). Members appear by id only, never
 * by name. The stamp of every event is the window's first day, so the same
 * list always gives the same file.
 */
export function dueIcs(list: DueList, lang: DueLang): string {
  const stamp = Date.parse(`${list.from}T00:00:00Z`);
  const events = list.items.map((item): EventAttributes => {
    const label = dueKindLabel(lang, item.kind);
    const alarms: Alarm[] = DUE_REMINDER_DAYS[item.kind].map((days) => ({
      action: 'display',
      description: `${label}: ${dueSubjectId(item)}`,
      // In hours: `ics` writes a days-only duration as `P90DT`, which RFC 5545
      // does not allow (a `T` needs a time); `-PT2160H` is valid everywhere.
      trigger: { before: true, hours: days * 24 },
    }));
    return {
      uid: uid(item),
      start: dateArray(item.date),
      end: nextDay(item.date),
      title: `${label}: ${dueSubjectId(item)} (${item.org})`,
      description: `${item.rule.regulation}\n${describeDueComputation(lang, item)}`,
      categories: [item.kind],
      alarms,
      // DTSTAMP: not the clock, so the file is reproducible.
      ...({ timestamp: stamp } as object),
    };
  });
  const { error, value } = createEvents(events, {
    productId: '-//party-toolkit//party due//VI',
    calName: say(lang, 'calendar'),
  });
  // The events are built here from a parsed list: a refusal is a bug.
  if (error || value === null) throw new Error(`ics: ${error?.message ?? 'no output'}`);
  return value;
}

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
  const cellNames = new Map(dataset.organizations.map((o) => [o.code, o.name]));
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
      cell: cellNames.get(member.org) ?? member.org,
    });
  }
  return rows;
}

function cells(rows: readonly BadgeRow[], lang: DueLang): string[][] {
  return rows.map((row, i) => [
    String(i + 1),
    row.fullName,
    printDate(row.birthDate),
    printDate(row.admittedOn),
    say(lang, 'badgeMilestone', { years: row.partyAgeYears }),
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
      { kind: 'table', header: say('vi', 'badgeListHeader').split('|'), rows: cells(rows, 'vi') },
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
export function badgeListSheet(rows: readonly BadgeRow[], lang: DueLang): DueSheet {
  return {
    name: 'HuyHieuDang',
    header: true,
    rows: [say(lang, 'badgeListHeader').split('|'), ...cells(rows, lang)],
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
