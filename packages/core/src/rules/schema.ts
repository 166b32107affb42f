import { z } from 'zod';
import { IsoDate } from '../common/dates';
import { DisciplineForm } from '../inspection/inspection';

/**
 * How sure the project is of a rule's text (`docs/domain.md`): `confirmed`
 * (the text or a faithful quote was seen), `likely`, or `unsure`.
 */
export const RuleConfidence = z.enum(['confirmed', 'likely', 'unsure']);
/** How sure the project is of a rule's text. */
export type RuleConfidence = z.infer<typeof RuleConfidence>;

/** What every version of a rule carries: the regulation and when it takes effect. */
export const RuleVersionBase = z.object({
  /** The regulation, e.g. `NĐ 135/2020/NĐ-CP, Điều 4`. */
  regulation: z.string().min(1),
  /** The first day it applies. */
  effectiveFrom: IsoDate,
  /** How sure the project is of the text. */
  confidence: RuleConfidence,
  /** Anything a reader should know about this version. */
  note: z.string().optional(),
});

/** An age as years and months, as regulations write it (61 tuổi 6 tháng). */
export const AgeInYearsMonths = z.object({
  years: z.int().nonnegative(),
  months: z.int().min(0).max(11),
});
/** An age as years and months. */
export type AgeInYearsMonths = z.infer<typeof AgeInYearsMonths>;

/**
 * Age at admission (tuổi đời khi kết nạp): from `min` to `max`, counted in months.
 */
export const AdmissionAgeRule = RuleVersionBase.extend({
  minMonths: z.int().positive(),
  maxMonths: z.int().positive(),
});
/** Age at admission, counted in months. */
export type AdmissionAgeRule = z.infer<typeof AdmissionAgeRule>;

/** Length of probation (thời hạn dự bị) and the time allowed to decide recognition. */
export const ProbationRule = RuleVersionBase.extend({
  months: z.int().positive(),
  recognitionWorkingDays: z.int().nonnegative(),
});
/** Length of probation (thời hạn dự bị). */
export type ProbationRule = z.infer<typeof ProbationRule>;

/**
 * Normal retirement age by the year it is reached (tuổi nghỉ hưu); years after
 * the last row keep the last row's ages.
 */
export const RetirementAgeRule = RuleVersionBase.extend({
  /** Ages for years before the schedule's first row (the earlier law). */
  earlier: z.object({ male: AgeInYearsMonths, female: AgeInYearsMonths }),
  schedule: z
    .array(z.object({ year: z.int(), male: AgeInYearsMonths, female: AgeInYearsMonths }))
    .min(1),
});
/** Normal retirement age by year reached (tuổi nghỉ hưu). */
export type RetirementAgeRule = z.infer<typeof RetirementAgeRule>;

/**
 * Cap on "excellent" ratings (tỷ lệ hoàn thành xuất sắc nhiệm vụ): at most
 * `rate` of those rated good, or `raisedRate` where the competent level allows.
 * `base` says whether those rated excellent count in the base (the text is
 * ambiguous).
 */
export const ExcellentCapRule = RuleVersionBase.extend({
  rate: z.number().min(0).max(1),
  raisedRate: z.number().min(0).max(1),
  base: z.enum(['good', 'good-and-excellent']),
});
/** Cap on "excellent" ratings. */
export type ExcellentCapRule = z.infer<typeof ExcellentCapRule>;

/** Limits and age tests of cadre planning (quy hoạch cán bộ). */
export const PlanningRule = RuleVersionBase.extend({
  maxCandidatesPerPost: z.int().positive(),
  maxPostsPerCandidate: z.int().positive(),
  /** Months to retirement needed at the reference date, planned for the next term. */
  nextTermMinMonths: z.int().nonnegative(),
  /** Months to retirement needed for the longer-term pool. */
  longTermMinMonths: z.int().nonnegative(),
  /** Age reference month (`yyyy-mm`) by level of the body planned for. */
  ageReference: z.record(z.string(), z.string().regex(/^\d{4}-\d{2}$/)),
});
/** Limits and age tests of cadre planning. */
export type PlanningRule = z.infer<typeof PlanningRule>;

/** Party badge milestones (huy hiệu Đảng) and award occasions. */
export const PartyBadgeRule = RuleVersionBase.extend({
  milestones: z.array(z.int().positive()).min(1),
  occasions: z
    .array(z.object({ month: z.int().min(1).max(12), day: z.int().min(1).max(31) }))
    .min(1),
  /** How early badges up to `earlyThreshold` years may go to a seriously ill member, in months. */
  earlyMonths: z.int().nonnegative(),
  /** How early the larger badges may go to a seriously ill member, in months. */
  earlyMonthsLarge: z.int().nonnegative(),
  /** Milestone from which `earlyMonthsLarge` applies. */
  earlyThreshold: z.int().positive(),
});
/** Party badge milestones (huy hiệu Đảng). */
export type PartyBadgeRule = z.infer<typeof PartyBadgeRule>;

/**
 * Statute of limitations for discipline (thời hiệu xử lý kỷ luật), in months
 * by form; `null` means no limit.
 */
export const DisciplineLimitationRule = RuleVersionBase.extend({
  organization: z.object({
    reprimand: z.int().positive(),
    warning: z.int().positive(),
    dissolution: z.int().positive().nullable(),
  }),
  member: z.object({
    reprimand: z.int().positive(),
    warning: z.int().positive(),
    dismissal: z.int().positive(),
    expulsion: z.int().positive().nullable(),
  }),
});
/** Statute of limitations for discipline (thời hiệu). */
export type DisciplineLimitationRule = z.infer<typeof DisciplineLimitationRule>;

/**
 * Which discipline forms fit the member disciplined (hình thức kỷ luật đối
 * với đảng viên): a probationary member (đảng viên dự bị) can only be given
 * the `probationaryMember` forms, and the `postRequired` forms (cách chức)
 * only fit a member who holds a post on the decision date.
 */
export const DisciplineFormsRule = RuleVersionBase.extend({
  probationaryMember: z.array(DisciplineForm).min(1),
  postRequired: z.array(DisciplineForm),
});
/** Which discipline forms fit the member disciplined. */
export type DisciplineFormsRule = z.infer<typeof DisciplineFormsRule>;

/**
 * Who is rated in the annual classification (phạm vi đánh giá): members
 * admitted fewer than `newMemberMonths` months before the end of the year are
 * not rated.
 */
export const RatingScopeRule = RuleVersionBase.extend({
  newMemberMonths: z.int().nonnegative(),
});
/** Who is rated in the annual classification. */
export type RatingScopeRule = z.infer<typeof RatingScopeRule>;

/**
 * Public holidays (ngày nghỉ lễ, Tết) for counting working days: each year's
 * days off as the government announces them, Tết included, and the weekend
 * days worked in exchange (ngày làm bù). A year not in `years` counts only
 * weekends and the `fixed` solar holidays. A ward can add a year to its copy.
 */
export const HolidaysRule = RuleVersionBase.extend({
  /** Solar holidays (month and day) for a year with no list: 1/1, 30/4, 1/5, 2/9. */
  fixed: z.array(z.object({ month: z.int().min(1).max(12), day: z.int().min(1).max(31) })).min(1),
  /** Each listed year (`'2026'`): its announcement, days off and weekend days worked. */
  years: z.record(
    z.string().regex(/^\d{4}$/),
    z.object({
      source: z.string().min(1),
      confidence: RuleConfidence,
      /** Every day of each break (weekends inside a break may be listed too). */
      daysOff: z.array(IsoDate),
      /** Saturdays or Sundays worked for a swapped day (ngày làm bù). */
      workedWeekendDays: z.array(IsoDate).optional(),
    }),
  ),
});
/** Public holidays by year, for counting working days. */
export type HolidaysRule = z.infer<typeof HolidaysRule>;

/**
 * Size thresholds of a cell (chi bộ), counted in official members (đảng viên
 * chính thức): a cell needs at least `minOfficialMembers`, and from
 * `committeeOfficialMembers` it elects a cell committee (chi ủy).
 */
export const CellSizeRule = RuleVersionBase.extend({
  minOfficialMembers: z.int().positive(),
  committeeOfficialMembers: z.int().positive(),
});
/** Size thresholds of a cell (chi bộ). */
export type CellSizeRule = z.infer<typeof CellSizeRule>;

/**
 * Term of a congress (nhiệm kỳ đại hội) of the organisations a ward keeps:
 * `months` by kind of organisation (đảng bộ cơ sở, chi bộ cơ sở, chi bộ trực
 * thuộc), counted from the day of the last congress, and `preparationMonths`,
 * how long before the term ends the due list starts showing it so that the
 * congress can be prepared (chuẩn bị đại hội).
 */
export const CongressTermRule = RuleVersionBase.extend({
  months: z.object({
    'grassroots-committee': z.int().positive(),
    'grassroots-cell': z.int().positive(),
    'subordinate-cell': z.int().positive(),
  }),
  preparationMonths: z.int().nonnegative(),
});
/** Term of a congress (nhiệm kỳ đại hội). */
export type CongressTermRule = z.infer<typeof CongressTermRule>;

/**
 * A document of the Party or the State that reports cite (văn bản được dẫn
 * chiếu): its number and symbol as printed (`50-CT/TW`), its kind (`Chỉ
 * thị`, `Nghị quyết`, `Quy định`, `Hướng dẫn`, …), the date of issue, a
 * short title, the issuing body and where the date was checked. The report
 * check compares the date a narrative cites with this one
 * (`checkCitations`). Numbers start again with each term (khóa), so two
 * documents may share a symbol; list each with its own date.
 *
 * @example
 * CitedDocument.parse({
 *   symbol: '50-CT/TW', kind: 'Chỉ thị', date: '2025-07-23', issuer: 'Ban Bí thư',
 *   title: 'đổi mới, nâng cao chất lượng sinh hoạt chi bộ', source: 'docs/domain.md §7', confidence: 'confirmed',
 * })
 */
export const CitedDocument = z.object({
  /** Number and symbol as printed after `số`, e.g. `50-CT/TW`, `42-HD/BTCTW`. */
  symbol: z.string().regex(/^\d+-[A-ZĐ]+\/[A-ZĐ0-9]+$/u),
  /** Kind of document (loại văn bản), e.g. `Chỉ thị`, `Quy định`. */
  kind: z.string().min(1),
  /** Date of issue (ngày ban hành). */
  date: IsoDate,
  /** Short title (trích yếu), in Vietnamese. */
  title: z.string().min(1),
  /** Issuing body (cơ quan ban hành), e.g. `Ban Bí thư`, where the source names it. */
  issuer: z.string().min(1).optional(),
  /** Where the date was checked. */
  source: z.string().min(1),
  confidence: RuleConfidence,
});
/** A document that reports cite, with its date of issue. */
export type CitedDocument = z.infer<typeof CitedDocument>;

/** Versions of one rule, oldest first. */
function versions<T extends z.ZodType>(rule: T) {
  return z.array(rule).min(1);
}

/**
 * Every rule the Party revises, each as a list of dated versions, and the
 * documents reports cite (`documents`). Pass a changed copy to a
 * computation to apply a newer regulation without a release.
 */
export const RuleSet = z.object({
  admissionAge: versions(AdmissionAgeRule),
  probation: versions(ProbationRule),
  retirementAge: versions(RetirementAgeRule),
  excellentCap: versions(ExcellentCapRule),
  ratingScope: versions(RatingScopeRule),
  planning: versions(PlanningRule),
  partyBadge: versions(PartyBadgeRule),
  disciplineLimitation: versions(DisciplineLimitationRule),
  disciplineForms: versions(DisciplineFormsRule),
  holidays: versions(HolidaysRule),
  cellSize: versions(CellSizeRule),
  congressTerm: versions(CongressTermRule),
  /**
   * The documents reports cite, with their dates (danh mục văn bản): not
   * versioned, each document carries its own date. A rule set written
   * without it has none.
   */
  documents: z.array(CitedDocument).default([]),
});
/** Every versioned rule of the domain. */
export type RuleSet = z.infer<typeof RuleSet>;
