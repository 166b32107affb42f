/**
 * The document model of an official Party report (báo cáo) and the filling
 * of the ward's own text with figures from the stats: the model is
 * independent of any output format, renderers (DOCX, …) read it.
 *
 * @see HD 36-HD/VPTW (2018); QĐ 399-QĐ/TW (09/01/2026)
 * @packageDocumentation
 */

export { annotateFindings, reportFindings } from './annotateFindings';
export {
  type BuiltReport,
  buildReport,
  fillTemplate,
  type ParsedReportTemplate,
  punctuateRecipients,
  ReportPlaceholderError,
  ReportTemplate,
} from './buildReport';
export {
  checkDeclaredFigures,
  DeclaredFigure,
  DeclaredFigureMismatch,
  MismatchReason,
} from './checkDeclaredFigures';
export { checkNarrativeFigures, type NarrativeCheck } from './checkNarrativeFigures';
export { type Citation, type CitationMismatch, compareCitation, findCitations } from './citations';
export {
  CLASSIFICATION_REVIEW_OUTLINE,
  type ClassificationReportOptions,
  ClassificationReviewInput,
  classificationReview,
  classificationReviewBlocks,
  classificationReviewSummary,
  type PreparedClassificationReport,
  prepareClassificationReport,
} from './classificationReview';
export {
  ClassificationReviewFigures,
  classificationReviewFigures,
  classificationYears,
  RATING_LEVELS,
  RatingDistribution,
  type RatingLevel,
  RuleCases,
} from './classificationReviewFigures';
export { figureLabel, figureLabelIn } from './figureLabel';
export {
  FilledNarrative,
  FillNarrativeOptions,
  fillNarrative,
  PlaceholderError,
} from './fillNarrative';
export {
  FINDINGS_APPENDIX_TITLE,
  type FindingsMode,
  findingsAppendix,
  withFindings,
} from './findingsAppendix';
export { genericNarrative } from './genericNarrative';
export { missingFigures } from './missingFigures';
export { narrativeNamesOtherWard, type OtherWard } from './narrativeWard';
export {
  NQ21_INTERIM_REVIEW_OUTLINE,
  NQ21_INTERIM_REVIEW_SUMMARY,
  Nq21InterimReviewInput,
  nq21InterimReview,
  OutlineHeading,
} from './nq21InterimReview';
export {
  type ParsedReportMarkdown,
  parseReportMarkdown,
  ReportTextIssue,
} from './parseReportMarkdown';
export { finishReport, type PreparedReport, prepareReport, wardHeader } from './prepareReport';
export {
  definePlugin,
  RendererInfo,
  type RendererPlugin,
  selectRenderers,
} from './renderer';
export {
  describeGaps,
  type MissingFigure,
  type ReportGap,
  reportGaps,
  requireCompleteReport,
} from './reportGaps';
export {
  BilingualText,
  DocumentSymbol,
  FigureFinding,
  FigureRun,
  FootnoteRefBlock,
  formatDocumentSymbol,
  ParagraphBlock,
  ReportAppendix,
  ReportBlock,
  ReportFootnote,
  ReportHeader,
  ReportModel,
  ReportPart,
  ReportRun,
  ReportSection,
  ReportSignature,
  ReportSubsection,
  TableBlock,
  TextRun,
} from './reportModel';
export { ReportOutlineEntry, reportOutline } from './reportOutline';
export { REPORT_OUTLINES, type ReportOutlineKind } from './reportOutlines';
export {
  type BreakdownRow,
  type BreakdownTitleForm,
  breakdownCodes,
  breakdownRows,
  breakdownTitle,
  codeLabelPairs,
  MEMBER_BREAKDOWNS,
  type MemberBreakdown,
  type MovementRow,
  movementKey,
  movementRows,
  STATS_LABELS,
  type StructureLabelForm,
  type StructureRow,
  structureRows,
} from './statsBreakdowns';
export { StatsTableName, statsTable } from './statsTables';
export {
  type NarrativeFormat,
  type NarrativeText,
  type NarrativeTextProblem,
  templateFromText,
} from './templateFromText';
export {
  findTextFigures,
  TEXT_FIGURE_PATTERNS,
  type TextFigure,
  type TextFigurePattern,
} from './textFigures';
