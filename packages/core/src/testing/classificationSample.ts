import type { Classification, Rating } from '../classification/classification';
import type { Dataset } from '../dataset/dataset';
import {
  buildDataset,
  buildInspection,
  buildMember,
  buildOrganization,
  buildPosition,
} from './builders';

const id = (n: number) => `DV${String(n).padStart(4, '0')}`;

/** Ratings of members DV0001… in order, one letter each: X excellent, T good, H fulfilled, K not fulfilled, - unrated. */
function memberRatings(
  year: number,
  letters: string,
  scores: readonly (number | undefined)[] = [],
) {
  const rating: Record<string, Rating> = {
    X: 'excellent',
    T: 'good',
    H: 'fulfilled',
    K: 'not-fulfilled',
    '-': 'unrated',
  };
  return [...letters].map((letter, index): Classification => {
    const score = scores[index];
    return {
      year,
      subjectType: 'member',
      subject: id(index + 1),
      rating: rating[letter] ?? 'unrated',
      ...(score === undefined ? {} : { score }),
    };
  });
}

/**
 * A small valid dataset with two years of classifications (2024 and 2025)
 * for the classification report's tests, in this package and in renderer
 * plugins: four cells `CB01`–`CB04`, twenty members `DV0001`–`DV0020`
 * (invented names). In 2025 the organisations rated excellent exceed the
 * cap, member `DV0005` was disciplined and is still rated good, `DV0020`,
 * admitted on 1/9/2025, is rated although too new, and two scores do not
 * allow the rating given (`CB04`, `DV0002`). Validates with no error on
 * 2026-03-01.
 *
 * @example
 * prepareClassificationReport(classificationSampleDataset(), { year: 2025, date: '2026-01-15' })
 */
export function classificationSampleDataset(): Dataset {
  const cells = ['CB01', 'CB02', 'CB03', 'CB04'];
  const members = Array.from({ length: 20 }, (_, index) => {
    const member = buildMember({
      id: id(index + 1),
      fullName: `Đảng viên Mẫu ${index + 1}`,
      org: cells[index % 4] as string,
      birthDate: `${1960 + index}-03-15`,
      admittedOn: index === 19 ? '2025-09-01' : `${2000 + (index % 10)}-05-19`,
      officialOn: `${2001 + (index % 10)}-05-19`,
      gender: index % 3 === 0 ? 'female' : 'male',
    });
    if (index !== 19) return member;
    // Admitted on 1/9/2025: still on probation, no official date.
    const { officialOn: _official, ...probationary } = member;
    return probationary;
  });
  return buildDataset({
    organizations: cells.map((code, index) =>
      buildOrganization({ code, name: `Chi bộ Tổ dân phố số ${index + 1}` }),
    ),
    members,
    movements: [],
    positions: [buildPosition({ memberId: 'DV0001', org: 'CB01' })],
    inspections: [
      buildInspection({
        date: '2025-06-10',
        subjectType: 'member',
        subject: 'DV0005',
        finding: 'violation',
        discipline: 'reprimand',
      }),
    ],
    training: [],
    planning: [],
    admissionTargets: [],
    classifications: [
      ...[
        ['CB01', 'good'],
        ['CB02', 'good'],
        ['CB03', 'fulfilled'],
        ['CB04', 'good'],
      ].map(([subject, rating]) => ({
        year: 2024,
        subjectType: 'organization' as const,
        subject: subject as string,
        rating: rating as Rating,
      })),
      ...memberRatings(2024, 'XTTTTTTTTTTTTTHHHH'),
      ...[
        ['CB01', 'excellent', 92],
        ['CB02', 'good', 85],
        ['CB03', 'good', 78.5],
        ['CB04', 'fulfilled', 45],
      ].map(([subject, rating, score]) => ({
        year: 2025,
        subjectType: 'organization' as const,
        subject: subject as string,
        rating: rating as Rating,
        score: score as number,
      })),
      ...memberRatings(
        2025,
        'XXTTTTTTTTTTTTHHHHKT',
        [93, 88, 80, 79, 75, 82, 71, 70, 77, 84, 73, 76, 72, 74, 65, 60, 55, 58, 40],
      ),
    ],
  });
}
