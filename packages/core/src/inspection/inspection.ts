import { z } from 'zod';
import { IsoDate } from '../common/dates';
import { Code, Text } from '../common/fieldSchemas';
import { DisciplineForms, Findings, InspectionModes, SubjectTypes } from './codes';

/** Mode of inspection or supervision (hình thức). */
export const InspectionMode = InspectionModes.schema;
/** Mode of inspection or supervision (hình thức). */
export type InspectionMode = z.infer<typeof InspectionMode>;
/** Subject type (đối tượng): organisation or member. */
export const SubjectType = SubjectTypes.schema;
/** Subject type (đối tượng): organisation or member. */
export type SubjectType = z.infer<typeof SubjectType>;
/** Conclusion (kết luận). */
export const Finding = Findings.schema;
/** Conclusion (kết luận). */
export type Finding = z.infer<typeof Finding>;
/** Form of discipline (hình thức kỷ luật). */
export const DisciplineForm = DisciplineForms.schema;
/** Form of discipline (hình thức kỷ luật). */
export type DisciplineForm = z.infer<typeof DisciplineForm>;

/** Discipline forms that apply to a party organisation (QĐ 69-QĐ/TW, Điều 4). */
export const ORGANIZATION_DISCIPLINE_FORMS: ReadonlySet<DisciplineForm> = new Set<DisciplineForm>([
  'reprimand',
  'warning',
  'dissolution',
]);
/** Discipline forms that apply to a party member (QĐ 69-QĐ/TW, Điều 7). */
export const MEMBER_DISCIPLINE_FORMS: ReadonlySet<DisciplineForm> = new Set<DisciplineForm>([
  'reprimand',
  'warning',
  'dismissal',
  'expulsion',
]);

/**
 * An inspection or supervision of a party organisation or member (kiểm tra,
 * giám sát), with its conclusion and any discipline (kỷ luật). Data contract
 * §1.6, file `kiem-tra-giam-sat`.
 *
 * @see QĐ 296-QĐ/TW (30/5/2025) on process; QĐ 69-QĐ/TW (06/7/2022) on discipline
 */
export const Inspection = z
  .object({
    /** Number of the decision or plan (số văn bản), e.g. `15-QĐ/ĐU`. */
    ref: Text.optional(),
    /** Date of the decision or plan (ngày). */
    date: IsoDate,
    /** Mode (hình thức). */
    mode: InspectionMode,
    /** Subject type (đối tượng). */
    subjectType: SubjectType,
    /** Organisation code or member id (mã đối tượng). */
    subject: Code,
    /** What was inspected or supervised (nội dung). */
    content: Text.optional(),
    /** Conclusion (kết luận); `pending` until concluded. */
    finding: Finding.default('pending'),
    /** Discipline imposed (kỷ luật), if any. */
    discipline: DisciplineForm.optional(),
    /**
     * Date of the violation (ngày vi phạm), when known: the statute of
     * limitations of QĐ 69-QĐ/TW runs from it.
     */
    violationOn: IsoDate.optional(),
  })
  .meta({
    title: 'Inspection',
    description: 'Inspection or supervision (kiểm tra, giám sát), contract file kiem-tra-giam-sat.',
  });
/** An inspection or supervision (kiểm tra, giám sát). */
export type Inspection = z.infer<typeof Inspection>;
