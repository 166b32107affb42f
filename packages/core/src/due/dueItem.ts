import { z } from 'zod';
import { Count } from '../_internal/counts';
import { IsoDate } from '../common/dates';
import { Code } from '../common/fieldSchemas';
import { DisciplineForm } from '../inspection/inspection';
import { AgeInYearsMonths } from '../rules/schema';
import { DueKinds } from './codes';

/** What falls due (loại việc đến hạn); see {@link DueKinds} for each code. */
export const DueKind = DueKinds.schema;
/** What falls due (loại việc đến hạn). */
export type DueKind = z.infer<typeof DueKind>;

/** Every kind, in the order lists and counts show them. */
export const DUE_KINDS: readonly DueKind[] = DueKinds.codes;

/** Who an item is about: a member by id (mã đảng viên) or an organisation by code (mã tổ chức). */
export const DueSubject = z.discriminatedUnion('type', [
  z.object({ type: z.literal('member'), id: Code }),
  z.object({ type: z.literal('organization'), code: Code }),
]);
/** Who an item is about. */
export type DueSubject = z.infer<typeof DueSubject>;

/** The rules-registry entries a due item comes from (keys of `RuleSet`). */
export const DueRuleName = z.enum([
  'probation',
  'partyBadge',
  'retirementAge',
  'disciplineLimitation',
  'cellSize',
  'congressTerm',
]);
/** A rules-registry entry a due item comes from. */
export type DueRuleName = z.infer<typeof DueRuleName>;

/** The rule an item applies (quy định áp dụng): its registry entry and the version used. */
export const DueRule = z.object({
  /** The entry of the rules registry (`defaultRules.probation`, …). */
  name: DueRuleName,
  /** The regulation of the version applied, e.g. `Điều lệ Đảng 2011, Điều 5`. */
  regulation: z.string(),
  /** The first day that version applies. */
  effectiveFrom: IsoDate,
});
/** The rule an item applies. */
export type DueRule = z.infer<typeof DueRule>;

/**
 * One step of a date computation (bước tính ngày), applied in order to the
 * base date:
 *
 * - `add-months`: whole months (a day the month lacks becomes its last day,
 *   Bộ luật Dân sự 2015, Điều 148);
 * - `add-working-days`: working days on the holiday calendar named by `calendar`;
 * - `next-award-occasion`: the first award occasion (`mm-dd`) on or after the date;
 * - `end-of-month`: the last day of the month;
 * - `threshold`: the count of official members crosses `threshold` on that day.
 */
export const DueStep = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('add-months'),
    months: z.int(),
    /**
     * What the months are, e.g. `probation`, `milestone`, `party-age-gaps`,
     * `retirement-age`, `limitation-period`, `congress-term`.
     */
    reason: z.string(),
  }),
  z.object({ op: z.literal('add-working-days'), days: z.int(), calendar: z.string() }),
  z.object({ op: z.literal('next-award-occasion'), occasions: z.array(z.string()) }),
  z.object({ op: z.literal('end-of-month') }),
  z.object({
    op: z.literal('threshold'),
    threshold: z.int(),
    direction: z.enum(['below', 'reaching']),
  }),
]);
/** One step of a date computation. */
export type DueStep = z.infer<typeof DueStep>;

/**
 * How an item's date was computed (cách tính ngày): a base date from the data
 * and the steps applied to it. `base.field` names the data field
 * (`admittedOn`, `birthDate`, `violationOn`, `officialMembers`, `congressOn`).
 *
 * @example
 * // a probation end: admission + 12 months
 * { base: { field: 'admittedOn', date: '2025-09-02' },
 *   steps: [{ op: 'add-months', months: 12, reason: 'probation' }] }
 */
export const DueComputation = z.object({
  base: z.object({
    field: z.string(),
    date: IsoDate,
    /** Set when the data holds only a year, counted as 1 January (NĐ 135/2020, Điều 3). */
    assumed: z.literal('bare-year-as-1-january').optional(),
  }),
  steps: z.array(DueStep),
});
/** How an item's date was computed. */
export type DueComputation = z.infer<typeof DueComputation>;

const DueItemBase = z.object({
  /** The day it falls due (ngày đến hạn), ISO. */
  date: IsoDate,
  /** Who it is about: a member by id, or an organisation by code. */
  subject: DueSubject,
  /** The organisation concerned: the member's cell, or the organisation itself. */
  org: Code,
  /** Whether the date is before the window's `from` and the matter is still open (quá hạn). */
  overdue: z.boolean(),
  rule: DueRule,
  computation: DueComputation,
});

/**
 * One item falling due (việc đến hạn), a union on `kind` (see {@link DueKind})
 * with the facts each kind needs. Members are referenced by id only.
 */
export const DueItem = z.discriminatedUnion('kind', [
  DueItemBase.extend({ kind: z.literal('probation-end') }),
  DueItemBase.extend({
    kind: z.literal('recognition-deadline'),
    /** The day the probation ended; recognition takes effect from it. */
    probationEndsOn: IsoDate,
  }),
  DueItemBase.extend({
    kind: z.literal('party-badge'),
    /** Years of party age (mốc tuổi đảng): 30, 40, 45 … 90. */
    milestone: z.int().positive(),
    /** The day the milestone is reached; `date` is the award occasion on or after it. */
    reachedOn: IsoDate,
  }),
  DueItemBase.extend({
    kind: z.literal('retirement'),
    /** The retirement age that applies (tuổi nghỉ hưu). */
    age: AgeInYearsMonths,
    /** The day the age is reached; `date` is the last day of that month. */
    reachesAgeOn: IsoDate,
    /** First day of pension. */
    pensionFrom: IsoDate,
    /** Why the member is listed: a position held, cadre planning, or both. */
    because: z.array(z.enum(['position', 'planning'])).min(1),
  }),
  DueItemBase.extend({
    kind: z.literal('discipline-limitation'),
    /** The form whose period runs out (hình thức kỷ luật). */
    form: DisciplineForm,
    /** Row of the case in `dataset.inspections` (0-based). */
    caseIndex: Count,
    /** Date of the case's decision or plan. */
    caseDate: IsoDate,
  }),
  DueItemBase.extend({ kind: z.literal('new-member-course') }),
  DueItemBase.extend({
    kind: z.literal('cell-below-minimum'),
    /** Official members the day before, and on `date`. */
    officialMembers: z.object({ before: Count, after: Count }),
  }),
  DueItemBase.extend({
    kind: z.literal('cell-committee-size'),
    /** Official members the day before, and on `date`. */
    officialMembers: z.object({ before: Count, after: Count }),
  }),
  DueItemBase.extend({
    kind: z.literal('congress-term'),
    /** The day of the last congress the data holds (ngày đại hội). */
    congressOn: IsoDate,
    /** The term in months (nhiệm kỳ): 60 for 5 years, 30 for twice in 5 years. */
    termMonths: z.int().positive(),
    /** Where the term comes from: the organisation's `termYears`, or the rule. */
    termFrom: z.enum(['data', 'rule']),
    /**
     * The day the list starts showing it, `preparationMonths` of the rule
     * before `date` (chuẩn bị đại hội); `date`, the end of the term, may lie
     * after the window's `until`.
     */
    prepareFrom: IsoDate,
  }),
]);
/** One item falling due (việc đến hạn). */
export type DueItem = z.infer<typeof DueItem>;

/**
 * Everything falling due in a window (danh sách việc đến hạn): the window, the
 * items sorted by date, kind and subject, and how many of each kind.
 */
export const DueList = z.object({
  from: IsoDate,
  until: IsoDate,
  items: z.array(DueItem),
  counts: z.record(DueKind, Count),
});
/** Everything falling due in a window. */
export type DueList = z.infer<typeof DueList>;
