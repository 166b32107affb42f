import { z } from 'zod';
import { Count, zeroCounts } from '../_internal/counts';
import type { Dataset } from '../dataset/dataset';
import { Rating } from './classification';
import { Ratings } from './codes';

/** Ratings of one subject type in one year: `byRating` sums to `total`. */
export const RatingCounts = z.object({
  /** Classification records (số được đánh giá, xếp loại). */
  total: Count,
  /** Records by rating (xếp loại), every code of {@link Ratings}, zero included. */
  byRating: z.record(Rating, Count),
});
/** Ratings of one subject type in one year. */
export type RatingCounts = z.infer<typeof RatingCounts>;

/** Ratings of one year, for organisations and for members. */
export const YearRatingCounts = z.object({
  /** Year assessed (năm). */
  year: z.int(),
  /** Party organisations (tổ chức đảng). */
  organization: RatingCounts,
  /** Party members (đảng viên). */
  member: RatingCounts,
});
/** Ratings of one year, for organisations and for members. */
export type YearRatingCounts = z.infer<typeof YearRatingCounts>;

/**
 * Annual quality classification figures (kết quả đánh giá, xếp loại chất
 * lượng): one entry per year that has records, ascending.
 *
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 11; HD 43-HD/BTCTW (31/10/2025)
 * @example
 * const stats: ClassificationStats = classificationStats(dataset);
 * stats.years[0]?.member.byRating.excellent // 12
 */
export const ClassificationStats = z.object({
  /** One entry per year with at least one record, ascending. */
  years: z.array(YearRatingCounts),
});
/** Annual quality classification figures. */
export type ClassificationStats = z.infer<typeof ClassificationStats>;

function emptyCounts(): RatingCounts {
  return { total: 0, byRating: zeroCounts(Ratings.codes) };
}

/**
 * Counts the annual classifications (xếp loại chất lượng) by year, subject
 * type and rating. Every record counts once as it stands: subjects are not
 * checked against the roster (a member who has since left still counts for
 * the years they were rated), and a duplicated record counts twice (the
 * validation reports duplicates).
 *
 * @param dataset - The parsed dataset; only `classifications` is read.
 * @returns One entry per year, ascending; single pass, independent of record order.
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 11; HD 43-HD/BTCTW (31/10/2025); data contract §1.9 (file `xep-loai`)
 * @example
 * const { years } = classificationStats(dataset);
 * years.map((y) => [y.year, y.organization.byRating.excellent, y.member.total]);
 * // [[2024, 3, 1180], [2025, 4, 1201]]
 */
export function classificationStats(
  dataset: Pick<Dataset, 'classifications'>,
): ClassificationStats {
  const byYear = new Map<number, YearRatingCounts>();
  for (const record of dataset.classifications) {
    let entry = byYear.get(record.year);
    if (!entry) {
      entry = { year: record.year, organization: emptyCounts(), member: emptyCounts() };
      byYear.set(record.year, entry);
    }
    const counts = entry[record.subjectType];
    counts.total += 1;
    counts.byRating[record.rating] += 1;
  }
  return { years: [...byYear.values()].sort((a, b) => a.year - b.year) };
}
