/**
 * The fixed plan of the sample ward: its organisations with their sizes, and
 * the exact counts of every breakdown on the report's dates (`AS_OF` and
 * `FROM` of `src/config.ts`). The counts were found by computing, with core's
 * largest-remainder `percentages()`, counts out of 1.239 members that print
 * each percentage of the report the sample is modelled on (the figures are
 * listed in `src/figures.ts`).
 */
import { type Organization, OrganizationCategories } from '@org/party-core';
import { AS_OF, FROM } from '../../src/config';

/** Latest date of a movement of the period: the last working day before {@link AS_OF}. */
export const LAST_MOVEMENT_DAY = '2026-02-27';
/** Last day a regular (non-new) member may have been admitted: official by {@link AS_OF}. */
export const LAST_REGULAR_ADMISSION = '2025-02-20';
/** The seed of the generator (the date of Resolution 21-NQ/TW): same seed, same bytes. */
export const DEFAULT_SEED = 16_06_2022;

/** Whether an organisation was founded in the period (after {@link FROM}). */
export function foundedInPeriod<T extends { readonly foundedOn?: string }>(
  org: T,
): org is T & { readonly foundedOn: string } {
  return org.foundedOn !== undefined && org.foundedOn > FROM;
}

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

/** One organisation of the plan: the contract's record, and how its members are drawn. */
export interface OrgPlan
  extends Readonly<
    Pick<Organization, 'code' | 'name' | 'kind' | 'parent' | 'category' | 'foundedOn'>
  > {
  /** The category as the office typed it (an accepted label or alias). */
  readonly categoryLabel: string;
  /** Members attending on {@link AS_OF}; 0 for a committee whose members attend its cells. */
  readonly size: number;
  readonly group: OrgGroup;
  /** Weight of women among its members (relative). */
  readonly femaleWeight: number;
}

/**
 * What the organisations of one list have in common; the category is typed
 * as its label unless `categoryLabel` gives an accepted alias.
 */
type Shared = Pick<OrgPlan, 'kind' | 'parent' | 'category' | 'group'> &
  Partial<Pick<OrgPlan, 'categoryLabel'>>;

/**
 * One organisation as listed: code, name, founding date (`undefined` where
 * the records do not say), members attending, weight of women, and what
 * differs from the list's shared fields.
 */
type Row = readonly [
  code: string,
  name: string,
  foundedOn: string | undefined,
  size: number,
  femaleWeight: number,
  differs?: Partial<Shared>,
];

function list(shared: Shared, rows: readonly Row[]): OrgPlan[] {
  return rows.map(([code, name, foundedOn, size, femaleWeight, differs]) => {
    const { categoryLabel, ...fields } = { ...shared, ...differs };
    const label = categoryLabel ?? OrganizationCategories.labels[fields.category].vi;
    if (OrganizationCategories.match(label) !== fields.category) {
      throw new RangeError(`${code}: ${label} is not a label of ${fields.category}`);
    }
    return {
      code,
      name,
      ...fields,
      categoryLabel: label,
      ...(foundedOn === undefined ? {} : { foundedOn }),
      size,
      femaleWeight,
    };
  });
}

/** A grassroots committee (đảng bộ cơ sở), of size 0, followed by its cells. */
function committee(
  head: Row,
  shared: Omit<Shared, 'kind' | 'parent'>,
  cells: readonly Row[],
): OrgPlan[] {
  return [
    ...list({ ...shared, kind: 'grassroots-committee' }, [head]),
    ...list({ ...shared, kind: 'subordinate-cell', parent: head[0] }, cells),
  ];
}

const REORGANISED = '2025-06-27';

/** The three grassroots committees (đảng bộ cơ sở) and their cells: 142 members. */
const COMMITTEES: readonly OrgPlan[] = [
  ...committee(
    ['DB01', 'Đảng bộ Cơ quan Ủy ban nhân dân phường', REORGANISED, 0, 0.45],
    { category: 'state-agency', group: 'agency' },
    [
      ['DB01.1', 'Chi bộ Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', REORGANISED, 12, 0.5],
      ['DB01.2', 'Chi bộ Phòng Kinh tế, Hạ tầng và Đô thị', REORGANISED, 11, 0.35],
      ['DB01.3', 'Chi bộ Phòng Văn hóa - Xã hội', REORGANISED, 10, 0.55],
      ['DB01.4', 'Chi bộ Trung tâm Phục vụ hành chính công', REORGANISED, 11, 0.55],
    ],
  ),
  ...committee(
    ['DB02', 'Đảng bộ Các cơ quan Đảng, Mặt trận và đoàn thể phường', REORGANISED, 0, 0.5],
    { category: 'state-agency', categoryLabel: 'Cơ quan', group: 'agency' },
    [
      ['DB02.1', 'Chi bộ Văn phòng Đảng ủy', REORGANISED, 14, 0.45],
      ['DB02.2', 'Chi bộ Ban Xây dựng Đảng và Ủy ban Kiểm tra Đảng ủy', REORGANISED, 12, 0.45],
      ['DB02.3', 'Chi bộ Ủy ban Mặt trận Tổ quốc và các đoàn thể phường', REORGANISED, 12, 0.6],
    ],
  ),
  ...committee(
    ['DB03', 'Đảng bộ Công ty Cổ phần Cơ khí Thủy Tiến', '2008-05-19', 0, 0.2],
    { category: 'non-state', group: 'enterprise' },
    [
      ['DB03.1', 'Chi bộ Khối Văn phòng', '2008-05-19', 18, 0.5],
      ['DB03.2', 'Chi bộ Phân xưởng Cơ khí', '2008-05-19', 22, 0.1],
      ['DB03.3', 'Chi bộ Phân xưởng Đóng mới và Sửa chữa', '2011-09-02', 20, 0.1],
    ],
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

const RESIDENTIAL: readonly OrgPlan[] = list(
  { kind: 'subordinate-cell', category: 'residential', group: 'residential' },
  RESIDENTIAL_SIZES.map((size, i) => [
    `TDP${String(i + 1).padStart(2, '0')}`,
    `Chi bộ Tổ dân phố số ${i + 1}`,
    RESIDENTIAL_FOUNDED[i],
    size,
    0.35,
  ]),
);

/** The 11 public-service cells (chi bộ đơn vị sự nghiệp công lập): 273 members. */
const PUBLIC: readonly OrgPlan[] = list(
  { kind: 'grassroots-cell', category: 'public-service', group: 'public' },
  [
    ['SN01', 'Chi bộ Trường Mầm non Hoa Sen', '1998-09-05', 20, 0.95],
    ['SN02', 'Chi bộ Trường Mầm non Sơn Ca', '2002-08-30', 17, 0.95],
    ['SN03', 'Chi bộ Trường Mầm non Họa Mi', '2009-09-04', 14, 0.95],
    ['SN04', 'Chi bộ Trường Tiểu học Tân Tiến', '1992-09-05', 30, 0.8],
    ['SN05', 'Chi bộ Trường Tiểu học Hồng Phong', '1995-01-12', 28, 0.8],
    ['SN06', 'Chi bộ Trường Tiểu học Đoàn Kết', '2004-09-03', 26, 0.8],
    ['SN07', 'Chi bộ Trường Trung học cơ sở Lê Lợi', '1989-11-20', 38, 0.7],
    ['SN08', 'Chi bộ Trường Trung học cơ sở Ngô Quyền', '1993-03-26', 35, 0.7],
    ['SN09', 'Chi bộ Trường Trung học cơ sở Trần Phú', '2000-10-20', 33, 0.7],
    ['SN10', 'Chi bộ Trạm Y tế phường', '2007-02-27', 18, 0.7],
    ['SN11', 'Chi bộ Trung tâm Văn hóa, Thông tin và Thể thao phường', REORGANISED, 14, 0.45],
  ],
);

/** The military cell (chi bộ quân sự phường): 8 members. */
const MILITARY: readonly OrgPlan[] = list(
  { kind: 'subordinate-cell', category: 'military', group: 'military' },
  [['QS01', 'Chi bộ Quân sự phường', REORGANISED, 8, 0]],
);

/** Founding dates of the two cells set up after the two-level local government. */
export const NEW_CELLS = { NN10: '2025-09-18', NN11: '2025-12-05' } as const;

const GRASSROOTS = { kind: 'grassroots-cell' } as const;
const COOPERATIVE = { categoryLabel: 'Hợp tác xã' } as const;
const PRIVATE_SERVICE = { categoryLabel: 'Sự nghiệp ngoài công lập' } as const;

/** The 11 non-state cells (doanh nghiệp, hợp tác xã, ngoài công lập): 90 members. */
const NON_STATE: readonly OrgPlan[] = list(
  { kind: 'subordinate-cell', category: 'non-state', group: 'non-state' },
  [
    [
      'NN01',
      'Chi bộ Công ty Cổ phần Cơ khí Chính xác Hải Long',
      '2012-04-17',
      16,
      0.25,
      GRASSROOTS,
    ],
    ['NN02', 'Chi bộ Công ty TNHH Thủy sản Sóng Xanh', '2015-06-09', 14, 0.55, GRASSROOTS],
    ['NN03', 'Chi bộ Hợp tác xã Dịch vụ tổng hợp Thắng Lợi', '1999-03-15', 12, 0.35, COOPERATIVE],
    ['NN04', 'Chi bộ Trường Mầm non tư thục Ánh Dương', '2016-08-22', 8, 0.95, PRIVATE_SERVICE],
    ['NN05', 'Chi bộ Công ty TNHH Vận tải Minh Khang', '2017-05-11', 7, 0.2],
    ['NN06', 'Chi bộ Công ty Cổ phần May Thêu Phương Nam', '2018-10-03', 6, 0.8],
    ['NN07', 'Chi bộ Công ty TNHH Xây dựng Đại Thành', '2019-04-25', 6, 0.2],
    ['NN08', 'Chi bộ Phòng khám Đa khoa tư nhân An Bình', '2020-07-14', 6, 0.6, PRIVATE_SERVICE],
    ['NN09', 'Chi bộ Công ty Cổ phần Thương mại Dịch vụ Hải Đăng', '2021-11-16', 6, 0.4],
    ['NN10', 'Chi bộ Công ty Cổ phần Đầu tư Xây dựng Nam Kinh', NEW_CELLS.NN10, 5, 0.3],
    [
      'NN11',
      'Chi bộ Công ty Cổ phần Phát triển Thương mại và Dịch vụ Hướng Dương',
      NEW_CELLS.NN11,
      4,
      0.4,
    ],
  ],
);

/**
 * The last congress of each organisation (đại hội), as the ward's records
 * give it (contract addition §4.6), and the term in years where the ward
 * wrote one. Set by hand, drawing nothing: the seeded figures are unchanged.
 *
 * - the organisations set up on 27/6/2025 held their first congress in July
 *   2025, under QĐ 294 (5 years);
 * - the public-service and the two larger non-state cells (grassroots cells),
 *   in April and May 2025, for 2025–2030;
 * - the cells of DB03 in May 2025, and the company's committee chose the
 *   5-year term QĐ 294 pilots (written as 5 in `Nhiệm kỳ (năm)`);
 * - the residential and the other non-state cells (subordinate cells, twice
 *   in 5 years before QĐ 294) in March 2025, except TDP18 and TDP19, whose
 *   congresses were late in 2023 (their terms end in April and May 2026),
 *   and NN03, whose term ended on 25/2/2026 (the congress is overdue);
 * - NN10 and NN11, set up after July 2025, have held none yet.
 */
export const CONGRESSES: Readonly<Record<string, { on: string; termYears?: number }>> = {
  DB01: { on: '2025-07-25' },
  'DB01.1': { on: '2025-07-10' },
  'DB01.2': { on: '2025-07-11' },
  'DB01.3': { on: '2025-07-14' },
  'DB01.4': { on: '2025-07-15' },
  DB02: { on: '2025-07-28' },
  'DB02.1': { on: '2025-07-16' },
  'DB02.2': { on: '2025-07-17' },
  'DB02.3': { on: '2025-07-18' },
  DB03: { on: '2025-05-27' },
  'DB03.1': { on: '2025-05-12', termYears: 5 },
  'DB03.2': { on: '2025-05-13', termYears: 5 },
  'DB03.3': { on: '2025-05-14', termYears: 5 },
  ...Object.fromEntries(
    Array.from({ length: 19 }, (_, i) => [
      `TDP${String(i + 1).padStart(2, '0')}`,
      { on: `2025-03-${String(3 + i).padStart(2, '0')}` },
    ]),
  ),
  TDP18: { on: '2023-10-20' },
  TDP19: { on: '2023-11-10' },
  ...Object.fromEntries(
    Array.from({ length: 10 }, (_, i) => [
      `SN${String(i + 1).padStart(2, '0')}`,
      { on: `2025-04-${String(8 + i).padStart(2, '0')}` },
    ]),
  ),
  SN11: { on: '2025-07-22' },
  QS01: { on: '2025-07-21' },
  NN01: { on: '2025-05-06' },
  NN02: { on: '2025-05-07' },
  NN03: { on: '2023-08-25' },
  NN04: { on: '2025-03-24' },
  NN05: { on: '2025-03-25' },
  NN06: { on: '2025-03-26' },
  NN07: { on: '2025-03-27' },
  NN08: { on: '2025-03-28' },
  NN09: { on: '2025-03-31' },
};

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
