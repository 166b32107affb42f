import { z } from 'zod';
import { Code } from '../common/fieldSchemas';
import { SubjectType } from '../inspection/inspection';
import { Ratings } from './codes';

/** Annual quality rating (xếp loại). */
export const Rating = Ratings.schema;
/** Annual quality rating (xếp loại). */
export type Rating = z.infer<typeof Rating>;

/**
 * The annual quality classification of an organisation or a member
 * (đánh giá, xếp loại chất lượng hằng năm). Data contract §1.9, file `xep-loai`.
 *
 * The number rated excellent is capped at 20% of those rated good (25% where
 * the competent level allows); members admitted less than 6 months before and
 * exempt members are not rated.
 *
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 5 and 11; HD 43-HD/BTCTW (31/10/2025)
 */
export const Classification = z
  .object({
    /** Year assessed (năm). */
    year: z.int().min(1930).max(2200),
    /** Organisation or member (đối tượng). */
    subjectType: SubjectType,
    /** Organisation code or member id (mã). */
    subject: Code,
    /** Rating (xếp loại). */
    rating: Rating,
    /**
     * Score on the 100-point framework (điểm), optional: a rating above the
     * band its score allows is a finding of the classification report
     * (see `ratingAllowedByScore`).
     */
    score: z.number().min(0).max(100).optional(),
  })
  .meta({
    title: 'Classification',
    description: 'Annual classification (xếp loại), contract file xep-loai.',
  });
/** An annual quality classification (xếp loại chất lượng). */
export type Classification = z.infer<typeof Classification>;
