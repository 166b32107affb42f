import { z } from 'zod';
import {
  addMonths,
  type CalendarDate,
  daysInMonth,
  formatIsoDate,
  toCalendarDate,
} from '../common/dates';
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

function ageFor(rule: RetirementAgeRule, year: number, gender: Gender) {
  const first = rule.schedule[0];
  if (first && year < first.year) return rule.earlier[gender];
  let row = first;
  for (const candidate of rule.schedule) if (candidate.year <= year) row = candidate;
  return (row ?? first)?.[gender] ?? rule.earlier[gender];
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
  const birth = toCalendarDate(birthDate);
  let found: { age: { years: number; months: number }; date: CalendarDate } | undefined;
  const youngest = ageRange(rule, gender).youngest;
  for (let year = birth.year + youngest; year <= birth.year + youngest + 30 && !found; year += 1) {
    const age = ageFor(rule, year, gender);
    const date = addMonths(birth, age.years * 12 + age.months);
    if (date.year === year) found = { age, date };
  }
  if (!found) throw new TypeError('the retirement schedule has no solution for this birth date');
  const { age, date } = found;
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
