import type { ReportTemplate } from './buildReport';
import { CLASSIFICATION_REVIEW_OUTLINE, classificationReview } from './classificationReview';
import {
  NQ21_INTERIM_REVIEW_OUTLINE,
  type Nq21InterimReviewInput,
  nq21InterimReview,
  type OutlineHeading,
} from './nq21InterimReview';

/**
 * A kind of report with a fixed outline (loại báo cáo theo đề cương), chosen
 * in a Markdown narrative by `Mẫu:` and its name in {@link REPORT_OUTLINES}.
 */
export interface ReportOutlineKind {
  /** Other names `Mẫu:` accepts, matched ignoring case, diacritics and spaces. */
  readonly aliases: readonly string[];
  /** The headings of the outline in order, keyed `I`, `II.1`, `II.1.1`. */
  readonly outline: readonly OutlineHeading[];
  /**
   * Lays the ward's text, keyed by heading, into a report template; throws
   * a zod error naming a key that is not a heading of the outline.
   */
  readonly build: (input: Nq21InterimReviewInput) => ReportTemplate;
}

/**
 * The reports with a fixed outline, by the name `Mẫu:` gives in the front
 * matter of a Markdown narrative (các mẫu báo cáo có đề cương sẵn): `nq21`,
 * the interim review of Resolution 21-NQ/TW; `xep-loai`, the annual report
 * on the classification of organisations and members (its figures come
 * from `prepareClassificationReport`). Another kind of report is another
 * entry.
 *
 * @example
 * REPORT_OUTLINES.nq21.outline.find((h) => h.key === 'II.3')?.table // 'inspection'
 */
export const REPORT_OUTLINES = {
  nq21: {
    aliases: ['nq21 sơ kết', 'sơ kết nq21'],
    outline: NQ21_INTERIM_REVIEW_OUTLINE,
    build: nq21InterimReview,
  },
  'xep-loai': {
    aliases: ['xếp loại', 'xếp loại chất lượng', 'đánh giá xếp loại'],
    outline: CLASSIFICATION_REVIEW_OUTLINE,
    build: classificationReview,
  },
} as const satisfies Readonly<Record<string, ReportOutlineKind>>;
