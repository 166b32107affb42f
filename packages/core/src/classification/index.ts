/**
 * Annual quality assessment and classification (đánh giá, xếp loại chất lượng).
 *
 * @packageDocumentation
 */
export { Classification, Rating } from './classification';
export {
  ClassificationRuleChecks,
  ClassificationRuleCode,
  ClassificationRuleFinding,
  classificationRuleChecks,
  type RatingCap,
} from './classificationRuleChecks';
export {
  ClassificationStats,
  classificationStats,
  RatingCounts,
  YearRatingCounts,
} from './classificationStats';
export { ClassificationRules, Ratings } from './codes';
export {
  ExcellentCap,
  ExcellentCapBase,
  ExcellentCapByYear,
  excellentCap,
  excellentCapByYear,
  YearExcellentCap,
} from './excellentCap';
export { membersNotToBeRated } from './membersNotToBeRated';
export {
  ratingAllowedByScore,
  SCORE_BANDS,
  type ScoredRating,
  ScoreFinding,
  scoreFindings,
} from './scoreBands';
