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

/** The organisations of a roster of `members`: cells of about 90 members. */
export function largeOrganizations(members: number): Organization[] {
  const cells = Math.max(1, Math.ceil(members / 90));
  return Array.from({ length: cells }, (_, i) => ({
    code: `CB${i}`,
    name: `Chi bộ ${i}`,
    kind: i % 20 === 0 ? 'grassroots-cell' : 'subordinate-cell',
    category: CATEGORIES[i % CATEGORIES.length] ?? 'residential',
    eHandbook: i % 7 !== 0,
  }));
}

/**
 * The members of a roster of `members`, one at a time, so that a benchmark
 * can write millions of them to a file without holding them all.
 */
export function* largeMembers(members: number): Generator<Member> {
  const cells = Math.max(1, Math.ceil(members / 90));
  const births = datePool(1935, 70);
  for (let i = 0; i < members; i += 1) {
    const birth = births[(i * 7919) % births.length] as string;
    const birthYear = Number(birth.slice(0, 4));
    const admittedYear = Math.min(birthYear + 18 + (i % 30), 2024);
    const rest = birth.slice(4);
    yield {
      id: String(100_000_000_000 + i),
      fullName: 'Nguyễn Văn An',
      birthDate: birth,
      gender: i % 5 < 3 ? 'male' : 'female',
      ethnicity: i % 400 === 0 ? 'Tày' : 'Kinh',
      religion: RELIGIONS[i % RELIGIONS.length] ?? 'none',
      admittedOn: `${admittedYear}${rest}`,
      officialOn: `${admittedYear + 1}${rest}`,
      org: `CB${i % cells}`,
      generalEducation: EDUCATION[i % EDUCATION.length] ?? 'upper-secondary',
      professional: PROFESSIONAL[i % PROFESSIONAL.length] ?? 'none',
      politicalTheory: THEORY[i % THEORY.length] ?? 'none',
      occupation: OCCUPATION[i % OCCUPATION.length] ?? 'other',
      exempt: i % 50 === 0,
      workingAway: i % 33 === 0,
    };
  }
}

/** The movements of a roster of `members`: 2% of the members, all in 2025. */
export function largeMovements(members: number): Movement[] {
  const cells = Math.max(1, Math.ceil(members / 90));
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
      memberId: leaving ? `X${i}` : i < members ? String(100_000_000_000 + i) : '0',
      org: `CB${i % cells}`,
    });
  }
  return movements;
}

/**
 * A valid dataset of `members` members in cells of about 90 (a national
 * roster of 5.6 million gives about 62,000 organisations), with movements for
 * 2% of the members. Deterministic, so benchmarks compare like with like;
 * dates come from shared pools to keep the input itself small in memory.
 */
export function makeLargeDataset(members: number): Dataset {
  return {
    version: 1,
    asOf: '2026-03-01',
    ward: {},
    organizations: largeOrganizations(members),
    members: Array.from(largeMembers(members)),
    movements: largeMovements(members),
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
