import { z } from 'zod';
import { formatCount, formatPercent } from '../common/format';
import type { MessageLang } from '../errors';
import { InspectionModes } from '../inspection/codes';
import type { Stats } from '../stats/computeStats';
import { CourseKinds } from '../training/codes';
import type { TableBlock } from './reportModel';
import {
  breakdownRows,
  breakdownTitle,
  MEMBER_BREAKDOWNS,
  movementRows,
  STATS_LABELS,
  structureRows,
} from './statsBreakdowns';

/**
 * The names of the tables a report can take from the stats (bảng số liệu),
 * written `{{table:name}}` alone in a paragraph of the ward's text:
 * - `organizations.structure`: organisations and members by type;
 * - `members.composition`: the roster by gender, age band, ethnicity,
 *   religion, education, professional level, political theory and
 *   occupation, with shares (codes without a member are left out);
 * - `movements`: the roster from the opening to the closing of the period;
 * - `training`: attendees of each course kind in the period;
 * - `inspection`: inspections and supervisions by mode and subject.
 *
 * @example
 * StatsTableName.parse('members.composition')
 */
export const StatsTableName = z.enum([
  'organizations.structure',
  'members.composition',
  'movements',
  'training',
  'inspection',
]);
/** The name of a table taken from the stats. */
export type StatsTableName = z.infer<typeof StatsTableName>;

const count = (n: number) => formatCount(n);

/** The headings and fixed rows of the tables, in both languages. */
const TABLE_TEXT = {
  structureHeader: {
    vi: ['Loại hình tổ chức đảng', 'Số tổ chức', 'Số đảng viên'],
    en: ['Type of organisation', 'Organisations', 'Members'],
  },
  total: { vi: 'Tổng cộng', en: 'Total' },
  structureTitle: {
    vi: 'Tổ chức đảng và đảng viên theo loại hình',
    en: 'Organisations and members by type',
  },
  structureUnit: { vi: 'tổ chức đảng, đảng viên', en: 'organisations, members' },
  compositionTitle: { vi: 'Cơ cấu đội ngũ đảng viên', en: 'Composition of the membership' },
  compositionUnit: { vi: 'đảng viên, %', en: 'members, %' },
  movementsTitle: {
    vi: 'Biến động số lượng đảng viên trong kỳ',
    en: 'Membership changes in the period',
  },
  membersUnit: { vi: 'đảng viên', en: 'members' },
  trainingTitle: { vi: 'Đào tạo, bồi dưỡng trong kỳ', en: 'Training in the period' },
  trainingUnit: { vi: 'lớp, lượt học viên', en: 'courses, attendances' },
  inspectionTitle: {
    vi: 'Kiểm tra, giám sát trong kỳ',
    en: 'Inspection and supervision in the period',
  },
  inspectionUnit: { vi: 'tổ chức đảng, đảng viên', en: 'organisations, members' },
  compositionHeader: {
    vi: ['Chỉ tiêu', 'Số đảng viên', 'Tỷ lệ'],
    en: ['Item', 'Members', 'Share'],
  },
  movementsHeader: { vi: ['Chỉ tiêu', 'Số đảng viên'], en: ['Item', 'Members'] },
  trainingHeader: {
    vi: ['Loại lớp', 'Số lớp', 'Số lượt học viên'],
    en: ['Course kind', 'Courses', 'Attendances'],
  },
  noCourse: { vi: 'Không có lớp trong kỳ', en: 'No course in the period' },
  inspectionHeader: {
    vi: ['Hình thức', 'Tổ chức đảng', 'Đảng viên', 'Trong đó bí thư chi bộ'],
    en: ['Mode', 'Organisations', 'Members', 'Of which cell secretaries'],
  },
} as const;

function organizationsStructure(stats: Stats, lang: MessageLang): TableBlock {
  const rows: string[][] = [];
  let organizations = 0;
  let members = 0;
  for (const entry of structureRows(stats, lang, 'table')) {
    rows.push([entry.label, count(entry.organizations), count(entry.members)]);
    organizations += entry.organizations;
    members += entry.members;
  }
  rows.push([TABLE_TEXT.total[lang], count(organizations), count(members)]);
  return {
    kind: 'table',
    title: TABLE_TEXT.structureTitle[lang],
    unit: TABLE_TEXT.structureUnit[lang],
    header: [...TABLE_TEXT.structureHeader[lang]],
    rows,
  };
}

function membersComposition(stats: Stats, lang: MessageLang): TableBlock {
  const m = stats.members;
  const rows: string[][] = [
    [STATS_LABELS['members.total'][lang], count(m.total), formatPercent(100)],
  ];
  for (const name of MEMBER_BREAKDOWNS) {
    // A breakdown's title, then each code with members, with its share.
    rows.push([breakdownTitle(name, lang), '', '']);
    for (const row of breakdownRows(name, stats, lang)) {
      if (row.count === 0) continue;
      rows.push([`- ${row.label}`, count(row.count), formatPercent(row.share)]);
    }
  }
  return {
    kind: 'table',
    title: TABLE_TEXT.compositionTitle[lang],
    unit: TABLE_TEXT.compositionUnit[lang],
    header: [...TABLE_TEXT.compositionHeader[lang]],
    rows,
  };
}

function movements(stats: Stats, lang: MessageLang): TableBlock {
  const mv = stats.movements;
  // A change of zero prints `0`, never `+0` or `−0`.
  const signed = (n: number) => (n > 0 ? `+${count(n)}` : n < 0 ? `−${count(-n)}` : '0');
  return {
    kind: 'table',
    title: TABLE_TEXT.movementsTitle[lang],
    unit: TABLE_TEXT.membersUnit[lang],
    header: [...TABLE_TEXT.movementsHeader[lang]],
    rows: [
      [STATS_LABELS['movements.opening'][lang], count(mv.opening)],
      ...movementRows(stats, lang).map((row) => [row.label, signed(row.sign * row.count)]),
      [STATS_LABELS['movements.net'][lang], signed(mv.net)],
      [STATS_LABELS['movements.closing'][lang], count(mv.closing)],
    ],
  };
}

function training(stats: Stats, lang: MessageLang): TableBlock {
  const { attendees, courses } = stats.training.attendance;
  const rows = CourseKinds.codes
    .filter((code) => courses[code] > 0 || attendees[code] > 0)
    .map((code) => [CourseKinds.labels[code][lang], count(courses[code]), count(attendees[code])]);
  return {
    kind: 'table',
    title: TABLE_TEXT.trainingTitle[lang],
    unit: TABLE_TEXT.trainingUnit[lang],
    header: [...TABLE_TEXT.trainingHeader[lang]],
    rows: rows.length > 0 ? rows : [[TABLE_TEXT.noCourse[lang], '0', '0']],
  };
}

function inspection(stats: Stats, lang: MessageLang): TableBlock {
  const { byMode } = stats.inspection;
  const rows = InspectionModes.codes.map((code) => {
    const entry = byMode[code];
    return [
      InspectionModes.labels[code][lang],
      count(entry.organizations),
      count(entry.members),
      count(entry.secretaries),
    ];
  });
  return {
    kind: 'table',
    title: TABLE_TEXT.inspectionTitle[lang],
    unit: TABLE_TEXT.inspectionUnit[lang],
    header: [...TABLE_TEXT.inspectionHeader[lang]],
    rows,
  };
}

const BUILDERS: Record<StatsTableName, (stats: Stats, lang: MessageLang) => TableBlock> = {
  'organizations.structure': organizationsStructure,
  'members.composition': membersComposition,
  movements,
  training,
  inspection,
};

/**
 * Builds a table of the stats (bảng số liệu) by name, with headings and
 * labels in `lang` (Vietnamese, as reports print them, unless asked), counts
 * formatted the Vietnamese way (`1.239`) and shares that add up to 100%
 * within each breakdown (largest remainder). Rows and labels come from
 * `statsBreakdowns`, as the summary of `party stats` does.
 *
 * @example
 * statsTable('movements', stats).rows.at(-1) // ['Cuối kỳ', '1.239']
 */
export function statsTable(
  name: StatsTableName,
  stats: Stats,
  lang: MessageLang = 'vi',
): TableBlock {
  return BUILDERS[name](stats, lang);
}
