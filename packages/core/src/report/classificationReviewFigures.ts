import { z } from 'zod';
import { Count } from '../_internal/counts';
import {
  ClassificationRuleCode,
  classificationRuleChecks,
} from '../classification/classificationRuleChecks';
import { classificationStats, type RatingCounts } from '../classification/classificationStats';
import { ClassificationRules } from '../classification/codes';
import { ExcellentCap, excellentCap } from '../classification/excellentCap';
import { membersNotToBeRated } from '../classification/membersNotToBeRated';
import { ScoreFinding, scoreFindings } from '../classification/scoreBands';
import { percentages } from '../common/percent';
import type { Dataset } from '../dataset/dataset';
import { YearNotInDataError } from '../errors';
import type { SubjectType } from '../inspection/inspection';
import { defaultRules } from '../rules/defaultRules';
import type { RuleSet } from '../rules/schema';
import { selectRule } from '../rules/selectRule';

/** The four levels of a rating, highest first (the `unrated` records are counted apart). */
export const RATING_LEVELS = ['excellent', 'good', 'fulfilled', 'not-fulfilled'] as const;
/** One of the four levels of a rating. */
export type RatingLevel = (typeof RATING_LEVELS)[number];

const LevelCounts = z.object({
  excellent: Count,
  good: Count,
  fulfilled: Count,
  'not-fulfilled': Count,
});
const LevelShares = z.object({
  excellent: z.number(),
  good: z.number(),
  fulfilled: z.number(),
  'not-fulfilled': z.number(),
});

/**
 * The ratings of organisations, or of members, in one year (kết quả xếp loại
 * của một nhóm): the number rated on one of the four levels, each level with
 * its share of them (one decimal, by the largest remainder: the shares add up
 * to 100), the records `Không xếp loại`, and how many records carry a score.
 */
export const RatingDistribution = z.object({
  /** Records rated on one of the four levels (số được xếp loại). */
  rated: Count,
  /** Records by level. */
  byLevel: LevelCounts,
  /** Share of each level among `rated`, in percent with one decimal (0 when none rated). */
  shares: LevelShares,
  /** Records `Không xếp loại` (unrated). */
  unrated: Count,
  /** Records with a score (có điểm), `unrated` ones included. */
  scored: Count,
});
/** The ratings of one group in one year. */
export type RatingDistribution = z.infer<typeof RatingDistribution>;

/** The cases of one automatic rule in the year: how many, and the codes or ids of the records. */
export const RuleCases = z.object({
  /** The rule (see `ClassificationRules`). */
  code: ClassificationRuleCode,
  /** Number of records that break it. */
  count: Count,
  /** Organisation codes or member ids of those records, sorted (never names). */
  subjects: z.array(z.string()),
});
/** The cases of one automatic rule in the year. */
export type RuleCases = z.infer<typeof RuleCases>;

/**
 * Every figure of the annual classification report (số liệu báo cáo kết
 * quả đánh giá, xếp loại chất lượng): the distribution per level for
 * organisations and members, the same for the previous year when the data
 * has it, the cap on "excellent" and whether it is kept, the cases of each
 * automatic rule, and the ratings above the band their score allows.
 *
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 5.2 and 11; HD 43-HD/BTCTW (31/10/2025)
 */
export const ClassificationReviewFigures = z.object({
  /** The year assessed (năm đánh giá). */
  year: z.int(),
  /** Every year the data has ratings for, ascending. */
  years: z.array(z.int()),
  /** Party organisations (tổ chức đảng). */
  organization: RatingDistribution,
  /** Party members (đảng viên). */
  member: RatingDistribution,
  /** The year before, when the data has ratings for it (so sánh với năm trước). */
  previous: z
    .object({ year: z.int(), organization: RatingDistribution, member: RatingDistribution })
    .nullable(),
  /** The cap on "excellent" of the year for organisations and for members. */
  excellentCap: z.object({ organization: ExcellentCap, member: ExcellentCap }),
  /** Members on the roster who must not be rated this year (exempt, or admitted less than 6 months before 31 December). */
  notToBeRated: Count,
  /** Every automatic rule, in the order of `ClassificationRules`, with its cases (zero included). */
  ruleCases: z.array(RuleCases),
  /** The ratings above the band their score allows (organisations first). */
  scoreFindings: z.array(ScoreFinding),
});
/** Every figure of the annual classification report. */
export type ClassificationReviewFigures = z.infer<typeof ClassificationReviewFigures>;

function distribution(counts: RatingCounts | undefined, scored: number): RatingDistribution {
  const byLevel = {
    excellent: counts?.byRating.excellent ?? 0,
    good: counts?.byRating.good ?? 0,
    fulfilled: counts?.byRating.fulfilled ?? 0,
    'not-fulfilled': counts?.byRating['not-fulfilled'] ?? 0,
  };
  const rated = RATING_LEVELS.reduce((sum, level) => sum + byLevel[level], 0);
  return {
    rated,
    byLevel,
    shares: percentages(byLevel),
    unrated: counts?.byRating.unrated ?? 0,
    scored,
  };
}

/** The data's years of classification, ascending. */
export function classificationYears(dataset: Pick<Dataset, 'classifications'>): number[] {
  return classificationStats(dataset).years.map((entry) => entry.year);
}

/**
 * Computes the figures of the annual classification report of `year`
 * (tính số liệu báo cáo xếp loại chất lượng năm): pure, the rule versions in
 * force on 31 December of the year.
 *
 * Throws {@link YearNotInDataError} (code `year-not-in-data`) when the data
 * has no classification record for `year`; its message lists the years it has.
 *
 * @param dataset - The parsed dataset; reads `classifications` and, for the
 *   automatic rules, `inspections`, `organizations`, `positions` and `members`.
 * @param year - The year assessed.
 * @param rules - The rule set (the cap on "excellent"); {@link defaultRules} by default.
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 5.2 and 11; HD 43-HD/BTCTW (31/10/2025)
 * @example
 * const figures = classificationReviewFigures(dataset, 2025);
 * figures.member.byLevel.excellent // 120
 * figures.excellentCap.member.exceeds // false
 */
export function classificationReviewFigures(
  dataset: Pick<
    Dataset,
    'classifications' | 'inspections' | 'organizations' | 'positions' | 'members'
  >,
  year: number,
  rules: Pick<RuleSet, 'excellentCap'> = defaultRules,
): ClassificationReviewFigures {
  const stats = classificationStats(dataset).years;
  const years = stats.map((entry) => entry.year);
  const current = stats.find((entry) => entry.year === year);
  if (!current) {
    throw new YearNotInDataError(year, years, {
      vi: 'kết quả xếp loại chất lượng (tệp xep-loai)',
      en: 'classification records (file xep-loai)',
    });
  }
  const scored = (y: number, subjectType: SubjectType) =>
    dataset.classifications.filter(
      (c) => c.year === y && c.subjectType === subjectType && c.score !== undefined,
    ).length;
  const before = stats.find((entry) => entry.year === year - 1);
  const rule = selectRule(rules.excellentCap, `${year}-12-31`);
  const capOf = ({ byRating }: RatingCounts) =>
    excellentCap({ excellent: byRating.excellent, good: byRating.good }, rule);
  const checks = classificationRuleChecks(dataset).filter((finding) => finding.year === year);
  const ruleCases = ClassificationRules.codes.map((code) => {
    const subjects = checks
      .filter((finding) => finding.code === code)
      .map((finding) => finding.subject)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { code, count: subjects.length, subjects };
  });
  return {
    year,
    years,
    organization: distribution(current.organization, scored(year, 'organization')),
    member: distribution(current.member, scored(year, 'member')),
    previous: before
      ? {
          year: before.year,
          organization: distribution(before.organization, scored(before.year, 'organization')),
          member: distribution(before.member, scored(before.year, 'member')),
        }
      : null,
    excellentCap: { organization: capOf(current.organization), member: capOf(current.member) },
    notToBeRated: membersNotToBeRated(dataset, year).length,
    ruleCases,
    scoreFindings: scoreFindings(dataset, year),
  };
}
