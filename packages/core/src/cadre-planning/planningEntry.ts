import { z } from 'zod';
import { PartialDate } from '../common/dates';
import { Code, Text } from '../common/fieldSchemas';
import { Gender } from '../member/member';

/**
 * A planning term written `yyyy-yyyy` (nhiệm kỳ), such as `2025-2030`.
 */
export const PlanningTerm = z
  .string()
  .trim()
  .regex(/^\d{4}\s*-\s*\d{4}$/, { error: 'expected a term as yyyy-yyyy' })
  .refine(
    (term) => {
      const [start, end] = term.split('-').map((part) => Number(part.trim()));
      return start !== undefined && end !== undefined && end > start;
    },
    { error: 'the term must end after it starts', params: { code: 'invalid-value' } },
  )
  .meta({ description: 'Term as yyyy-yyyy.', examples: ['2025-2030'] });
/** A planning term (nhiệm kỳ). */
export type PlanningTerm = z.infer<typeof PlanningTerm>;

/**
 * A candidate in the cadre planning for a post and term (quy hoạch cán bộ).
 * A roster member is named by `memberId` (birth date and gender come from the
 * roster); a candidate who is not on the roster carries `fullName`,
 * `birthDate` and `gender`. Data contract §1.8, file `quy-hoach`.
 *
 * Each post takes at most 3 candidates per seat (`seats`: a post held by 2
 * people takes 6; when the entries of a post disagree, the largest `seats`
 * counts) and each candidate at most 3 posts.
 *
 * @see QĐ 377-QĐ/TW (08/10/2025); HD 45-HD/BTCTW (21/11/2025)
 */
export const PlanningEntry = z
  .object({
    /** Planning term (nhiệm kỳ). */
    term: PlanningTerm,
    /** The planned post (chức danh). */
    position: Text,
    /** The candidate's member id (mã đảng viên). */
    memberId: Code.optional(),
    /** Full name, for a candidate not on the roster (họ và tên). */
    fullName: Text.optional(),
    /** Birth date, for a candidate not on the roster (ngày sinh). */
    birthDate: PartialDate.optional(),
    /** Gender, for a candidate not on the roster (giới tính). */
    gender: Gender.optional(),
    /** How many people hold the post (số lượng chức danh), such as 2 deputy chairs; absent means 1. */
    seats: z.int().positive().optional(),
  })
  .meta({
    title: 'PlanningEntry',
    description: 'Cadre-planning entry (quy hoạch), contract file quy-hoach.',
  });
/** A candidate in the cadre planning (quy hoạch cán bộ). */
export type PlanningEntry = z.infer<typeof PlanningEntry>;
