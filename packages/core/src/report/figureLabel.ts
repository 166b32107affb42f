import { Ratings } from '../classification/codes';
import type { CodeList } from '../common/codeList';
import type { MessageLang } from '../errors';
import { DisciplineForms, Findings, InspectionModes, SubjectTypes } from '../inspection/codes';
import {
  AgeBands,
  EthnicityGroups,
  Genders,
  GeneralEducationLevels,
  Occupations,
  PoliticalTheoryLevels,
  PositionRoles,
  ProfessionalLevels,
  Religions,
} from '../member/codes';
import { OrganizationCategories, OrganizationKinds } from '../organization/codes';
import { CourseKinds, TrainingResults } from '../training/codes';
import type { BilingualText } from './reportModel';

type Bi = readonly [vi: string, en: string];

/** The labels of the fixed keys of the stats, by key name (a key means the same wherever it stands). */
const KEYS: Readonly<Record<string, Bi>> = {
  asOf: ['Ngày số liệu', 'Reference date'],
  from: ['Ngày đầu kỳ', 'First day of the period'],
  to: ['Ngày cuối kỳ', 'Last day of the period'],
  dataDate: ['Ngày dữ liệu', 'Date of the data'],
  organizations: ['Tổ chức đảng', 'Party organisations'],
  direct: ['Số tổ chức đảng trực thuộc', 'Directly subordinate organisations'],
  byKind: ['Theo loại tổ chức', 'By kind'],
  structure: ['Cơ cấu theo loại hình', 'Structure by type'],
  eHandbookRegistered: ['Đã dùng Sổ tay đảng viên điện tử', 'On the electronic handbook'],
  total: ['Tổng số', 'Total'],
  membersByOrganization: ['Số đảng viên từng tổ chức', 'Members by organisation'],
  smallCells: ['Chi bộ ít đảng viên', 'Small cells'],
  cellsWithCommittee: ['Chi bộ có cấp ủy', 'Cells with a committee'],
  count: ['Số lượng', 'Count'],
  codes: ['Mã tổ chức', 'Organisation codes'],
  founded: ['Tổ chức thành lập trong kỳ', 'Organisations founded in the period'],
  byCategory: ['Theo loại hình', 'By category'],
  members: ['Đảng viên', 'Members'],
  probationary: ['Đảng viên dự bị', 'Probationary members'],
  gender: ['Giới tính', 'Gender'],
  ageBands: ['Độ tuổi', 'Age'],
  ethnicity: ['Dân tộc', 'Ethnicity'],
  religion: ['Tôn giáo', 'Religion'],
  generalEducation: ['Trình độ giáo dục phổ thông', 'General education'],
  professional: ['Trình độ chuyên môn', 'Professional level'],
  politicalTheory: ['Trình độ lý luận chính trị', 'Political theory'],
  occupation: ['Nghề nghiệp', 'Occupation'],
  exempt: ['Miễn sinh hoạt', 'Exempt from activities'],
  workingAway: ['Đi làm ăn xa', 'Working away'],
  movements: ['Biến động đảng viên', 'Movements'],
  opening: ['Đầu kỳ', 'Opening'],
  closing: ['Cuối kỳ', 'Closing'],
  net: ['Tăng (giảm) thực', 'Net change'],
  admitted: ['Kết nạp', 'Admitted'],
  transferredIn: ['Chuyển đến', 'Transferred in'],
  transferredOut: ['Chuyển đi', 'Transferred out'],
  struckOff: ['Xóa tên', 'Struck off'],
  expelled: ['Khai trừ', 'Expelled'],
  deceased: ['Từ trần', 'Deceased'],
  resigned: ['Ra khỏi Đảng', 'Resigned'],
  internalTransfers: ['Chuyển sinh hoạt nội bộ', 'Internal transfers'],
  byOrganization: ['Theo từng tổ chức', 'By organisation'],
  admissionTargets: ['Chỉ tiêu kết nạp', 'Admission targets'],
  target: ['Chỉ tiêu', 'Target'],
  percent: ['Tỷ lệ (%)', 'Share (%)'],
  org: ['Tổ chức được giao', 'Organisation'],
  ward: ['Đơn vị', 'Ward'],
  name: ['Tên đảng bộ', 'Name of the party organisation'],
  committee: ['Tên cấp ủy', 'Name of the committee'],
  superior: ['Đảng bộ cấp trên', 'Superior organisation'],
  place: ['Địa danh', 'Place'],
  areaKm2: ['Diện tích (km²)', 'Area (km²)'],
  population: ['Dân số', 'Population'],
  records: ['Số bản ghi trong dữ liệu', 'Records in the data'],
  positions: ['Chức vụ', 'Positions'],
  inspections: ['Kiểm tra, giám sát', 'Inspections'],
  training: ['Bồi dưỡng', 'Training'],
  planning: ['Quy hoạch cán bộ', 'Cadre planning'],
  classifications: ['Xếp loại chất lượng', 'Classifications'],
  upcoming: ['Sắp đến hạn', 'Coming up'],
  until: ['Đến ngày', 'Until'],
  recognition: ['Đến hạn công nhận chính thức', 'Due for recognition'],
  recognitionOverdue: ['Quá hạn công nhận chính thức', 'Overdue for recognition'],
  badges: ['Huy hiệu Đảng', 'Party badges'],
  retirements: ['Đến tuổi nghỉ hưu', 'Retirements'],
  byRole: ['Theo chức vụ', 'By role'],
  concurrent: ['Kiêm nhiệm', 'Held together'],
  secretaryAndResidentialGroupHead: [
    'Bí thư chi bộ kiêm tổ trưởng tổ dân phố',
    'Cell secretary and residential group head',
  ],
  secretaryAndFrontCommitteeHead: [
    'Bí thư chi bộ kiêm trưởng ban công tác Mặt trận',
    'Cell secretary and Front committee head',
  ],
  deputySecretaryAndResidentialGroupHead: [
    'Phó bí thư kiêm tổ trưởng tổ dân phố',
    'Deputy secretary and residential group head',
  ],
  deputySecretaryAndFrontCommitteeHead: [
    'Phó bí thư kiêm trưởng ban công tác Mặt trận',
    'Deputy secretary and Front committee head',
  ],
  residentialGroupHeadAndFrontCommitteeHead: [
    'Tổ trưởng tổ dân phố kiêm trưởng ban công tác Mặt trận',
    'Residential group head and Front committee head',
  ],
  heads: ['Người giữ chức vụ ở khu dân cư', 'Heads of residential groups and Front committees'],
  residentialGroupHead: ['Tổ trưởng tổ dân phố', 'Residential group heads'],
  frontCommitteeHead: ['Trưởng ban công tác Mặt trận', 'Front committee heads'],
  onRoster: ['Là đảng viên của đảng bộ', 'On the roster'],
  notOnRoster: ['Không là đảng viên của đảng bộ', 'Not on the roster'],
  inspection: ['Kiểm tra, giám sát', 'Inspection and supervision'],
  byMode: ['Theo hình thức', 'By mode'],
  secretaries: ['Trong đó bí thư chi bộ', 'Of which cell secretaries'],
  findings: ['Kết luận', 'Findings'],
  discipline: ['Kỷ luật', 'Discipline'],
  inspected: ['Đối tượng được kiểm tra', 'Inspected'],
  pendingCases: ['Vụ việc chưa kết luận', 'Pending cases'],
  pendingPastReprimandLimitation: [
    'Vụ việc quá thời hiệu khiển trách',
    'Pending cases past the reprimand limitation',
  ],
  attendance: ['Lượt học', 'Attendance'],
  attendees: ['Số lượt học viên', 'Attendees'],
  byResult: ['Theo kết quả', 'By result'],
  distinctMembers: ['Số đảng viên đã học', 'Distinct members'],
  courses: ['Số lớp', 'Courses'],
  theoryTotal: ['Tổng số lượt học lý luận chính trị', 'Political theory attendances'],
  newMembersWithoutCourse: [
    'Đảng viên mới chưa học lớp đảng viên mới',
    'New members without the course',
  ],
  admittedAfter: ['Kết nạp sau ngày', 'Admitted after'],
  newMembers: ['Số đảng viên mới', 'New members'],
  memberIds: ['Mã đảng viên', 'Member ids'],
  theoryLevelsGained: ['Trình độ lý luận chính trị đạt thêm', 'Theory levels gained'],
  completions: ['Số lượt hoàn thành', 'Completions'],
  advanced: ['Cao cấp', 'Advanced'],
  intermediate: ['Trung cấp', 'Intermediate'],
  elementary: ['Sơ cấp', 'Elementary'],
  totalCompletions: ['Tổng số lượt hoàn thành', 'Total completions'],
  totalMembers: ['Tổng số đảng viên hoàn thành', 'Total members'],
  stats: ['Số liệu quy hoạch', 'Planning figures'],
  level: ['Cấp quy hoạch', 'Planning level'],
  regulation: ['Văn bản quy định', 'Regulation'],
  nextTermMinMonths: [
    'Số tháng công tác tối thiểu cho nhiệm kỳ tới',
    'Minimum months for the next term',
  ],
  longTermMinMonths: [
    'Số tháng công tác tối thiểu cho nhiệm kỳ sau',
    'Minimum months for the term after',
  ],
  youngUnder: ['Ngưỡng tuổi cán bộ trẻ', 'Young cadre age limit'],
  ageBandBoundaries: ['Mốc độ tuổi', 'Age band boundaries'],
  entries: ['Số dòng quy hoạch', 'Planning entries'],
  unresolved: ['Dòng chưa xác định được người', 'Unresolved entries'],
  duplicates: ['Dòng trùng', 'Duplicate entries'],
  terms: ['Nhiệm kỳ', 'Terms'],
  term: ['Nhiệm kỳ', 'Term'],
  ageReference: ['Mốc tính tuổi', 'Age reference'],
  month: ['Tháng', 'Month'],
  date: ['Ngày', 'Date'],
  testedOn: ['Ngày xét', 'Tested on'],
  women: ['Nữ', 'Women'],
  men: ['Nam', 'Men'],
  minority: ['Dân tộc thiểu số', 'Ethnic minorities'],
  young: ['Cán bộ trẻ', 'Young cadres'],
  distinctAgeBands: ['Số độ tuổi khác nhau', 'Distinct age bands'],
  offRoster: ['Ngoài danh sách đảng viên', 'Off the roster'],
  shares: ['Tỷ lệ (%)', 'Shares (%)'],
  assignments: ['Số lượt quy hoạch', 'Assignments'],
  postsPerCandidate: ['Số chức danh mỗi người', 'Posts per candidate'],
  posts: ['Chức danh', 'Posts'],
  position: ['Tên chức danh', 'Position'],
  seats: ['Số lượng chức danh', 'Seats'],
  candidates: ['Người trong quy hoạch', 'Candidates'],
  candidate: ['Mã người', 'Candidate'],
  source: ['Nguồn', 'Source'],
  age: ['Tuổi', 'Age'],
  ageBand: ['Độ tuổi', 'Age band'],
  retirement: ['Nghỉ hưu', 'Retirement'],
  years: ['Năm', 'Years'],
  months: ['Tháng', 'Months'],
  reachesAgeOn: ['Ngày đủ tuổi', 'Reaches the age on'],
  retiresOn: ['Ngày nghỉ hưu', 'Retires on'],
  pensionFrom: ['Hưởng lương hưu từ', 'Pension from'],
  monthsToRetirement: ['Số tháng đến tuổi nghỉ hưu', 'Months to retirement'],
  nextTerm: ['Đủ tuổi cho nhiệm kỳ tới', 'Fits the next term'],
  longTerm: ['Đủ tuổi cho nhiệm kỳ sau', 'Fits the term after'],
  classification: ['Xếp loại chất lượng', 'Quality classification'],
  distribution: ['Kết quả xếp loại', 'Ratings'],
  year: ['Năm xếp loại', 'Year'],
  organization: ['Tổ chức đảng', 'Party organisations'],
  member: ['Đảng viên', 'Members'],
  byRating: ['Theo mức xếp loại', 'By rating'],
  excellentCap: ['Giới hạn tỷ lệ hoàn thành xuất sắc', 'Cap on excellent ratings'],
  raised: ['Được nâng tỷ lệ', 'Raised'],
  rate: ['Tỷ lệ tối đa', 'Rate'],
  base: ['Cơ sở tính', 'Base'],
  baseCount: ['Số làm cơ sở tính', 'Base count'],
  cap: ['Số tối đa', 'Cap'],
  excellent: ['Hoàn thành xuất sắc nhiệm vụ', 'Excellent'],
  exceeds: ['Vượt giới hạn', 'Exceeds'],
  excess: ['Số vượt', 'Excess'],
};

/** Code lists whose codes stand as keys of the stats; the first list holding a code names it. */
const LISTS: readonly CodeList<string>[] = [
  OrganizationKinds,
  OrganizationCategories,
  Genders,
  AgeBands,
  EthnicityGroups,
  Religions,
  GeneralEducationLevels,
  ProfessionalLevels,
  PoliticalTheoryLevels,
  Occupations,
  PositionRoles,
  InspectionModes,
  SubjectTypes,
  Findings,
  DisciplineForms,
  CourseKinds,
  TrainingResults,
  Ratings,
];

/** Keys under these hold the ward's own codes (organisations), kept as they are. */
const OWN_CODES = new Set(['membersByOrganization', 'byOrganization']);

function codeLabel(code: string, parent: string | undefined): Bi | undefined {
  // The same key names another thing by where it stands: an organisation's members vs the ratings of members.
  if (parent === 'inspection' || parent === 'inspected') return KEYS[code];
  for (const list of LISTS) {
    const label = list.labels[code];
    if (label !== undefined) return [label.vi, label.en];
  }
  return undefined;
}

function segmentLabel(segment: string, parent: string | undefined): Bi | undefined {
  if (parent === undefined) return KEYS[segment];
  if (parent !== undefined && OWN_CODES.has(parent))
    return [`Tổ chức ${segment}`, `Organisation ${segment}`];
  if (parent === 'badges')
    return [`Huy hiệu ${segment} năm tuổi Đảng`, `${segment}-year party badge`];
  if (/^\d+$/u.test(segment)) {
    const n = Number(segment) + 1;
    return [`mục thứ ${n}`, `item ${n}`];
  }
  const planningBand = /^(?:under-(\d+)|(\d+)-(\d+)|(\d+)-plus)$/u.exec(segment);
  if (
    parent === 'ageBands' &&
    planningBand !== null &&
    AgeBands.labels[segment as 'under-30'] === undefined
  ) {
    const [, under, low, high, plus] = planningBand;
    if (under !== undefined) return [`Dưới ${under} tuổi`, `Under ${under}`];
    if (plus !== undefined) return [`Từ ${plus} tuổi trở lên`, `${plus} and over`];
    return [`Từ ${low} đến ${high} tuổi`, `${low} to ${high}`];
  }
  return codeLabel(segment, parent) ?? KEYS[segment];
}

/**
 * The label of a figure of the stats (tên số liệu) in Vietnamese and
 * English, from its path: each key named as reports name it, codes by
 * their labels (`grassroots-committee` → `Đảng bộ cơ sở`), items of a list
 * by their rank, the ward's own organisation codes kept, joined from the
 * family down to the figure. `undefined` for a path with a key the stats
 * do not have. A `.percent` suffix of a member breakdown is its share.
 *
 * @example
 * figureLabel('organizations.structure.residential.members')?.vi
 * // 'Tổ chức đảng › Cơ cấu theo loại hình › Tổ dân phố › Đảng viên'
 */
export function figureLabel(path: string): BilingualText | undefined {
  const segments = path.split('.');
  const vi: string[] = [];
  const en: string[] = [];
  let parent: string | undefined;
  for (const segment of segments) {
    // `a+b` groups codes of one breakdown.
    const parts = segment.split('+').map((part) => segmentLabel(part, parent));
    if (parts.some((part) => part === undefined)) return undefined;
    const labels = parts as Bi[];
    vi.push(labels.map((l) => l[0]).join(' và '));
    en.push(labels.map((l) => l[1]).join(' and '));
    parent = segment;
  }
  return { vi: vi.join(' › '), en: en.join(' › ') };
}

/**
 * {@link figureLabel} in one language, never a bare path: an unknown path
 * is named as a figure of the stats.
 */
export function figureLabelIn(path: string, lang: MessageLang): string {
  return figureLabel(path)?.[lang] ?? (lang === 'vi' ? `số liệu “${path}”` : `figure “${path}”`);
}
