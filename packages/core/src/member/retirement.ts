import { z } from 'zod';
import { dateKey } from '../_internal/dateKey';
import { addMonths, type CalendarDate, daysInMonth, formatIsoDate } from '../common/dates';
import { defaultRules } from '../rules/defaultRules';
import type { RetirementAgeRule } from '../rules/schema';
import { latestRule } from '../rules/selectRule';
import type { Gender } from './member';

/**
 * When a person reaches the normal retirement age (tuổi nghỉ hưu) under
 * NĐ 135/2020/NĐ-CP: the day the age is reached, the retirement date (the last
 * day of that month) and the first month of pension (the month after).
 */
export const Retirement = z.object({
  /** The retirement age that applies, reached in `reachesAgeOn`'s year. */
  age: z.object({ years: z.int(), months: z.int() }),
  /** The day the person reaches that age (ISO). */
  reachesAgeOn: z.string(),
  /** The month of retirement, `yyyy-mm`. */
  month: z.string(),
  /** Retirement date: the last day of that month (ISO). */
  retiresOn: z.string(),
  /** First day of pension: the first day of the next month (ISO). */
  pensionFrom: z.string(),
});
/** When a person reaches the normal retirement age. */
export type Retirement = z.infer<typeof Retirement>;

const ranges = new WeakMap<
  RetirementAgeRule,
  Record<Gender, { youngest: number; oldest: number }>
>();

/**
 * The youngest and oldest retirement ages (whole years) a rule sets for a
 * gender, cached per rule: the roster-wide lists call this millions of times.
 */
export function ageRange(
  rule: RetirementAgeRule,
  gender: Gender,
): { youngest: number; oldest: number } {
  let cached = ranges.get(rule);
  if (!cached) {
    const of = (g: Gender) => {
      const years = [rule.earlier[g], ...rule.schedule.map((row) => row[g])].map(
        (a) => a.years + a.months / 12,
      );
      return { youngest: Math.floor(Math.min(...years)), oldest: Math.ceil(Math.max(...years)) };
    };
    cached = { male: of('male'), female: of('female') };
    ranges.set(rule, cached);
  }
  return cached[gender];
}

type AgeTable = { first: number; rows: Record<Gender, { years: number; months: number }>[] };
const tables = new WeakMap<RetirementAgeRule, AgeTable>();

/** The schedule as a dense table by year, cached per rule. */
function ageTable(rule: RetirementAgeRule): AgeTable {
  let table = tables.get(rule);
  if (!table) {
    const sorted = [...rule.schedule].sort((a, b) => a.year - b.year);
    const first = sorted[0]?.year ?? 0;
    const last = sorted[sorted.length - 1]?.year ?? 0;
    const rows: AgeTable['rows'] = [];
    let current = { male: rule.earlier.male, female: rule.earlier.female };
    for (let year = first, k = 0; year <= last; year += 1) {
      while (k < sorted.length && (sorted[k]?.year ?? Infinity) <= year) {
        const row = sorted[k];
        if (row) current = { male: row.male, female: row.female };
        k += 1;
      }
      rows.push(current);
    }
    table = { first, rows };
    tables.set(rule, table);
  }
  return table;
}

function ageFor(rule: RetirementAgeRule, year: number, gender: Gender) {
  const { first, rows } = ageTable(rule);
  if (rows.length === 0 || year < first) return rule.earlier[gender];
  return (
    rows[Math.min(year - first, rows.length - 1)] as Record<
      Gender,
      { years: number; months: number }
    >
  )[gender];
}

/**
 * The month (as year × 12 + month − 1) and day on which retirement age is
 * reached, in integer arithmetic; `birthKey` is yyyymmdd.
 */
export function retirementMonthIndex(
  birthKey: number,
  gender: Gender,
  rule: RetirementAgeRule,
): { monthIndex: number; day: number; age: { years: number; months: number } } {
  const birthYear = Math.floor(birthKey / 10000);
  const birthIndex = birthYear * 12 + (Math.floor(birthKey / 100) % 100) - 1;
  const youngest = ageRange(rule, gender).youngest;
  for (let year = birthYear + youngest; year <= birthYear + youngest + 30; year += 1) {
    const age = ageFor(rule, year, gender);
    const monthIndex = birthIndex + age.years * 12 + age.months;
    if (Math.floor(monthIndex / 12) === year) return { monthIndex, day: birthKey % 100, age };
  }
  throw new TypeError('the retirement schedule has no solution for this birth date');
}

/**
 * The normal retirement of a person born on `birthDate` (a bare year counts
 * as 1 January, NĐ 135/2020 Điều 3). The age depends on the year it is
 * reached, so the year Y is the one where birth + age(Y) falls in Y; ages grow
 * by less than a year per year, so that year is unique.
 *
 * @see Bộ luật Lao động 2019, Điều 169; NĐ 135/2020/NĐ-CP, Điều 3–4
 * @example
 * retirement('1964-10-15', 'male').month // '2026-04' (61 years 6 months), pension from 2026-05-01
 * retirement('1969-05-02', 'female').pensionFrom // '2026-06-01'
 */
export function retirement(
  birthDate: string,
  gender: Gender,
  rule: RetirementAgeRule = latestRule(defaultRules.retirementAge),
): Retirement {
  const { monthIndex, day, age } = retirementMonthIndex(dateKey(birthDate), gender, rule);
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const date: CalendarDate = { year, month, day: Math.min(day, daysInMonth(year, month)) };
  const next = addMonths({ year: date.year, month: date.month, day: 1 }, 1);
  const retiresOn = { year: date.year, month: date.month, day: daysInMonth(date.year, date.month) };
  return {
    age: { years: age.years, months: age.months },
    reachesAgeOn: formatIsoDate(date),
    month: formatIsoDate(date).slice(0, 7),
    retiresOn: formatIsoDate(retiresOn),
    pensionFrom: formatIsoDate(next),
  };
}
