import type { Dataset } from '../src/dataset/dataset';
import type { Member } from '../src/member/member';
import type { Organization } from '../src/organization/organization';

/**
 * A valid dataset of `members` members in cells of 30, made without
 * randomness so that benchmarks compare like with like.
 */
export function makeLargeDataset(members: number): Dataset {
  const cells = Math.max(1, Math.ceil(members / 30));
  const organizations: Organization[] = Array.from({ length: cells }, (_, i) => ({
    code: `CB${i}`,
    name: `Chi bộ ${i}`,
    kind: 'subordinate-cell',
    category: 'residential',
    eHandbook: true,
  }));
  const pad = (n: number) => String(n).padStart(2, '0');
  const roster: Member[] = Array.from({ length: members }, (_, i) => {
    const year = 1940 + (i % 60);
    const month = 1 + (i % 12);
    const day = 1 + (i % 28);
    return {
      id: String(100_000_000_000 + i),
      fullName: 'Nguyễn Văn An',
      birthDate: `${year}-${pad(month)}-${pad(day)}`,
      gender: i % 5 < 3 ? 'male' : 'female',
      ethnicity: 'Kinh',
      religion: 'none',
      admittedOn: `${year + 25}-${pad(month)}-${pad(day)}`,
      officialOn: `${year + 26}-${pad(month)}-${pad(day)}`,
      org: `CB${i % cells}`,
      generalEducation: 'upper-secondary',
      professional: 'university',
      politicalTheory: 'elementary',
      occupation: 'retired',
      exempt: false,
      workingAway: false,
    };
  });
  return {
    version: 1,
    asOf: '2026-03-01',
    ward: {},
    organizations,
    members: roster,
    movements: roster.slice(0, Math.floor(members / 50)).map((m) => ({
      date: '2025-09-02',
      type: 'transferred-in' as const,
      memberId: m.id,
    })),
    positions: [],
    inspections: [],
    training: [],
    planning: [],
    classifications: [],
    admissionTargets: [],
  };
}
