import type { Dataset } from '../src/dataset/dataset';
import type { Member } from '../src/member/member';
import type { Movement } from '../src/member/movement';
import type { Organization } from '../src/organization/organization';

const pad = (n: number) => String(n).padStart(2, '0');

/** A pool of ISO dates, so that millions of members share a few thousand strings. */
function datePool(fromYear: number, years: number): string[] {
  const pool: string[] = [];
  for (let y = fromYear; y < fromYear + years; y += 1) {
    for (let m = 1; m <= 12; m += 1)
      for (let d = 1; d <= 28; d += 3) pool.push(`${y}-${pad(m)}-${pad(d)}`);
  }
  return pool;
}

const CATEGORIES = [
  'residential',
  'public-service',
  'non-state',
  'military',
  'state-agency',
] as const;
const RELIGIONS = ['none', 'none', 'none', 'catholic', 'buddhist'] as const;
const EDUCATION = ['upper-secondary', 'upper-secondary', 'lower-secondary', 'primary'] as const;
const PROFESSIONAL = ['university', 'college', 'intermediate', 'none', 'master'] as const;
const THEORY = ['none', 'elementary', 'intermediate', 'advanced', 'bachelor'] as const;
const OCCUPATION = [
  'retired',
  'civil-servant',
  'private-sector',
  'farmer',
  'other',
  'student',
] as const;

/**
 * A valid dataset of `members` members in cells of about 90 (a national
 * roster of 5.6 million gives about 62,000 organisations), with movements for
 * 2% of the members. Deterministic, so benchmarks compare like with like;
 * dates come from shared pools to keep the input itself small in memory.
 */
export function makeLargeDataset(members: number): Dataset {
  const cells = Math.max(1, Math.ceil(members / 90));
  const organizations: Organization[] = Array.from({ length: cells }, (_, i) => ({
    code: `CB${i}`,
    name: `Chi bộ ${i}`,
    kind: i % 20 === 0 ? 'grassroots-cell' : 'subordinate-cell',
    category: CATEGORIES[i % CATEGORIES.length] ?? 'residential',
    eHandbook: i % 7 !== 0,
  }));
  const births = datePool(1935, 70);
  const orgCodes = organizations.map((o) => o.code);
  const roster: Member[] = new Array(members);
  for (let i = 0; i < members; i += 1) {
    const birth = births[(i * 7919) % births.length] as string;
    const birthYear = Number(birth.slice(0, 4));
    const admittedYear = Math.min(birthYear + 18 + (i % 30), 2024);
    const rest = birth.slice(4);
    roster[i] = {
      id: String(100_000_000_000 + i),
      fullName: 'Nguyễn Văn An',
      birthDate: birth,
      gender: i % 5 < 3 ? 'male' : 'female',
      ethnicity: i % 400 === 0 ? 'Tày' : 'Kinh',
      religion: RELIGIONS[i % RELIGIONS.length] ?? 'none',
      admittedOn: `${admittedYear}${rest}`,
      officialOn: `${admittedYear + 1}${rest}`,
      org: orgCodes[i % cells] as string,
      generalEducation: EDUCATION[i % EDUCATION.length] ?? 'upper-secondary',
      professional: PROFESSIONAL[i % PROFESSIONAL.length] ?? 'none',
      politicalTheory: THEORY[i % THEORY.length] ?? 'none',
      occupation: OCCUPATION[i % OCCUPATION.length] ?? 'other',
      exempt: i % 50 === 0,
      workingAway: i % 33 === 0,
    };
  }
  const types = [
    'admitted',
    'transferred-in',
    'transferred-out',
    'deceased',
    'internal-transfer',
  ] as const;
  const movementDates = datePool(2025, 1);
  const movements: Movement[] = [];
  for (let i = 0; i < Math.floor(members / 50); i += 1) {
    const type = types[i % types.length] ?? 'admitted';
    const leaving = type === 'transferred-out' || type === 'deceased';
    movements.push({
      date: movementDates[i % movementDates.length] as string,
      type,
      memberId: leaving ? `X${i}` : (roster[i]?.id ?? '0'),
      org: orgCodes[i % cells] as string,
    });
  }
  return {
    version: 1,
    asOf: '2026-03-01',
    ward: {},
    organizations,
    members: roster,
    movements,
    positions: [],
    inspections: [],
    training: [],
    planning: [],
    classifications: [],
    admissionTargets: [
      { from: '2025-07-01', to: '2026-06-30', admissionTarget: Math.ceil(members / 100) },
    ],
  };
}
