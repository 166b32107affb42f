import type { CodeList } from '../common/codeList';
import { percentages } from '../common/percent';
import type { MessageLang } from '../errors';
import {
  AgeBands,
  EthnicityGroups,
  Genders,
  GeneralEducationLevels,
  MovementTypes,
  Occupations,
  PoliticalTheoryLevels,
  ProfessionalLevels,
  Religions,
} from '../member/codes';
import { OrganizationCategories, OrganizationKinds } from '../organization/codes';
import type { Stats } from '../stats/computeStats';
import type { LocalizedMessage } from '../validation/issue';

/**
 * The breakdowns of the roster (cơ cấu đảng viên), named by their key under
 * `members` in the stats, in the order reports, `party stats` and the web
 * page show them.
 */
export const MEMBER_BREAKDOWNS = [
  'gender',
  'ageBands',
  'ethnicity',
  'religion',
  'generalEducation',
  'professional',
  'politicalTheory',
  'occupation',
] as const;
/** A breakdown of the roster: its key under `members` in the stats. */
export type MemberBreakdown = (typeof MEMBER_BREAKDOWNS)[number];

interface BreakdownDefinition {
  /** The title of the breakdown in a report's table (and everywhere else unless `summaryTitle`). */
  readonly title: LocalizedMessage;
  /** The shorter title `party stats` prints, where it differs. */
  readonly summaryTitle?: LocalizedMessage;
  /** The codes of the breakdown and their labels. */
  readonly list: CodeList<string>;
}

const BREAKDOWNS: Readonly<Record<MemberBreakdown, BreakdownDefinition>> = {
  gender: { title: { vi: 'Giới tính', en: 'Gender' }, list: Genders },
  ageBands: { title: { vi: 'Độ tuổi', en: 'Age' }, list: AgeBands },
  ethnicity: { title: { vi: 'Dân tộc', en: 'Ethnicity' }, list: EthnicityGroups },
  religion: { title: { vi: 'Tôn giáo', en: 'Religion' }, list: Religions },
  generalEducation: {
    title: { vi: 'Trình độ giáo dục phổ thông', en: 'General education' },
    list: GeneralEducationLevels,
  },
  professional: {
    title: { vi: 'Trình độ chuyên môn', en: 'Professional level' },
    list: ProfessionalLevels,
  },
  politicalTheory: {
    title: { vi: 'Trình độ lý luận chính trị', en: 'Political theory' },
    summaryTitle: { vi: 'Lý luận chính trị', en: 'Political theory' },
    list: PoliticalTheoryLevels,
  },
  occupation: { title: { vi: 'Nghề nghiệp', en: 'Occupation' }, list: Occupations },
};

/** Where a breakdown's title stands: a report's table, or the plain-text summary of `party stats`. */
export type BreakdownTitleForm = 'table' | 'summary';

/**
 * The title of a breakdown of the roster in `lang`.
 *
 * @example
 * breakdownTitle('politicalTheory', 'vi') // 'Trình độ lý luận chính trị'
 */
export function breakdownTitle(
  name: MemberBreakdown,
  lang: MessageLang,
  form: BreakdownTitleForm = 'table',
): string {
  const breakdown = BREAKDOWNS[name];
  return ((form === 'summary' ? breakdown.summaryTitle : undefined) ?? breakdown.title)[lang];
}

/**
 * The labels of a code list in `lang`, as `[code, label]` pairs in the
 * list's order: what a chart or a legend needs.
 */
export function codeLabelPairs(
  list: CodeList<string>,
  lang: MessageLang,
): readonly (readonly [code: string, label: string])[] {
  return list.codes.map((code) => [code, list.labels[code]?.[lang] ?? code] as const);
}

/** The code list of a breakdown of the roster. */
export function breakdownCodes(name: MemberBreakdown): CodeList<string> {
  return BREAKDOWNS[name].list;
}

/** One row of a breakdown: a code, its label, its count and its share in percent (of the breakdown's total). */
export interface BreakdownRow {
  readonly code: string;
  readonly label: string;
  readonly count: number;
  readonly share: number;
}

/**
 * The rows of a breakdown of the roster: every code of its list, in order,
 * with its label in `lang`, its count and its share (largest remainder, so
 * the shares add up to 100%). Codes without a member are kept: a report
 * leaves them out, `party stats` prints them.
 *
 * @example
 * breakdownRows('gender', stats, 'vi') // [{ code: 'male', label: 'Nam', count: 959, share: 77.4 }, …]
 */
export function breakdownRows(
  name: MemberBreakdown,
  stats: Stats,
  lang: MessageLang,
): BreakdownRow[] {
  const counts = stats.members[name] as Readonly<Record<string, number>>;
  const shares = percentages(counts);
  return Object.keys(counts).map((code) => ({
    code,
    label: BREAKDOWNS[name].list.labels[code]?.[lang] ?? code,
    count: counts[code] ?? 0,
    share: shares[code] ?? 0,
  }));
}

/** The movements of the period (biến động) that change the roster, with the sign of their change. */
const MOVEMENT_STEPS = [
  { key: 'admitted', code: 'admitted', sign: 1 },
  { key: 'transferredIn', code: 'transferred-in', sign: 1 },
  { key: 'transferredOut', code: 'transferred-out', sign: -1 },
  { key: 'struckOff', code: 'struck-off', sign: -1 },
  { key: 'expelled', code: 'expelled', sign: -1 },
  { key: 'deceased', code: 'deceased', sign: -1 },
  { key: 'resigned', code: 'resigned', sign: -1 },
] as const;

/** The stats key of a movement type: `transferred-in` → `transferredIn`. */
export const movementKey = (code: string): string =>
  code.replace(/-([a-z])/gu, (_, c: string) => c.toUpperCase());

/** One movement of the period: its stats key, its code, its label, how many, and whether it adds or takes away. */
export interface MovementRow {
  readonly key: (typeof MOVEMENT_STEPS)[number]['key'];
  readonly code: (typeof MOVEMENT_STEPS)[number]['code'];
  readonly label: string;
  readonly count: number;
  readonly sign: 1 | -1;
}

/**
 * The movements from the opening to the closing roster, in the order
 * reports print them, labelled in `lang`.
 *
 * @example
 * movementRows(stats, 'en')[0] // { key: 'admitted', code: 'admitted', label: 'Admitted', count: 12, sign: 1 }
 */
export function movementRows(stats: Stats, lang: MessageLang): MovementRow[] {
  return MOVEMENT_STEPS.map((step) => ({
    ...step,
    label: MovementTypes.labels[step.code][lang],
    count: stats.movements[step.key],
  }));
}

/** Labels of the figures around the movements and the roster, keyed by their stats path. */
export const STATS_LABELS = {
  'members.total': { vi: 'Tổng số đảng viên', en: 'Members in total' },
  'movements.opening': { vi: 'Đầu kỳ', en: 'Opening' },
  'movements.closing': { vi: 'Cuối kỳ', en: 'Closing' },
  'movements.net': { vi: 'Tăng (giảm) thực', en: 'Net change' },
} as const satisfies Record<string, LocalizedMessage>;

/** One entry of the organisation structure: its key, its label, and its organisations and members. */
export interface StructureRow {
  readonly key: string;
  readonly label: string;
  readonly organizations: number;
  readonly members: number;
}

/**
 * Where an entry of the organisation structure is named: a chart (the kind
 * or category as such), the summary of `party stats` (which says the
 * committees count their cells), or a report's table (which names the cells
 * of each category).
 */
export type StructureLabelForm = 'chart' | 'summary' | 'table';

const COMMITTEES_WITH_CELLS = {
  vi: 'Đảng bộ cơ sở (cả tổ chức trực thuộc)',
  en: 'Grassroots committees (with their cells)',
} as const;
const CELLS_OF = {
  vi: (category: string) => `Chi bộ ${category.toLowerCase()}`,
  en: (category: string) => `Party cells: ${category}`,
};

/**
 * The label of an entry of `organizations.structure`: `grassroots-committee`
 * or a category of organisation.
 *
 * @example
 * structureLabel('residential', 'vi', 'table') // 'Chi bộ tổ dân phố'
 */
export function structureLabel(
  key: string,
  lang: MessageLang,
  form: StructureLabelForm = 'chart',
): string {
  if (key === 'grassroots-committee') {
    return form === 'summary'
      ? COMMITTEES_WITH_CELLS[lang]
      : OrganizationKinds.labels['grassroots-committee'][lang];
  }
  const category =
    OrganizationCategories.labels[key as keyof typeof OrganizationCategories.labels]?.[lang];
  if (category === undefined) return key;
  return form === 'table' ? CELLS_OF[lang](category) : category;
}

/**
 * The organisation structure (cơ cấu tổ chức đảng), one row per entry of
 * `organizations.structure`, labelled in `lang` for `form`.
 *
 * @example
 * structureRows(stats, 'vi')[0] // { key: 'residential', label: 'Tổ dân phố', organizations: 5, members: 98 }
 */
export function structureRows(
  stats: Stats,
  lang: MessageLang,
  form: StructureLabelForm = 'chart',
): StructureRow[] {
  const rows: StructureRow[] = [];
  for (const [key, entry] of Object.entries(stats.organizations.structure)) {
    if (!entry) continue;
    const label = structureLabel(key, lang, form);
    rows.push({ key, label, organizations: entry.organizations, members: entry.members });
  }
  return rows;
}
