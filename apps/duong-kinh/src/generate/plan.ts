/**
 * The fixed plan of the sample ward: the reference dates, its organisations
 * with their sizes, and the exact counts of every breakdown. The counts were
 * found by computing, with core's largest-remainder `percentages()`, counts
 * out of 1.239 members that print each percentage of the report the sample
 * is modelled on (the figures are listed in `src/figures.ts`).
 */

/** Reference date of the roster (ngày số liệu). */
export const AS_OF = '2026-03-01';
/** First day of the reporting period: the two-level local government starts. */
export const FROM = '2025-07-01';
/** Last day a regular (non-new) member may have been admitted: official by {@link AS_OF}. */
export const LAST_REGULAR_ADMISSION = '2025-02-20';
/** The seed of the generator (the date of Resolution 21-NQ/TW): same seed, same bytes. */
export const DEFAULT_SEED = 16_06_2022;

/** The ward record (đơn vị), as the ward office types it. */
export const WARD = {
  name: 'Đảng bộ phường Dương Kinh',
  committee: 'Đảng ủy phường Dương Kinh',
  superior: 'Đảng bộ thành phố Hải Phòng',
  place: 'Dương Kinh',
  areaKm2: 27.94,
  population: 27_339,
} as const;

/** How members of an organisation are drawn: the group decides ages, gender and work. */
export type OrgGroup =
  | 'agency'
  | 'enterprise'
  | 'residential'
  | 'public'
  | 'military'
  | 'non-state';

/** One organisation of the plan. */
export interface OrgPlan {
  readonly code: string;
  readonly name: string;
  readonly kind: 'grassroots-committee' | 'grassroots-cell' | 'subordinate-cell';
  readonly parent?: string;
  readonly category: 'residential' | 'public-service' | 'state-agency' | 'military' | 'non-state';
  /** The category as the office typed it (an accepted label or alias). */
  readonly categoryLabel: string;
  readonly foundedOn?: string;
  /** Members attending on {@link AS_OF}; 0 for a committee whose members attend its cells. */
  readonly size: number;
  readonly group: OrgGroup;
  /** Weight of women among its members (relative). */
  readonly femaleWeight: number;
}

const sub = (
  parent: string,
  index: number,
  name: string,
  size: number,
  group: OrgGroup,
  category: OrgPlan['category'],
  categoryLabel: string,
  foundedOn: string | undefined,
  femaleWeight: number,
): OrgPlan => ({
  code: `${parent}.${index}`,
  name,
  kind: 'subordinate-cell',
  parent,
  category,
  categoryLabel,
  ...(foundedOn === undefined ? {} : { foundedOn }),
  size,
  group,
  femaleWeight,
});

const REORGANISED = '2025-06-27';

/** The three grassroots committees (đảng bộ cơ sở) and their cells: 142 members. */
const COMMITTEES: readonly OrgPlan[] = [
  {
    code: 'DB01',
    name: 'Đảng bộ Cơ quan Ủy ban nhân dân phường',
    kind: 'grassroots-committee',
    category: 'state-agency',
    categoryLabel: 'Cơ quan hành chính',
    foundedOn: REORGANISED,
    size: 0,
    group: 'agency',
    femaleWeight: 0.45,
  },
  sub(
    'DB01',
    1,
    'Chi bộ Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
    12,
    'agency',
    'state-agency',
    'Cơ quan hành chính',
    REORGANISED,
    0.5,
  ),
  sub(
    'DB01',
    2,
    'Chi bộ Phòng Kinh tế, Hạ tầng và Đô thị',
    11,
    'agency',
    'state-agency',
    'Cơ quan hành chính',
    REORGANISED,
    0.35,
  ),
  sub(
    'DB01',
    3,
    'Chi bộ Phòng Văn hóa - Xã hội',
    10,
    'agency',
    'state-agency',
    'Cơ quan hành chính',
    REORGANISED,
    0.55,
  ),
  sub(
    'DB01',
    4,
    'Chi bộ Trung tâm Phục vụ hành chính công',
    11,
    'agency',
    'state-agency',
    'Cơ quan hành chính',
    REORGANISED,
    0.55,
  ),
  {
    code: 'DB02',
    name: 'Đảng bộ Các cơ quan Đảng, Mặt trận và đoàn thể phường',
    kind: 'grassroots-committee',
    category: 'state-agency',
    categoryLabel: 'Cơ quan',
    foundedOn: REORGANISED,
    size: 0,
    group: 'agency',
    femaleWeight: 0.5,
  },
  sub(
    'DB02',
    1,
    'Chi bộ Văn phòng Đảng ủy',
    14,
    'agency',
    'state-agency',
    'Cơ quan',
    REORGANISED,
    0.45,
  ),
  sub(
    'DB02',
    2,
    'Chi bộ Ban Xây dựng Đảng và Ủy ban Kiểm tra Đảng ủy',
    12,
    'agency',
    'state-agency',
    'Cơ quan',
    REORGANISED,
    0.45,
  ),
  sub(
    'DB02',
    3,
    'Chi bộ Ủy ban Mặt trận Tổ quốc và các đoàn thể phường',
    12,
    'agency',
    'state-agency',
    'Cơ quan',
    REORGANISED,
    0.6,
  ),
  {
    code: 'DB03',
    name: 'Đảng bộ Công ty Cổ phần Cơ khí Thủy Tiến',
    kind: 'grassroots-committee',
    category: 'non-state',
    categoryLabel: 'Doanh nghiệp ngoài nhà nước',
    foundedOn: '2008-05-19',
    size: 0,
    group: 'enterprise',
    femaleWeight: 0.2,
  },
  sub(
    'DB03',
    1,
    'Chi bộ Khối Văn phòng',
    18,
    'enterprise',
    'non-state',
    'Doanh nghiệp ngoài nhà nước',
    '2008-05-19',
    0.5,
  ),
  sub(
    'DB03',
    2,
    'Chi bộ Phân xưởng Cơ khí',
    22,
    'enterprise',
    'non-state',
    'Doanh nghiệp ngoài nhà nước',
    '2008-05-19',
    0.1,
  ),
  sub(
    'DB03',
    3,
    'Chi bộ Phân xưởng Đóng mới và Sửa chữa',
    20,
    'enterprise',
    'non-state',
    'Doanh nghiệp ngoài nhà nước',
    '2011-09-02',
    0.1,
  ),
];

/** Members of the 19 residential cells (chi bộ tổ dân phố): 726 in all. */
const RESIDENTIAL_SIZES = [
  48, 35, 42, 29, 55, 38, 31, 44, 27, 40, 36, 52, 33, 39, 30, 46, 34, 41, 26,
];
/** Founding dates of the residential cells; `undefined` where the records do not say. */
const RESIDENTIAL_FOUNDED = [
  '1976-03-10',
  '1978-09-02',
  '1982-05-19',
  undefined,
  '1986-12-20',
  '1990-02-03',
  '1993-06-15',
  '1997-03-26',
  undefined,
  '2001-09-01',
  '2003-05-19',
  '1980-11-07',
  '2005-02-03',
  '2008-10-14',
  '2010-03-26',
  '2012-07-27',
  undefined,
  '2019-12-27',
  '2019-12-27',
];

const RESIDENTIAL: readonly OrgPlan[] = RESIDENTIAL_SIZES.map((size, i) => {
  const foundedOn = RESIDENTIAL_FOUNDED[i];
  return {
    code: `TDP${String(i + 1).padStart(2, '0')}`,
    name: `Chi bộ Tổ dân phố số ${i + 1}`,
    kind: 'subordinate-cell',
    category: 'residential',
    categoryLabel: 'Tổ dân phố',
    ...(foundedOn === undefined ? {} : { foundedOn }),
    size,
    group: 'residential',
    femaleWeight: 0.35,
  };
});

const cell = (
  code: string,
  name: string,
  kind: OrgPlan['kind'],
  category: OrgPlan['category'],
  categoryLabel: string,
  foundedOn: string | undefined,
  size: number,
  group: OrgGroup,
  femaleWeight: number,
): OrgPlan => ({
  code,
  name,
  kind,
  category,
  categoryLabel,
  ...(foundedOn === undefined ? {} : { foundedOn }),
  size,
  group,
  femaleWeight,
});

const PUBLIC_LABEL = 'Đơn vị sự nghiệp công lập';

/** The 11 public-service cells (chi bộ đơn vị sự nghiệp công lập): 273 members. */
const PUBLIC: readonly OrgPlan[] = [
  cell(
    'SN01',
    'Chi bộ Trường Mầm non Hoa Sen',
    'grassroots-cell',
    'public-service',
    PUBLIC_LABEL,
    '1998-09-05',
    20,
    'public',
    0.95,
  ),
  cell(
    'SN02',
    'Chi bộ Trường Mầm non Sơn Ca',
    'grassroots-cell',
    'public-service',
    PUBLIC_LABEL,
    '2002-08-30',
    17,
    'public',
    0.95,
  ),
  cell(
    'SN03',
    'Chi bộ Trường Mầm non Họa Mi',
    'grassroots-cell',
    'public-service',
    PUBLIC_LABEL,
    '2009-09-04',
    14,
    'public',
    0.95,
  ),
  cell(
    'SN04',
    'Chi bộ Trường Tiểu học Tân Tiến',
    'grassroots-cell',
    'public-service',
    PUBLIC_LABEL,
    '1992-09-05',
    30,
    'public',
    0.8,
  ),
  cell(
    'SN05',
    'Chi bộ Trường Tiểu học Hồng Phong',
    'grassroots-cell',
    'public-service',
    PUBLIC_LABEL,
    '1995-01-12',
    28,
    'public',
    0.8,
  ),
  cell(
    'SN06',
    'Chi bộ Trường Tiểu học Đoàn Kết',
    'grassroots-cell',
    'public-service',
    PUBLIC_LABEL,
    '2004-09-03',
    26,
    'public',
    0.8,
  ),
  cell(
    'SN07',
    'Chi bộ Trường Trung học cơ sở Lê Lợi',
    'grassroots-cell',
    'public-service',
    PUBLIC_LABEL,
    '1989-11-20',
    38,
    'public',
    0.7,
  ),
  cell(
    'SN08',
    'Chi bộ Trường Trung học cơ sở Ngô Quyền',
    'grassroots-cell',
    'public-service',
    PUBLIC_LABEL,
    '1993-03-26',
    35,
    'public',
    0.7,
  ),
  cell(
    'SN09',
    'Chi bộ Trường Trung học cơ sở Trần Phú',
    'grassroots-cell',
    'public-service',
    PUBLIC_LABEL,
    '2000-10-20',
    33,
    'public',
    0.7,
  ),
  cell(
    'SN10',
    'Chi bộ Trạm Y tế phường',
    'grassroots-cell',
    'public-service',
    PUBLIC_LABEL,
    '2007-02-27',
    18,
    'public',
    0.7,
  ),
  cell(
    'SN11',
    'Chi bộ Trung tâm Văn hóa, Thông tin và Thể thao phường',
    'grassroots-cell',
    'public-service',
    PUBLIC_LABEL,
    REORGANISED,
    14,
    'public',
    0.45,
  ),
];

/** The military cell (chi bộ quân sự phường): 8 members. */
const MILITARY: readonly OrgPlan[] = [
  cell(
    'QS01',
    'Chi bộ Quân sự phường',
    'subordinate-cell',
    'military',
    'Quân sự',
    REORGANISED,
    8,
    'military',
    0,
  ),
];

/** Founding dates of the two cells set up after the two-level local government. */
export const NEW_CELLS = { NN10: '2025-09-18', NN11: '2025-12-05' } as const;

const NON_STATE_LABEL = 'Doanh nghiệp ngoài nhà nước';

/** The 11 non-state cells (doanh nghiệp, hợp tác xã, ngoài công lập): 90 members. */
const NON_STATE: readonly OrgPlan[] = [
  cell(
    'NN01',
    'Chi bộ Công ty Cổ phần Cơ khí Chính xác Hải Long',
    'grassroots-cell',
    'non-state',
    NON_STATE_LABEL,
    '2012-04-17',
    16,
    'non-state',
    0.25,
  ),
  cell(
    'NN02',
    'Chi bộ Công ty TNHH Thủy sản Sóng Xanh',
    'grassroots-cell',
    'non-state',
    NON_STATE_LABEL,
    '2015-06-09',
    14,
    'non-state',
    0.55,
  ),
  cell(
    'NN03',
    'Chi bộ Hợp tác xã Dịch vụ tổng hợp Thắng Lợi',
    'subordinate-cell',
    'non-state',
    'Hợp tác xã',
    '1999-03-15',
    12,
    'non-state',
    0.35,
  ),
  cell(
    'NN04',
    'Chi bộ Trường Mầm non tư thục Ánh Dương',
    'subordinate-cell',
    'non-state',
    'Sự nghiệp ngoài công lập',
    '2016-08-22',
    8,
    'non-state',
    0.95,
  ),
  cell(
    'NN05',
    'Chi bộ Công ty TNHH Vận tải Minh Khang',
    'subordinate-cell',
    'non-state',
    NON_STATE_LABEL,
    '2017-05-11',
    7,
    'non-state',
    0.2,
  ),
  cell(
    'NN06',
    'Chi bộ Công ty Cổ phần May Thêu Phương Nam',
    'subordinate-cell',
    'non-state',
    NON_STATE_LABEL,
    '2018-10-03',
    6,
    'non-state',
    0.8,
  ),
  cell(
    'NN07',
    'Chi bộ Công ty TNHH Xây dựng Đại Thành',
    'subordinate-cell',
    'non-state',
    NON_STATE_LABEL,
    '2019-04-25',
    6,
    'non-state',
    0.2,
  ),
  cell(
    'NN08',
    'Chi bộ Phòng khám Đa khoa tư nhân An Bình',
    'subordinate-cell',
    'non-state',
    'Sự nghiệp ngoài công lập',
    '2020-07-14',
    6,
    'non-state',
    0.6,
  ),
  cell(
    'NN09',
    'Chi bộ Công ty Cổ phần Thương mại Dịch vụ Hải Đăng',
    'subordinate-cell',
    'non-state',
    NON_STATE_LABEL,
    '2021-11-16',
    6,
    'non-state',
    0.4,
  ),
  cell(
    'NN10',
    'Chi bộ Công ty Cổ phần Đầu tư Xây dựng Nam Kinh',
    'subordinate-cell',
    'non-state',
    NON_STATE_LABEL,
    NEW_CELLS.NN10,
    5,
    'non-state',
    0.3,
  ),
  cell(
    'NN11',
    'Chi bộ Công ty Cổ phần Phát triển Thương mại và Dịch vụ Hướng Dương',
    'subordinate-cell',
    'non-state',
    NON_STATE_LABEL,
    NEW_CELLS.NN11,
    4,
    'non-state',
    0.4,
  ),
];

/**
 * Every organisation of the plan, in the order of the ward's list: the
 * committees with their cells, then the residential, public-service, military
 * and non-state cells.
 */
export const ORGANIZATIONS: readonly OrgPlan[] = [
  ...COMMITTEES,
  ...RESIDENTIAL,
  ...PUBLIC,
  ...MILITARY,
  ...NON_STATE,
];

/**
 * Exact counts of the roster breakdowns on {@link AS_OF} (1.239 members).
 * Where the report prints a share of several codes together (university or
 * college 52,1%; advanced or bachelor 1,2%; elementary or none 81,4%) the
 * counts give that share however it is computed: the group's own rounded
 * share, the largest-remainder share of the group with the other codes, or
 * the sum of the codes' largest-remainder shares.
 */
export const ROSTER_COUNTS = {
  total: 1239,
  female: 502,
  ageBands: { 'under-30': 156, '30-39': 291, '40-59': 471, '60-plus': 321 },
  minority: 3,
  catholic: 17,
  generalEducation: { primary: 10, 'lower-secondary': 270, 'upper-secondary': 959 },
  professional: {
    doctorate: 0,
    master: 0,
    university: 520,
    college: 125,
    intermediate: 135,
    elementary: 39,
    none: 420,
  },
  politicalTheory: { advanced: 12, bachelor: 3, intermediate: 216, elementary: 380, none: 628 },
  occupation: {
    'civil-servant': 81,
    retired: 159,
    'armed-forces': 6,
    'private-sector': 336,
    'state-enterprise': 41,
    student: 5,
    farmer: 64,
    other: 547,
  },
  exempt: 42,
  workingAway: 23,
} as const;

/**
 * Movements from {@link FROM} to {@link AS_OF}, by organisation code. The
 * totals are those of the report: 31 admitted, 48 transferred in, 44
 * transferred out, 5 struck off, 7 deceased; 3 internal transfers besides.
 */
export const MOVEMENT_PLAN = {
  admitted: {
    TDP01: 1,
    TDP03: 2,
    TDP05: 2,
    TDP08: 1,
    TDP10: 1,
    TDP12: 2,
    TDP14: 1,
    TDP16: 2,
    TDP18: 1,
    TDP19: 1,
    SN04: 1,
    SN07: 2,
    SN08: 1,
    SN09: 1,
    SN10: 1,
    SN11: 1,
    'DB01.4': 1,
    'DB02.3': 1,
    'DB03.2': 2,
    'DB03.3': 1,
    NN01: 1,
    NN02: 1,
    NN06: 1,
    NN11: 1,
    QS01: 1,
  },
  /** Probationary members admitted before the period (March to June 2025). */
  admittedEarly: { TDP02: 1, TDP06: 1, TDP11: 1, TDP15: 1, SN05: 1, SN08: 1, 'DB03.1': 1, NN01: 1 },
  transferredIn: {
    TDP01: 2,
    TDP02: 1,
    TDP03: 2,
    TDP04: 1,
    TDP05: 3,
    TDP06: 1,
    TDP07: 1,
    TDP08: 2,
    TDP09: 1,
    TDP10: 2,
    TDP11: 1,
    TDP12: 3,
    TDP13: 1,
    TDP14: 1,
    TDP15: 1,
    TDP16: 2,
    TDP17: 1,
    TDP18: 1,
    TDP19: 1,
    SN01: 1,
    SN04: 1,
    SN05: 1,
    SN06: 1,
    SN07: 2,
    SN09: 1,
    SN10: 1,
    'DB01.1': 1,
    'DB01.2': 1,
    'DB02.2': 1,
    'DB03.1': 1,
    NN10: 5,
    NN11: 3,
  },
  transferredOut: {
    TDP01: 1,
    TDP02: 2,
    TDP03: 1,
    TDP04: 1,
    TDP05: 2,
    TDP07: 1,
    TDP08: 1,
    TDP09: 1,
    TDP10: 1,
    TDP11: 1,
    TDP12: 2,
    TDP13: 1,
    TDP14: 1,
    TDP16: 1,
    TDP17: 2,
    TDP19: 1,
    SN02: 1,
    SN04: 1,
    SN05: 1,
    SN07: 2,
    SN08: 1,
    SN09: 1,
    SN10: 1,
    'DB01.1': 2,
    'DB01.2': 2,
    'DB01.3': 1,
    'DB01.4': 1,
    'DB02.1': 2,
    'DB02.3': 1,
    'DB03.2': 2,
    'DB03.3': 1,
    NN02: 1,
    NN03: 1,
    NN05: 1,
    NN09: 1,
  },
  struckOff: { TDP06: 1, TDP09: 1, TDP15: 1, NN05: 1, NN07: 1 },
  deceased: { TDP01: 1, TDP03: 1, TDP05: 1, TDP08: 1, TDP12: 1, TDP13: 1, TDP18: 1 },
  /** Internal transfers (chuyển nội bộ): receiving cell ← giving cell. */
  internal: [
    ['TDP04', 'TDP09'],
    ['TDP16', 'TDP05'],
    ['TDP11', 'TDP02'],
  ] as const,
} as const;
