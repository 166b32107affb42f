import { z } from 'zod';
import { compareText } from '../_internal/compare';
import { completedMonths, IsoDate, toCalendarDate } from '../common/dates';
import { percentOf } from '../common/percent';
import type { Dataset } from '../dataset/dataset';
import { InvalidArgumentError } from '../errors';
import { completedYears } from '../member/age';
import { Gender } from '../member/member';
import { Retirement, retirement } from '../member/retirement';
import { defaultRules } from '../rules/defaultRules';
import type { PlanningRule, RetirementAgeRule, RuleSet } from '../rules/schema';
import { latestRule, selectRule } from '../rules/selectRule';
import { ageBandIndex, ageBandLabels } from './_internal/ageBands';
import { postKey, postSeats } from './_internal/postSeats';
import {
  AgeReference,
  ageReferenceDate,
  DEFAULT_PLANNING_LEVEL,
  PlanningLevel,
} from './ageReferenceDate';
import {
  CandidateEthnicity,
  CandidateSource,
  type PlanningCandidate,
  planningCandidates,
} from './planningCandidates';

/**
 * Default age under which a candidate counts as young (cán bộ trẻ), in
 * completed years at the reference date: QĐ 50-QĐ/TW (2021) counted under 40
 * for provincial and district levels; QĐ 377 leaves the ratios of commune
 * and ward planning to the provincial standing committee, so it is an option.
 */
export const DEFAULT_YOUNG_UNDER = 40;

/**
 * Default boundaries of the age structure (cơ cấu 3 độ tuổi): under 40,
 * 40–49, 50 and over. No current numeric rule was found (domain.md §3), so
 * it is an option.
 */
export const DEFAULT_PLANNING_AGE_BANDS: readonly number[] = [40, 50];

/**
 * Age counts by band (cơ cấu độ tuổi), keyed by band label in ascending age:
 * with the default boundaries `under-40`, `40-49`, `50-plus`. Every band is
 * listed, zero included.
 */
export const PlanningAgeBands = z.record(z.string(), z.int().nonnegative());
/** Age counts by band. */
export type PlanningAgeBands = z.infer<typeof PlanningAgeBands>;

/** Counts by gender, ethnicity, youth and age band, shared by posts and terms. */
const StructureCounts = {
  /** Distinct candidates. */
  count: z.int().nonnegative(),
  /** Women (nữ). */
  women: z.int().nonnegative(),
  /** Men (nam); `women + men = count`. */
  men: z.int().nonnegative(),
  /** Ethnic minorities (dân tộc thiểu số); unknown ethnicity is not counted. */
  minority: z.int().nonnegative(),
  /** Young cadres (cán bộ trẻ): under `youngUnder` years at the reference date. */
  young: z.int().nonnegative(),
  /** Age structure at the reference date; the bands sum to `count`. */
  ageBands: PlanningAgeBands,
  /** Number of bands with at least one candidate ("3 độ tuổi" when it equals 3). */
  distinctAgeBands: z.int().nonnegative(),
};

/**
 * The candidates planned for one post in one term (chức danh quy hoạch) and
 * their structure.
 */
export const PlanningPostStats = z.object({
  /** The post as written (chức danh). */
  position: z.string(),
  /**
   * How many people hold the post (số lượng chức danh): the largest `seats`
   * among its entries, 1 when none gives it. The candidate limit is per seat.
   */
  seats: z.int().positive(),
  /** The candidates' keys, sorted: member ids, or `off-roster:…` keys. */
  candidates: z.array(z.string()),
  ...StructureCounts,
});
/** The candidates planned for one post in one term. */
export type PlanningPostStats = z.infer<typeof PlanningPostStats>;

/**
 * One candidate in one term (nhân sự quy hoạch): age at the reference date,
 * retirement under NĐ 135/2020, and the 60- and 120-month tests of HD 45 at
 * the term's `testedOn` date.
 */
export const PlanningCandidateStats = z.object({
  /** Member id, or `off-roster:…` key. */
  candidate: z.string(),
  /** Roster member or not. */
  source: CandidateSource,
  /** Gender (giới tính). */
  gender: Gender,
  /** Kinh, minority, or unknown (off-roster). */
  ethnicity: CandidateEthnicity,
  /** Age in completed years at the reference date (tuổi tại thời điểm tính tuổi). */
  age: z.int(),
  /** The age band at the reference date. */
  ageBand: z.string(),
  /** Under `youngUnder` at the reference date. */
  young: z.boolean(),
  /** Normal retirement (NĐ 135/2020). */
  retirement: Retirement,
  /**
   * Completed months of work left (số tháng công tác còn lại): from the date
   * the tests are made at to the first day of pension (the day after the
   * retirement date), so the retirement month itself counts.
   */
  monthsToRetirement: z.int(),
  /** "Đối tượng 1" (next term): at least `nextTermMinMonths` months to retirement. */
  nextTerm: z.boolean(),
  /** "Đối tượng 2" (longer term): at least `longTermMinMonths` months to retirement. */
  longTerm: z.boolean(),
  /** Number of posts the candidate is planned for in the term. */
  posts: z.int().positive(),
  /** Those posts, sorted. */
  positions: z.array(z.string()),
});
/** One candidate in one term. */
export type PlanningCandidateStats = z.infer<typeof PlanningCandidateStats>;

/** The planning of one term (quy hoạch nhiệm kỳ): posts, candidates and structure. */
export const PlanningTermStats = z.object({
  /** Planning term, canonical `yyyy-yyyy` (nhiệm kỳ). */
  term: z.string(),
  /** The date ages are counted at. */
  ageReference: AgeReference,
  /**
   * The date the 60/120-month tests are made at (ngày rà soát): the later of
   * the age reference date and the review date asked for, or the age
   * reference date when none is asked for.
   */
  testedOn: IsoDate,
  ...StructureCounts,
  /** Distinct candidates not on the roster. */
  offRoster: z.int().nonnegative(),
  /** Shares of distinct candidates, in percent with one decimal (percentOf). */
  shares: z.object({ women: z.number(), young: z.number(), minority: z.number() }),
  /** Distinct (post, candidate) pairs. */
  assignments: z.int().nonnegative(),
  /** Average posts per candidate (`assignments / count`, two decimals; 0 with no candidate). */
  postsPerCandidate: z.number().nonnegative(),
  /** Posts, sorted by name. */
  posts: z.array(PlanningPostStats),
  /** Candidates, sorted by key. */
  candidates: z.array(PlanningCandidateStats),
});
/** The planning of one term. */
export type PlanningTermStats = z.infer<typeof PlanningTermStats>;

/** Cadre-planning statistics (thống kê quy hoạch cán bộ), term by term. */
export const PlanningStats = z.object({
  /** Level of the body planned for (sets the age reference month). */
  level: PlanningLevel,
  /** The planning rule applied (limits and month tests). */
  regulation: z.string(),
  /** Months to retirement needed for "đối tượng 1". */
  nextTermMinMonths: z.int().nonnegative(),
  /** Months to retirement needed for "đối tượng 2". */
  longTermMinMonths: z.int().nonnegative(),
  /** Age under which a candidate counts as young. */
  youngUnder: z.int().positive(),
  /** Boundaries of the age bands, ascending. */
  ageBandBoundaries: z.array(z.int().positive()),
  /** Planning entries read. */
  entries: z.int().nonnegative(),
  /** Entries whose candidate could not be resolved (skipped). */
  unresolved: z.int().nonnegative(),
  /** Entries repeating a term, post and candidate (counted once). */
  duplicates: z.int().nonnegative(),
  /** Terms, sorted. */
  terms: z.array(PlanningTermStats),
});
/** Cadre-planning statistics. */
export type PlanningStats = z.infer<typeof PlanningStats>;

/** Options of {@link planningStats}. */
export interface PlanningStatsOptions {
  /** Level of the body planned for; default `commune` (the ward committee). */
  readonly level?: PlanningLevel;
  /** Rule set; default `defaultRules`. */
  readonly rules?: RuleSet;
  /** Date that selects the rule versions (ISO); default the dataset's `asOf`, else the newest. */
  readonly asOf?: string;
  /** Age under which a candidate is young; default {@link DEFAULT_YOUNG_UNDER}. */
  readonly youngUnder?: number;
  /** Age band boundaries, ascending; default {@link DEFAULT_PLANNING_AGE_BANDS}. */
  readonly ageBands?: readonly number[];
  /**
   * Date of an annual review of the planning (rà soát, bổ sung quy hoạch
   * hằng năm, ISO): the 60/120-month tests are made again at it (HD 45 §5.2).
   * Default: none, the tests are made at the term's age reference date.
   */
  readonly reviewDate?: string;
}

/**
 * The rule that gives the age reference month for `level`: the rule in force
 * if it gives one, else the newest version that does (the QĐ 50 version has
 * none, and its planning of 2025–2030 is reviewed under HD 45 since 2025).
 */
function ageReferenceRule(
  versions: readonly PlanningRule[],
  rule: PlanningRule,
  level: PlanningLevel,
): PlanningRule {
  if (rule.ageReference[level] !== undefined) return rule;
  let found: PlanningRule | undefined;
  for (const version of versions) {
    if (version.ageReference[level] === undefined) continue;
    if (!found || version.effectiveFrom >= found.effectiveFrom) found = version;
  }
  if (!found) {
    throw new InvalidArgumentError(`no planning rule gives an age reference for level ${level}`);
  }
  return found;
}

interface Structure {
  count: number;
  women: number;
  men: number;
  minority: number;
  young: number;
  bands: number[];
}

function emptyStructure(bandCount: number): Structure {
  return { count: 0, women: 0, men: 0, minority: 0, young: 0, bands: new Array(bandCount).fill(0) };
}

function addTo(structure: Structure, person: PlanningCandidateStats, band: number): void {
  structure.count += 1;
  if (person.gender === 'female') structure.women += 1;
  else structure.men += 1;
  if (person.ethnicity === 'minority') structure.minority += 1;
  if (person.young) structure.young += 1;
  structure.bands[band] = (structure.bands[band] ?? 0) + 1;
}

function structureCounts(structure: Structure, labels: readonly string[]) {
  const ageBands: PlanningAgeBands = {};
  labels.forEach((label, index) => {
    ageBands[label] = structure.bands[index] ?? 0;
  });
  return {
    count: structure.count,
    women: structure.women,
    men: structure.men,
    minority: structure.minority,
    young: structure.young,
    ageBands,
    distinctAgeBands: structure.bands.filter((n) => n > 0).length,
  };
}

/** What the terms of one {@link planningStats} call share. */
interface TermContext {
  readonly rule: PlanningRule;
  readonly referenceRule: PlanningRule;
  readonly retirementRule: RetirementAgeRule;
  readonly level: PlanningLevel;
  readonly boundaries: readonly number[];
  readonly labels: readonly string[];
  readonly youngUnder: number;
  /** Each candidate's retirement, computed once for all terms. */
  readonly retirements: Map<string, Retirement>;
  /** The seats of each post, by {@link postKey}. */
  readonly seats: ReadonlyMap<string, number>;
  /** The review date asked for, if any. */
  readonly reviewDate: string | undefined;
}

/** A candidate's figures for a term and the index of the age band they fall in. */
interface BandedCandidate {
  readonly stats: PlanningCandidateStats;
  readonly band: number;
}

/** One candidate's figures: age at the term's reference date, months from the test date. */
function candidateStats(
  key: string,
  row: PlanningCandidate,
  positions: readonly string[],
  dates: {
    reference: ReturnType<typeof toCalendarDate>;
    tested: ReturnType<typeof toCalendarDate>;
  },
  context: TermContext,
): BandedCandidate {
  const { reference, tested } = dates;
  let retires = context.retirements.get(key);
  if (!retires) {
    retires = retirement(row.birthDate, row.gender, context.retirementRule);
    context.retirements.set(key, retires);
  }
  const age = completedYears(toCalendarDate(row.birthDate), reference);
  const band = ageBandIndex(age, context.boundaries);
  // Months of work left: from the test date to the first day of pension,
  // so a candidate whose last month is June 2035 has the 60 months of July 2030–June 2035.
  const monthsToRetirement = completedMonths(tested, toCalendarDate(retires.pensionFrom));
  const stats: PlanningCandidateStats = {
    candidate: key,
    source: row.source,
    gender: row.gender,
    ethnicity: row.ethnicity,
    age,
    ageBand: context.labels[band] ?? '',
    young: age < context.youngUnder,
    retirement: retires,
    monthsToRetirement,
    nextTerm: monthsToRetirement >= context.rule.nextTermMinMonths,
    longTerm: monthsToRetirement >= context.rule.longTermMinMonths,
    posts: positions.length,
    positions: [...positions].sort(compareText),
  };
  return { stats, band };
}

/** The candidates of each post of a term with their structure, in post order. */
function postStats(
  term: string,
  posts: ReadonlyMap<string, readonly string[]>,
  bandOf: ReadonlyMap<string, BandedCandidate>,
  context: TermContext,
): PlanningPostStats[] {
  const { labels } = context;
  return [...posts.keys()].sort(compareText).map((position) => {
    const keys = [...(posts.get(position) ?? [])].sort(compareText);
    const structure = emptyStructure(labels.length);
    for (const key of keys) {
      const person = bandOf.get(key);
      if (person) addTo(structure, person.stats, person.band);
    }
    const seats = context.seats.get(postKey(term, position)) ?? 1;
    return { position, seats, candidates: keys, ...structureCounts(structure, labels) };
  });
}

/** The figures of one term from its planning rows. */
function termStats(
  term: string,
  rows: readonly PlanningCandidate[],
  context: TermContext,
): PlanningTermStats {
  const { labels } = context;
  const ageReference = ageReferenceDate(term, {
    level: context.level,
    rule: context.referenceRule,
  });
  const reference = toCalendarDate(ageReference.date);
  // A test made at both dates is the test at the later one: months left only decrease.
  const testedOn =
    context.reviewDate !== undefined && context.reviewDate > ageReference.date
      ? context.reviewDate
      : ageReference.date;
  const dates = { reference, tested: toCalendarDate(testedOn) };
  const people = new Map<string, { row: PlanningCandidate; positions: string[] }>();
  const posts = new Map<string, string[]>();
  for (const row of rows) {
    const person = people.get(row.candidate);
    if (person) person.positions.push(row.position);
    else people.set(row.candidate, { row, positions: [row.position] });
    const post = posts.get(row.position);
    if (post) post.push(row.candidate);
    else posts.set(row.position, [row.candidate]);
  }

  const termStructure = emptyStructure(labels.length);
  const candidates: PlanningCandidateStats[] = [];
  const bandOf = new Map<string, BandedCandidate>();
  for (const key of [...people.keys()].sort(compareText)) {
    const person = people.get(key);
    if (!person) continue;
    const banded = candidateStats(key, person.row, person.positions, dates, context);
    candidates.push(banded.stats);
    bandOf.set(key, banded);
    addTo(termStructure, banded.stats, banded.band);
  }

  const postList = postStats(term, posts, bandOf, context);
  const assignments = postList.reduce((sum, post) => sum + post.candidates.length, 0);
  const counts = structureCounts(termStructure, labels);
  return {
    term,
    ageReference,
    testedOn,
    ...counts,
    offRoster: candidates.filter((c) => c.source === 'off-roster').length,
    shares: {
      women: percentOf(counts.women, counts.count),
      young: percentOf(counts.young, counts.count),
      minority: percentOf(counts.minority, counts.count),
    },
    assignments,
    postsPerCandidate:
      counts.count === 0 ? 0 : Math.round((assignments * 100) / counts.count) / 100,
    posts: postList,
    candidates,
  };
}

/**
 * Cadre-planning statistics (thống kê quy hoạch cán bộ), term by term and
 * post by post: the candidates of each post and their structure (women,
 * ethnic minorities, young cadres, the three age groups), and for each
 * candidate the age at the term's reference date, the retirement under
 * NĐ 135/2020 and the tests of HD 45 §5.2: "đối tượng 1" (next term) needs
 * at least 60 months from the reference date to retirement, "đối tượng 2"
 * (longer term) at least 120. Months are completed months from the reference
 * date (first day of the reference month, see {@link ageReferenceDate}) to
 * the first day of pension (the first day of the month after the retirement
 * month), so that the retirement month counts as a month of work.
 *
 * The tests are made again at each annual review of the planning (HD 45
 * §5.2): with `reviewDate`, a term's months are counted from the later of its
 * reference date and the review date (`testedOn`), which is the test at both
 * dates, since months left only decrease. A review in 2026 of the 2025–2030
 * planning (reference 07/2025) counts from the review; the same review leaves
 * the 2030–2035 planning (reference 07/2030) as it was. Ages and the
 * structure stay at the reference date.
 *
 * Young means under `youngUnder` years (default 40): QĐ 50-QĐ/TW (2021) used
 * under 40 for provincial and district levels, while QĐ 377 names young
 * cadres without a figure and leaves commune and ward ratios to the
 * provincial standing committee. The age bands (default under 40, 40–49,
 * 50 and over) are configurable for the same reason.
 *
 * Rule versions (planning and retirement ages) are those in force on
 * `options.asOf`, else the dataset's `asOf`, else the newest. Candidates come
 * from {@link planningCandidates}; unresolved entries are skipped and
 * counted. One pass over the entries and one over the roster; the result
 * does not depend on record order.
 *
 * @see QĐ 377-QĐ/TW (08/10/2025); HD 45-HD/BTCTW (21/11/2025), §5.2; NĐ 135/2020/NĐ-CP, Điều 4
 * @example
 * const dataset = buildDataset({
 *   members: [buildMember({ id: 'DV1', birthDate: '1970-03-15', gender: 'male' })],
 *   planning: [buildPlanningEntry({ term: '2030-2035', memberId: 'DV1' })],
 * });
 * const [term] = planningStats(dataset).terms;
 * term?.ageReference.date // '2030-07-01'
 * term?.candidates[0]?.monthsToRetirement // 21 (works until 2032-03-31, pension from 2032-04-01)
 * term?.candidates[0]?.nextTerm // false
 */
export function planningStats(
  dataset: Pick<Dataset, 'asOf' | 'members' | 'planning'>,
  options: PlanningStatsOptions = {},
): PlanningStats {
  const level = options.level ?? DEFAULT_PLANNING_LEVEL;
  const rules = options.rules ?? defaultRules;
  const youngUnder = options.youngUnder ?? DEFAULT_YOUNG_UNDER;
  if (!Number.isInteger(youngUnder) || youngUnder <= 0) {
    throw new InvalidArgumentError('youngUnder must be a positive integer');
  }
  const { reviewDate } = options;
  if (reviewDate !== undefined && !IsoDate.safeParse(reviewDate).success) {
    throw new InvalidArgumentError('reviewDate must be a real date written yyyy-mm-dd');
  }
  const boundaries = [...(options.ageBands ?? DEFAULT_PLANNING_AGE_BANDS)];
  const labels = ageBandLabels(boundaries);
  const asOf = options.asOf ?? dataset.asOf;
  const rule = asOf === undefined ? latestRule(rules.planning) : selectRule(rules.planning, asOf);
  const retirementRule =
    asOf === undefined ? latestRule(rules.retirementAge) : selectRule(rules.retirementAge, asOf);
  const referenceRule = ageReferenceRule(rules.planning, rule, level);

  const resolved = planningCandidates(dataset);
  const byTerm = new Map<string, PlanningCandidate[]>();
  for (const row of resolved.candidates) {
    const rows = byTerm.get(row.term);
    if (rows) rows.push(row);
    else byTerm.set(row.term, [row]);
  }

  const context: TermContext = {
    rule,
    referenceRule,
    retirementRule,
    level,
    boundaries,
    labels,
    youngUnder,
    retirements: new Map(),
    seats: postSeats(dataset.planning),
    reviewDate,
  };
  const terms = [...byTerm.keys()]
    .sort(compareText)
    .map((term) => termStats(term, byTerm.get(term) ?? [], context));

  return {
    level,
    regulation: rule.regulation,
    nextTermMinMonths: rule.nextTermMinMonths,
    longTermMinMonths: rule.longTermMinMonths,
    youngUnder,
    ageBandBoundaries: boundaries,
    entries: resolved.entries,
    unresolved: resolved.unresolved,
    duplicates: resolved.duplicates,
    terms,
  };
}
