import { z } from 'zod';
import { Count } from '../_internal/counts';
import { addMonths, formatIsoDate, IsoDate, toCalendarDate } from '../common/dates';
import { Code, Text } from '../common/fieldSchemas';
import type { Dataset } from '../dataset/dataset';
import { defaultRules } from '../rules/defaultRules';
import type { RuleSet } from '../rules/schema';
import { selectRule } from '../rules/selectRule';
import { DisciplineForms, InspectionModes } from './codes';
import {
  DisciplineForm,
  type Inspection,
  InspectionMode,
  MEMBER_DISCIPLINE_FORMS,
  ORGANIZATION_DISCIPLINE_FORMS,
  SubjectType,
} from './inspection';

/**
 * The statute of limitations of one discipline form for a case (thời hiệu xử
 * lý kỷ luật theo hình thức).
 */
export const LimitationPeriod = z.object({
  /** The discipline form (hình thức kỷ luật). */
  form: DisciplineForm,
  /** Length of the period in months; `null` when the form has no limit (không áp dụng thời hiệu). */
  months: z.int().positive().nullable(),
  /**
   * Last day of the period (ISO): `months` after the violation, or the last
   * day of that month when it has no such day. `null` when the form has no
   * limit or the violation date is unknown.
   */
  deadline: IsoDate.nullable(),
  /**
   * Whether the form can still be imposed on the reference date (còn thời
   * hiệu): always for a form without limit; `null` when it has a limit and the
   * violation date is unknown.
   */
  open: z.boolean().nullable(),
});
/** The statute of limitations of one discipline form for a case. */
export type LimitationPeriod = z.infer<typeof LimitationPeriod>;

/**
 * The statute of limitations of a case (thời hiệu xử lý kỷ luật): one period
 * per discipline form that applies to the subject, in the order of
 * {@link DisciplineForms}. Organisations: reprimand, warning, dissolution;
 * members: reprimand, warning, removal from post, expulsion.
 *
 * @see QĐ 69-QĐ/TW (06/7/2022), Điều 4 (organisations) and Điều 7 (members)
 * @example
 * // a violation on 2020-03-15
 * const limitation: DisciplineLimitation = disciplineLimitation(inspection, '2026-03-01');
 * limitation.forms[0] // { form: 'reprimand', months: 60, deadline: '2025-03-15', open: false }
 */
export const DisciplineLimitation = z.object({
  /** Subject type (đối tượng). */
  subjectType: SubjectType,
  /** Organisation code or member id (mã đối tượng). */
  subject: Code,
  /** Whether the violation date is known, so that deadlines could be computed. */
  known: z.boolean(),
  /** Why the limitation cannot be computed, when `known` is false. */
  reason: z.enum(['violation-date-unknown']).optional(),
  /** Date of the violation (ngày vi phạm), when known. */
  violationOn: IsoDate.optional(),
  /** The reference date the periods are judged on (ISO). */
  asOf: IsoDate,
  /** The regulation of the rule version applied. */
  regulation: z.string(),
  /** One period per form that applies to the subject. */
  forms: z.array(LimitationPeriod),
});
/** The statute of limitations of a case. */
export type DisciplineLimitation = z.infer<typeof DisciplineLimitation>;

/**
 * The statute of limitations (thời hiệu xử lý kỷ luật) of an inspection case
 * on `asOf`, for every discipline form that applies to its subject. The rule
 * version in force on `asOf` is used.
 *
 * The period runs from the violation (`violationOn`): its last day is the
 * same day `months` later, or the last day of that month when it has no such
 * day (Bộ luật Dân sự 2015, Điều 147–148), and the form is still open when
 * `asOf` is on or before that day. A form without limit (dissolution,
 * expulsion) is always open. When `violationOn` is absent the deadlines
 * cannot be computed: `known` is false, `reason` is `violation-date-unknown`,
 * and forms with a limit have `deadline` and `open` `null`.
 *
 * Not modelled (the data does not carry them): a new violation within the
 * period restarts it; violations of internal political security, defence,
 * security or foreign affairs, and the use of illegal diplomas, have no limit.
 *
 * @param inspection - The case; its finding is not read (any case can be asked).
 * @param asOf - The reference date (ISO `yyyy-mm-dd`).
 * @param rules - The rule set; only `disciplineLimitation` is read. Defaults to {@link defaultRules}.
 * @see QĐ 69-QĐ/TW (06/7/2022), Điều 4 and 7; Bộ luật Dân sự 2015, Điều 147–148
 * @example
 * const result = disciplineLimitation(
 *   { date: '2026-01-10', mode: 'inspection-on-signs', subjectType: 'member', subject: 'DV0001',
 *     finding: 'pending', violationOn: '2021-03-15' },
 *   '2026-03-01',
 * );
 * result.forms.map((f) => [f.form, f.deadline, f.open]);
 * // [['reprimand', '2026-03-15', true], ['warning', '2031-03-15', true],
 * //  ['dismissal', '2031-03-15', true], ['expulsion', null, true]]
 */
export function disciplineLimitation(
  inspection: Pick<Inspection, 'subjectType' | 'subject' | 'violationOn'>,
  asOf: string,
  rules: Pick<RuleSet, 'disciplineLimitation'> = defaultRules,
): DisciplineLimitation {
  const rule = selectRule(rules.disciplineLimitation, asOf);
  const periods: Partial<Record<DisciplineForm, number | null>> =
    inspection.subjectType === 'organization' ? rule.organization : rule.member;
  const applies =
    inspection.subjectType === 'organization'
      ? ORGANIZATION_DISCIPLINE_FORMS
      : MEMBER_DISCIPLINE_FORMS;
  const violation =
    inspection.violationOn === undefined ? undefined : toCalendarDate(inspection.violationOn);

  const forms: LimitationPeriod[] = [];
  for (const form of DisciplineForms.codes) {
    if (!applies.has(form)) continue;
    const months = periods[form] ?? null;
    if (months === null) {
      forms.push({ form, months: null, deadline: null, open: true });
    } else if (violation === undefined) {
      forms.push({ form, months, deadline: null, open: null });
    } else {
      const deadline = formatIsoDate(addMonths(violation, months));
      forms.push({ form, months, deadline, open: asOf <= deadline });
    }
  }

  return {
    subjectType: inspection.subjectType,
    subject: inspection.subject,
    known: violation !== undefined,
    ...(violation === undefined
      ? { reason: 'violation-date-unknown' as const }
      : { violationOn: inspection.violationOn }),
    asOf,
    regulation: rule.regulation,
    forms,
  };
}

/**
 * A pending case (vụ việc chưa kết luận) with its statute of limitations:
 * {@link DisciplineLimitation} plus the record it comes from.
 *
 * @see QĐ 69-QĐ/TW (06/7/2022), Điều 4 and 7; QĐ 296-QĐ/TW (30/5/2025)
 * @example
 * const [first]: PendingCase[] = pendingCases(dataset, '2026-03-01');
 * first?.index // 3, the row in `dataset.inspections`
 */
export const PendingCase = DisciplineLimitation.extend({
  /** Position of the record in `dataset.inspections` (0-based). */
  index: Count,
  /** Number of the decision or plan (số văn bản). */
  ref: Text.optional(),
  /** Date of the decision or plan (ngày). */
  date: IsoDate,
  /** Mode (hình thức). */
  mode: InspectionMode,
});
/** A pending case with its statute of limitations. */
export type PendingCase = z.infer<typeof PendingCase>;

/** Pending cases, sorted by date then row. */
export const PendingCases = z.array(PendingCase);
/** Pending cases, sorted by date then row. */
export type PendingCases = z.infer<typeof PendingCases>;

/**
 * The pending cases (vụ việc chưa kết luận: finding `pending`) dated on or
 * before `asOf`, each with its statute of limitations on `asOf` (see
 * {@link disciplineLimitation}), sorted by date, then by row.
 *
 * Every mode counts by default, supervision included, as the data contract
 * gives an empty conclusion the code `pending` whatever the mode; pass `modes`
 * (e.g. `['inspection', 'inspection-on-signs']`) to keep only inspections.
 *
 * @param dataset - The parsed dataset; only `inspections` is read.
 * @param asOf - The reference date (ISO `yyyy-mm-dd`); later records are left out.
 * @param options - `rules` (only `disciplineLimitation` is read; defaults to {@link defaultRules}) and `modes`.
 * @see QĐ 69-QĐ/TW (06/7/2022), Điều 4 and 7; QĐ 296-QĐ/TW (30/5/2025)
 * @example
 * pendingCases(dataset, '2026-03-01', { modes: ['inspection-on-signs'] })
 *   .filter((c) => c.forms.some((f) => f.form === 'reprimand' && f.open === false));
 * // cases where a reprimand can no longer be imposed
 */
export function pendingCases(
  dataset: Pick<Dataset, 'inspections'>,
  asOf: string,
  options: {
    rules?: Pick<RuleSet, 'disciplineLimitation'>;
    modes?: readonly InspectionMode[];
  } = {},
): PendingCases {
  const { rules = defaultRules, modes = InspectionModes.codes } = options;
  const wanted = new Set<InspectionMode>(modes);
  const cases: PendingCase[] = [];
  dataset.inspections.forEach((record, index) => {
    if (record.finding !== 'pending' || record.date > asOf || !wanted.has(record.mode)) return;
    cases.push({
      index,
      ...(record.ref === undefined ? {} : { ref: record.ref }),
      date: record.date,
      mode: record.mode,
      ...disciplineLimitation(record, asOf, rules),
    });
  });
  return cases.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
}
