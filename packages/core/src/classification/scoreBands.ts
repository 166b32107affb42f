import { z } from 'zod';
import { Code } from '../common/fieldSchemas';
import type { Dataset } from '../dataset/dataset';
import { SubjectType } from '../inspection/inspection';
import { Rating } from './classification';
import { Ratings } from './codes';

/** A rating that a score can allow: any but `unrated`. */
export type ScoredRating = Exclude<Rating, 'unrated'>;

/**
 * The lowest score of each rating on the 100-point framework (khung điểm
 * xếp loại), highest rating first: excellent from 90, good from 70,
 * fulfilled from 50, not fulfilled below 50.
 *
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 11
 */
export const SCORE_BANDS: readonly { readonly rating: ScoredRating; readonly min: number }[] = [
  { rating: 'excellent', min: 90 },
  { rating: 'good', min: 70 },
  { rating: 'fulfilled', min: 50 },
  { rating: 'not-fulfilled', min: 0 },
];

/**
 * The highest rating a score allows (mức xếp loại cao nhất theo điểm):
 * `excellent` from 90, `good` from 70 to < 90, `fulfilled` from 50 to < 70,
 * `not-fulfilled` below 50. The score is only a ceiling: the other
 * conditions of each level (and the knock-out conditions) may rate lower.
 *
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 11
 * @example
 * ratingAllowedByScore(90) // 'excellent'
 * ratingAllowedByScore(89.5) // 'good'
 * ratingAllowedByScore(49.9) // 'not-fulfilled'
 */
export function ratingAllowedByScore(score: number): ScoredRating {
  return (SCORE_BANDS.find((band) => score >= band.min) ?? { rating: 'not-fulfilled' as const })
    .rating;
}

/**
 * A rating above the band its score allows (xếp loại cao hơn mức điểm cho
 * phép): the record (year, subject type, code or id), the rating, the score
 * and the highest rating the score allows.
 *
 * @example
 * ScoreFinding.parse({ year: 2025, subjectType: 'member', subject: 'DV0001', rating: 'excellent', score: 85, allowed: 'good' })
 */
export const ScoreFinding = z.object({
  /** Year assessed (năm). */
  year: z.int(),
  /** Organisation or member (đối tượng). */
  subjectType: SubjectType,
  /** Organisation code or member id (mã). */
  subject: Code,
  /** The rating given (xếp loại). */
  rating: Rating,
  /** The score (điểm). */
  score: z.number(),
  /** The highest rating the score allows. */
  allowed: Rating,
});
/** A rating above the band its score allows. */
export type ScoreFinding = z.infer<typeof ScoreFinding>;

const RANK = new Map<Rating, number>(Ratings.codes.map((code, index) => [code, index]));
const rank = (rating: Rating) => RANK.get(rating) ?? Ratings.codes.length;
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The classifications rated above the band their score allows
 * ({@link ratingAllowedByScore}), for `year` or every year: records without
 * a score, and `unrated` ones, are not checked. Sorted by year, subject type
 * (organisations first) and subject.
 *
 * @param dataset - Only `classifications` is read.
 * @param year - The year assessed; every year when left out.
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 11; data contract §1.9 (`Điểm`)
 * @example
 * scoreFindings(dataset, 2025).map((f) => `${f.subject}: ${f.score} → ${f.allowed}`)
 */
export function scoreFindings(
  dataset: Pick<Dataset, 'classifications'>,
  year?: number,
): ScoreFinding[] {
  const findings: ScoreFinding[] = [];
  for (const record of dataset.classifications) {
    if (year !== undefined && record.year !== year) continue;
    if (record.score === undefined || record.rating === 'unrated') continue;
    const allowed = ratingAllowedByScore(record.score);
    if (rank(record.rating) >= rank(allowed)) continue;
    const { subjectType, subject, rating, score } = record;
    findings.push({ year: record.year, subjectType, subject, rating, score, allowed });
  }
  return findings.sort(
    (a, b) =>
      a.year - b.year ||
      (a.subjectType === b.subjectType ? 0 : a.subjectType === 'organization' ? -1 : 1) ||
      compareText(a.subject, b.subject),
  );
}
