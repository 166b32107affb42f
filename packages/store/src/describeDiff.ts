import {
  type CodeList,
  FIELD_CODE_LISTS,
  FIELD_HEADERS,
  formatDateVi,
  parseCalendarDate,
} from '@org/party-core';
import type { DatasetDiff, FieldChange, KeyedDiff } from './diff';

/** The language of the words (`--lang`). */
export type DiffLang = 'vi' | 'en';

const WORDS = {
  vi: {
    members: 'Đảng viên',
    organizations: 'Tổ chức',
    movements: 'Biến động',
    counts: (added: number, removed: number, changed?: number) =>
      `thêm ${added}, bớt ${removed}${changed === undefined ? '' : `, thay đổi ${changed}`}`,
    added: 'Thêm',
    removed: 'Bớt',
    empty: '(trống)',
    yes: 'có',
    no: 'không',
    none: 'Không có khác biệt.',
  },
  en: {
    members: 'Members',
    organizations: 'Organisations',
    movements: 'Movements',
    counts: (added: number, removed: number, changed?: number) =>
      `${added} added, ${removed} removed${changed === undefined ? '' : `, ${changed} changed`}`,
    added: 'Added',
    removed: 'Removed',
    empty: '(empty)',
    yes: 'yes',
    no: 'no',
    none: 'No differences.',
  },
} as const;

/** The collections a register diff covers. */
export type DiffCollection = 'members' | 'organizations' | 'movements';

const codeListOf = (collection: DiffCollection, field: string): CodeList<string> | undefined =>
  (FIELD_CODE_LISTS[collection] as Readonly<Record<string, CodeList<string>>> | undefined)?.[field];

/** The column header a ward's file gives the field (data contract §1), or the field's name. */
export function fieldHeader(collection: DiffCollection, field: string): string {
  return (FIELD_HEADERS[collection] as Readonly<Record<string, string>>)[field] ?? field;
}

/**
 * A value as the user wrote it in the file: a code as its label, a date as
 * `16/6/2022`, a number with vi-VN digits, a flag as có/không, nothing as
 * `(trống)`.
 */
export function describeValue(
  collection: DiffCollection,
  field: string,
  value: unknown,
  lang: DiffLang = 'vi',
): string {
  const w = WORDS[lang];
  if (value === undefined || value === null || value === '') return w.empty;
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (typeof value === 'number') return value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  if (typeof value === 'string') {
    const list = codeListOf(collection, field);
    const label = list?.labels[value];
    if (label !== undefined) return label[lang];
    if (/^\d{4}-\d{2}-\d{2}$/u.test(value)) {
      const date = parseCalendarDate(value);
      if (date !== undefined) return formatDateVi(date);
    }
    return value;
  }
  return JSON.stringify(value);
}

function describeChange(collection: DiffCollection, change: FieldChange, lang: DiffLang): string {
  return `${fieldHeader(collection, change.field)}: ${describeValue(collection, change.field, change.before, lang)} → ${describeValue(collection, change.field, change.after, lang)}`;
}

function describeKeyed(
  collection: 'members' | 'organizations',
  diff: KeyedDiff,
  lang: DiffLang,
): string[] {
  const w = WORDS[lang];
  const lines = [
    `${w[collection]}: ${w.counts(diff.added.length, diff.removed.length, diff.changed.length)}`,
  ];
  if (diff.added.length > 0) lines.push(`  ${w.added}: ${diff.added.join(', ')}`);
  if (diff.removed.length > 0) lines.push(`  ${w.removed}: ${diff.removed.join(', ')}`);
  for (const { key, fields } of diff.changed) {
    lines.push(`  ${key}: ${fields.map((f) => describeChange(collection, f, lang)).join('; ')}`);
  }
  return lines;
}

/** One movement in words: `16/3/2026 Chuyển đi DK1295`. */
function describeMovement(
  movement: DatasetDiff['movements']['added'][number],
  lang: DiffLang,
): string {
  return [
    describeValue('movements', 'date', movement.date, lang),
    describeValue('movements', 'type', movement.type, lang),
    movement.memberId,
  ].join(' ');
}

/**
 * The difference between two versions in words, one line each, for the
 * CLI's `party store diff` and the sample app: counts per collection, the
 * ids added and removed, each changed record field by field under the column
 * headers of the ward's files, with codes as their labels and dates as
 * `16/6/2022`; movements added and removed. Ids and codes only name the
 * records; the field values are the ward's own data, shown to the user who
 * asked (never logged).
 *
 * @example
 * describeDiff(diff) // ['Đảng viên: thêm 1, bớt 1, thay đổi 1', '  Thêm: DV-MOI-0001', …,
 *                    //  '  DK0001: Nghề nghiệp: Khác → Hưu trí', …]
 */
export function describeDiff(diff: DatasetDiff, lang: DiffLang = 'vi'): string[] {
  const w = WORDS[lang];
  const { added, removed } = diff.movements;
  const empty =
    diff.members.added.length +
      diff.members.removed.length +
      diff.members.changed.length +
      diff.organizations.added.length +
      diff.organizations.removed.length +
      diff.organizations.changed.length +
      added.length +
      removed.length ===
    0;
  if (empty) return [w.none];
  return [
    ...describeKeyed('members', diff.members, lang),
    ...describeKeyed('organizations', diff.organizations, lang),
    `${w.movements}: ${w.counts(added.length, removed.length)}`,
    ...added.map((m) => `  + ${describeMovement(m, lang)}`),
    ...removed.map((m) => `  − ${describeMovement(m, lang)}`),
  ];
}
