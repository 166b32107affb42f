import { z } from 'zod';
import type { PlanningLevel } from '../cadre-planning/ageReferenceDate';
import { PlanningStats, planningStats } from '../cadre-planning/planningStats';
import { PlanningViolations, planningViolations } from '../cadre-planning/planningViolations';
import {
  ClassificationRuleChecks,
  classificationRuleChecks,
} from '../classification/classificationRuleChecks';
import { ClassificationStats, classificationStats } from '../classification/classificationStats';
import { ExcellentCapByYear, excellentCapByYear } from '../classification/excellentCap';
import { addMonths, formatIsoDate, IsoDate, toCalendarDate } from '../common/dates';
import { parseWindow, windowSchema } from '../common/window';
import { COLLECTION_NAMES, type CollectionName, type Dataset } from '../dataset/dataset';
import { pendingCases } from '../inspection/disciplineLimitation';
import { InspectionStats, inspectionStats } from '../inspection/inspectionStats';
import { badgesDue } from '../member/partyBadge';
import { PositionStats, positionStats } from '../member/positionStats';
import { dueForRecognition } from '../member/probation';
import { retirementsDue } from '../member/retirementsDue';
import { Ward } from '../organization/organization';
import { OrganizationsFounded, organizationsFounded } from '../organization/organizationsFounded';
import { defaultRules } from '../rules/defaultRules';
import type { RuleSet } from '../rules/schema';
import {
  NewMembersWithoutCourse,
  newMembersWithoutCourse,
} from '../training/newMembersWithoutCourse';
import { TheoryLevelsGained, theoryLevelsGained } from '../training/theoryLevelsGained';
import { TrainingStats, trainingStats } from '../training/trainingStats';
import { ContractStats, contractStatsOf, datedDataset } from './contractStats';

/** Options of {@link computeStats}: the window and how far ahead to look. */
export const StatsOptions = windowSchema({
  /** Level of the committee for the age reference of cadre planning; default `commune` (ward). */
  planningLevel: z
    .enum(['grassroots', 'above-grassroots', 'commune', 'province', 'state'])
    .optional(),
  /**
   * Date of the annual review of cadre planning (ngày rà soát quy hoạch): the
   * 60/120-month tests are made again at it (`reviewDate` of planningStats);
   * default none, the terms' age reference dates.
   */
  planningReviewDate: IsoDate.optional(),
  /** Months after `asOf` for the `upcoming` counts; default 12. */
  horizonMonths: z.int().positive().optional(),
});
/** Options of {@link computeStats}, besides the rule set. */
export type StatsOptions = z.infer<typeof StatsOptions>;

/**
 * Everything `party stats --json` prints (thống kê số liệu): the keys of data
 * contract §3 (`asOf`, `organizations`, `members`, `movements`) and the
 * project's own keys, documented in `docs/stats.md`:
 *
 * - `from`: first day of the period;
 * - `ward`: the ward's names, area and population from `don-vi`;
 * - `records`: how many records of each kind the dataset holds (a kind with 0
 *   had no file: reports say so rather than invent figures);
 * - `upcoming`: probationary members due for recognition, badges and
 *   retirements in the `horizonMonths` after `asOf`;
 * - `positions`, `inspection`, `training`, `planning`, `classification`.
 */
export const Stats = ContractStats.extend({
  /** The contract's organisation figures, plus those founded in the period (`founded`). */
  organizations: ContractStats.shape.organizations.extend({ founded: OrganizationsFounded }),
  from: z.string(),
  /** The ward itself as the data describes it (names, area, population), for report text. */
  ward: Ward,
  records: z.object(
    Object.fromEntries(COLLECTION_NAMES.map((name) => [name, z.int()])) as {
      [K in CollectionName]: z.ZodInt;
    },
  ),
  upcoming: z.object({
    until: z.string(),
    recognition: z.int(),
    recognitionOverdue: z.int(),
    badges: z.record(z.string(), z.int()),
    retirements: z.int(),
  }),
  positions: PositionStats,
  inspection: InspectionStats.extend({
    pendingCases: z.int(),
    pendingPastReprimandLimitation: z.int(),
  }),
  training: z.object({
    attendance: TrainingStats,
    newMembersWithoutCourse: NewMembersWithoutCourse,
    theoryLevelsGained: TheoryLevelsGained,
  }),
  planning: z.object({ stats: PlanningStats, violations: PlanningViolations }),
  classification: z.object({
    distribution: ClassificationStats,
    excellentCap: ExcellentCapByYear,
    ruleChecks: ClassificationRuleChecks,
  }),
});
/** Everything `party stats --json` prints. */
export type Stats = z.infer<typeof Stats>;

/**
 * Computes every figure of a ward's reports from a valid dataset, as of
 * `asOf`, with movements and activity from `from` to `asOf` inclusive. Pure:
 * no clock, no IO; the same input always gives the same output. Each part
 * comes from a small exported function that can also be used alone.
 *
 * Throws {@link InvalidArgumentError} when `asOf` or `from` is not an ISO
 * date or `from` is after `asOf`.
 *
 * @example
 * const stats = computeStats(dataset, { asOf: '2026-03-01', from: '2025-07-01' });
 * stats.members.total // 1239
 * stats.movements.net // 23
 */
export function computeStats(
  source: Dataset,
  options: StatsOptions,
  rules: RuleSet = defaultRules,
): Stats {
  const {
    asOf,
    from,
    planningLevel,
    planningReviewDate,
    horizonMonths = 12,
  } = parseWindow(StatsOptions, options);
  const window = { asOf, from };
  const dated = datedDataset(source, window);
  const dataset = dated.onDate;
  const until = formatIsoDate(addMonths(toCalendarDate(asOf), horizonMonths));

  const recognition = dueForRecognition(dataset.members, asOf, until, rules);
  const badges: Record<string, number> = {};
  for (const badge of badgesDue(dataset.members, asOf, until, rules)) {
    badges[badge.milestone] = (badges[badge.milestone] ?? 0) + 1;
  }
  const pending = pendingCases(dataset, asOf, { rules });
  const level: PlanningLevel | undefined = planningLevel;
  const planningOptions = {
    rules,
    asOf,
    ...(level === undefined ? {} : { level }),
    ...(planningReviewDate === undefined ? {} : { reviewDate: planningReviewDate }),
  };

  const contract = contractStatsOf(dated, window);
  return {
    ...contract,
    organizations: {
      ...contract.organizations,
      founded: organizationsFounded(source.organizations, { from, asOf }),
    },
    from,
    ward: dataset.ward,
    records: Object.fromEntries(
      COLLECTION_NAMES.map((name) => [name, source[name].length]),
    ) as Stats['records'],
    upcoming: {
      until,
      recognition: recognition.length,
      recognitionOverdue: recognition.filter((p) => p.overdue).length,
      badges,
      retirements: retirementsDue(dataset.members, asOf, until, rules).length,
    },
    positions: positionStats(dataset, asOf),
    inspection: {
      ...inspectionStats(dataset, window),
      pendingCases: pending.length,
      pendingPastReprimandLimitation: pending.filter((c) =>
        c.forms.some((f) => f.form === 'reprimand' && f.open === false),
      ).length,
    },
    training: {
      attendance: trainingStats(dataset, window),
      newMembersWithoutCourse: newMembersWithoutCourse(dataset, asOf),
      theoryLevelsGained: theoryLevelsGained(dataset, window),
    },
    planning: {
      stats: planningStats(dataset, planningOptions),
      violations: planningViolations(dataset, planningOptions),
    },
    classification: {
      distribution: classificationStats(dataset),
      excellentCap: excellentCapByYear(dataset, { rules }),
      ruleChecks: classificationRuleChecks(dataset),
    },
  };
}
