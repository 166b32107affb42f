import { defaultDocuments } from './documents';
import type { RuleSet } from './schema';

const retirementSchedule: RuleSet['retirementAge'][number]['schedule'] = [];
for (let year = 2021; year <= 2035; year += 1) {
  const step = year - 2021;
  const maleMonths = Math.min(60 * 12 + 3 + 3 * step, 62 * 12);
  const femaleMonths = Math.min(55 * 12 + 4 + 4 * step, 60 * 12);
  retirementSchedule.push({
    year,
    male: { years: Math.floor(maleMonths / 12), months: maleMonths % 12 },
    female: { years: Math.floor(femaleMonths / 12), months: femaleMonths % 12 },
  });
}

/** Every day of a break, from `from` to `to` inclusive (ISO). */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  const current = new Date(`${from}T00:00:00Z`);
  for (let iso = from; iso <= to; iso = current.toISOString().slice(0, 10)) {
    out.push(iso);
    current.setUTCDate(current.getUTCDate() + 1);
  }
  return out;
}

/** Announced days off by year (lịch nghỉ lễ, Tết), breaks listed whole, weekends included. */
const holidayYears: RuleSet['holidays'][number]['years'] = {
  '2024': {
    source:
      'Thông báo of Bộ LĐTBXH on Tết Giáp Thìn and the 30/4–1/5 swap (Thủ tướng approved); Giỗ Tổ 18/4',
    confidence: 'likely',
    daysOff: [
      '2024-01-01',
      ...days('2024-02-08', '2024-02-14'),
      '2024-04-18',
      ...days('2024-04-27', '2024-05-01'),
      ...days('2024-08-31', '2024-09-03'),
    ],
    workedWeekendDays: ['2024-05-04'],
  },
  '2025': {
    source: 'Văn bản 8726/VPCP-KGVX (26/11/2024): Tết Ất Tỵ 9 days, 2/5 swapped for 26/4',
    confidence: 'confirmed',
    daysOff: [
      '2025-01-01',
      ...days('2025-01-25', '2025-02-02'),
      ...days('2025-04-05', '2025-04-07'),
      ...days('2025-04-30', '2025-05-04'),
      ...days('2025-08-30', '2025-09-02'),
    ],
    workedWeekendDays: ['2025-04-26'],
  },
  '2026': {
    source:
      'Văn bản 12729/VPCP-KGVX (25/12/2025) for 1/1 (2/1 swapped for 10/1); the approved Tết Bính Ngọ break 14/2–22/2; Giỗ Tổ on Sunday 26/4, substitute 27/4; 1/9 assumed beside 2/9',
    confidence: 'likely',
    daysOff: [
      ...days('2026-01-01', '2026-01-04'),
      ...days('2026-02-14', '2026-02-22'),
      ...days('2026-04-25', '2026-04-27'),
      ...days('2026-04-30', '2026-05-03'),
      '2026-09-01',
      '2026-09-02',
    ],
    workedWeekendDays: ['2026-01-10'],
  },
};

/**
 * The rules in force as the project knows them, with their regulations and
 * dates (sources and confidence in `docs/domain.md` of the project).
 */
export const defaultRules: RuleSet = {
  admissionAge: [
    {
      regulation: 'Điều lệ Đảng 2011, Điều 1; QĐ 294-QĐ/TW (26/5/2025)',
      effectiveFrom: '2011-01-19',
      confidence: 'confirmed',
      minMonths: 18 * 12,
      maxMonths: 60 * 12,
      note: 'Age at admission is 18 to 60, counted in months; older applicants need the provincial standing committee.',
    },
  ],
  probation: [
    {
      regulation: 'Điều lệ Đảng 2011, Điều 5',
      effectiveFrom: '2011-01-19',
      confidence: 'confirmed',
      months: 12,
      recognitionWorkingDays: 30,
    },
  ],
  retirementAge: [
    {
      regulation: 'Bộ luật Lao động 2019, Điều 169; NĐ 135/2020/NĐ-CP, Điều 4',
      effectiveFrom: '2021-01-01',
      confidence: 'confirmed',
      schedule: retirementSchedule,
      earlier: { male: { years: 60, months: 0 }, female: { years: 55, months: 0 } },
      note: 'Men +3 months a year from 60y3m (2021) to 62 (2028); women +4 months a year from 55y4m (2021) to 60 (2035); before 2021, 60 and 55 (Bộ luật Lao động 2012).',
    },
  ],
  excellentCap: [
    {
      regulation: 'QĐ 124-QĐ/TW (04/10/2023)',
      effectiveFrom: '2023-10-04',
      confidence: 'likely',
      rate: 0.2,
      raisedRate: 0.25,
      base: 'good',
    },
    {
      regulation: 'QĐ 366-QĐ/TW (30/8/2025), Điều 11; HD 43-HD/BTCTW (31/10/2025)',
      effectiveFrom: '2025-08-30',
      confidence: 'confirmed',
      rate: 0.2,
      raisedRate: 0.25,
      base: 'good',
      note: 'Whether the base includes those rated excellent is ambiguous; the literal reading counts only those rated good.',
    },
  ],
  ratingScope: [
    {
      regulation: 'QĐ 366-QĐ/TW (30/8/2025), Điều 5.2',
      effectiveFrom: '2025-08-30',
      confidence: 'confirmed',
      newMemberMonths: 6,
      note: 'Exempt members and members whose activity is suspended are not rated either.',
    },
  ],
  planning: [
    {
      regulation: 'QĐ 50-QĐ/TW (27/12/2021)',
      effectiveFrom: '2021-12-27',
      confidence: 'likely',
      maxCandidatesPerPost: 3,
      maxPostsPerCandidate: 3,
      nextTermMinMonths: 60,
      longTermMinMonths: 120,
      ageReference: {},
      note: 'maxCandidatesPerPost counts per seat of the post, as under QĐ 377 (not checked against the text of QĐ 50).',
    },
    {
      regulation: 'QĐ 377-QĐ/TW (08/10/2025); HD 45-HD/BTCTW (21/11/2025), §5.2',
      effectiveFrom: '2025-10-08',
      confidence: 'confirmed',
      maxCandidatesPerPost: 3,
      maxPostsPerCandidate: 3,
      nextTermMinMonths: 60,
      longTermMinMonths: 120,
      ageReference: {
        grassroots: '2030-04',
        'above-grassroots': '2030-06',
        commune: '2030-07',
        province: '2030-09',
        state: '2031-03',
      },
      note: 'maxCandidatesPerPost counts per seat: 3 deputy-head seats allow up to 9 planned people. The 60/120-month tests are made again at each annual review of the term (HD 45 §5.2).',
    },
  ],
  partyBadge: [
    {
      regulation: 'HD 01-HD/TW (2021), §18; HD 06-HD/TW (09/6/2025)',
      effectiveFrom: '2021-09-28',
      confidence: 'confirmed',
      milestones: [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90],
      occasions: [
        { month: 2, day: 3 },
        { month: 5, day: 19 },
        { month: 9, day: 2 },
        { month: 11, day: 7 },
      ],
      earlyMonths: 12,
      earlyMonthsLarge: 24,
      earlyThreshold: 70,
    },
  ],
  holidays: [
    {
      regulation: 'Bộ luật Lao động 2019, Điều 112; the yearly announcements of days off',
      effectiveFrom: '2021-01-01',
      confidence: 'confirmed',
      fixed: [
        { month: 1, day: 1 },
        { month: 4, day: 30 },
        { month: 5, day: 1 },
        { month: 9, day: 2 },
      ],
      years: holidayYears,
      note: 'Days off of cadres, civil servants and public employees: Tết Dương lịch 1 day, Tết Nguyên đán 5 days, Giỗ Tổ Hùng Vương (10/3 âm lịch), 30/4, 1/5, 2/9 and the day before or after, a substitute day when one falls on a weekend; the Government fixes Tết and swaps days each year.',
    },
  ],
  disciplineLimitation: [
    {
      regulation: 'QĐ 69-QĐ/TW (06/7/2022), Điều 4 and 7',
      effectiveFrom: '2022-07-06',
      confidence: 'confirmed',
      organization: { reprimand: 60, warning: 120, dissolution: null },
      member: { reprimand: 60, warning: 120, dismissal: 120, expulsion: null },
    },
  ],
  disciplineForms: [
    {
      regulation: 'Điều lệ Đảng 2011, Điều 35; QĐ 69-QĐ/TW (06/7/2022)',
      effectiveFrom: '2011-01-19',
      confidence: 'confirmed',
      probationaryMember: ['reprimand', 'warning'],
      postRequired: ['dismissal'],
      note: 'A probationary member is only reprimanded or warned; removal from post (cách chức) is for a member who holds one.',
    },
  ],
  cellSize: [
    {
      regulation: 'Điều lệ Đảng 2011, Điều 21 and 24; QĐ 294-QĐ/TW (26/5/2025)',
      effectiveFrom: '2011-01-19',
      confidence: 'confirmed',
      minOfficialMembers: 3,
      committeeOfficialMembers: 9,
      note: 'A cell needs 3 official members; with 9 or more it elects a cell committee (at most 7 members under QĐ 294), below that a secretary and, if needed, a deputy.',
    },
  ],
  congressTerm: [
    {
      regulation: 'Điều lệ Đảng 2011, Điều 22 and 24',
      effectiveFrom: '2011-01-19',
      confidence: 'likely',
      months: { 'grassroots-committee': 60, 'grassroots-cell': 60, 'subordinate-cell': 30 },
      preparationMonths: 6,
      note: 'A grassroots committee or cell holds its congress every 5 years; a subordinate cell twice in 5 years (Điều 24.3), earlier or later by at most 6 months with the grassroots committee’s consent. The 6 months of preparation are the project’s reminder lead, matching how early a congress may be held; the committee’s directive fixes the real schedule. Selected by the date of the last congress; a term written in the data (Nhiệm kỳ (năm)) wins.',
    },
    {
      regulation: 'QĐ 294-QĐ/TW (26/5/2025)',
      effectiveFrom: '2025-07-01',
      confidence: 'likely',
      months: { 'grassroots-committee': 60, 'grassroots-cell': 60, 'subordinate-cell': 60 },
      preparationMonths: 6,
      note: 'QĐ 294 pilots a congress of the subordinate cell once in 5 years (docs/domain.md §5). A ward that keeps the Điều lệ’s 2.5 years writes 2,5 in Nhiệm kỳ (năm).',
    },
  ],
  documents: defaultDocuments,
};
