import { z } from 'zod';
import type { CodeList } from '../common/codeList';
import { formatCount, formatPercent } from '../common/format';
import { percentages } from '../common/percent';
import { InspectionModes } from '../inspection/codes';
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
import { CourseKinds } from '../training/codes';
import type { TableBlock } from './reportModel';

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

function organizationsStructure(stats: Stats): TableBlock {
  const { structure } = stats.organizations;
  const rows: string[][] = [];
  let organizations = 0;
  let members = 0;
  for (const [key, entry] of Object.entries(structure)) {
    if (!entry) continue;
    const label =
      key === 'grassroots-committee'
        ? OrganizationKinds.labels['grassroots-committee'].vi
        : `Chi bộ ${OrganizationCategories.labels[key as keyof typeof OrganizationCategories.labels].vi.toLowerCase()}`;
    rows.push([label, count(entry.organizations), count(entry.members)]);
    organizations += entry.organizations;
    members += entry.members;
  }
  rows.push(['Tổng cộng', count(organizations), count(members)]);
  return {
    kind: 'table',
    header: ['Loại hình tổ chức đảng', 'Số tổ chức', 'Số đảng viên'],
    rows,
  };
}

/** A breakdown of the roster as rows: its title, then each code with members, with its share. */
function fromList<K extends string>(
  title: string,
  values: Readonly<Record<K, number>>,
  list: CodeList<K>,
): string[][] {
  const shares = percentages(values);
  const rows: string[][] = [[title, '', '']];
  for (const code of list.codes) {
    if (values[code] === 0) continue;
    rows.push([`- ${list.labels[code].vi}`, count(values[code]), formatPercent(shares[code])]);
  }
  return rows;
}

function membersComposition(stats: Stats): TableBlock {
  const m = stats.members;
  const rows: string[][] = [['Tổng số đảng viên', count(m.total), formatPercent(100)]];
  rows.push(...fromList('Giới tính', m.gender, Genders));
  rows.push(...fromList('Độ tuổi', m.ageBands, AgeBands));
  rows.push(...fromList('Dân tộc', m.ethnicity, EthnicityGroups));
  rows.push(...fromList('Tôn giáo', m.religion, Religions));
  rows.push(...fromList('Trình độ giáo dục phổ thông', m.generalEducation, GeneralEducationLevels));
  rows.push(...fromList('Trình độ chuyên môn', m.professional, ProfessionalLevels));
  rows.push(...fromList('Trình độ lý luận chính trị', m.politicalTheory, PoliticalTheoryLevels));
  rows.push(...fromList('Nghề nghiệp', m.occupation, Occupations));
  return { kind: 'table', header: ['Chỉ tiêu', 'Số đảng viên', 'Tỷ lệ'], rows };
}

function movements(stats: Stats): TableBlock {
  const mv = stats.movements;
  const signed = (n: number) => (n > 0 ? `+${count(n)}` : n < 0 ? `−${count(-n)}` : '0');
  const label = (code: keyof typeof MovementTypes.labels) => MovementTypes.labels[code].vi;
  return {
    kind: 'table',
    header: ['Chỉ tiêu', 'Số đảng viên'],
    rows: [
      ['Đầu kỳ', count(mv.opening)],
      [label('admitted'), `+${count(mv.admitted)}`],
      [label('transferred-in'), `+${count(mv.transferredIn)}`],
      [label('transferred-out'), `−${count(mv.transferredOut)}`],
      [label('struck-off'), `−${count(mv.struckOff)}`],
      [label('expelled'), `−${count(mv.expelled)}`],
      [label('deceased'), `−${count(mv.deceased)}`],
      [label('resigned'), `−${count(mv.resigned)}`],
      ['Tăng (giảm) thực', signed(mv.net)],
      ['Cuối kỳ', count(mv.closing)],
    ],
  };
}

function training(stats: Stats): TableBlock {
  const { attendees, courses } = stats.training.attendance;
  const rows = CourseKinds.codes
    .filter((code) => courses[code] > 0 || attendees[code] > 0)
    .map((code) => [CourseKinds.labels[code].vi, count(courses[code]), count(attendees[code])]);
  return {
    kind: 'table',
    header: ['Loại lớp', 'Số lớp', 'Số lượt học viên'],
    rows: rows.length > 0 ? rows : [['Không có lớp trong kỳ', '0', '0']],
  };
}

function inspection(stats: Stats): TableBlock {
  const { byMode } = stats.inspection;
  const rows = InspectionModes.codes.map((code) => {
    const entry = byMode[code];
    return [
      InspectionModes.labels[code].vi,
      count(entry.organizations),
      count(entry.members),
      count(entry.secretaries),
    ];
  });
  return {
    kind: 'table',
    header: ['Hình thức', 'Tổ chức đảng', 'Đảng viên', 'Trong đó bí thư chi bộ'],
    rows,
  };
}

const BUILDERS: Record<StatsTableName, (stats: Stats) => TableBlock> = {
  'organizations.structure': organizationsStructure,
  'members.composition': membersComposition,
  movements,
  training,
  inspection,
};

/**
 * Builds a table of the stats (bảng số liệu) by name, with Vietnamese
 * headings, counts formatted the Vietnamese way (`1.239`) and shares that
 * add up to 100% within each breakdown (largest remainder).
 *
 * @example
 * statsTable('movements', stats).rows.at(-1) // ['Cuối kỳ', '1.239']
 */
export function statsTable(name: StatsTableName, stats: Stats): TableBlock {
  return BUILDERS[name](stats);
}
