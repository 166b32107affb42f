import { describe, expect, it } from 'vitest';
import { completedYearsOfKeys } from '../_internal/dateKey';
import { completedMonths, toCalendarDate } from '../common/dates';
import { buildDataset, buildMember } from '../testing/builders';
import { validateDataset } from '../validation/validateDataset';
import { ageInYears, completedYears } from './age';
import { memberStats } from './memberStats';
import { partyAge } from './partyAge';
import { partyBadgeFor } from './partyBadge';
import { retirement } from './retirement';

/**
 * One convention for a 29 February birthday (or admission) in every figure:
 * in a common year it is reached on 28 February, the last day of the month,
 * as periods in months end (Bộ luật Dân sự 2015, Điều 148.3). The expected
 * values below are counted by hand from that rule.
 */
describe('a 29 February birthday is reached on 28 February in a common year', () => {
  const days = ['2026-02-28', '2026-03-01'] as const;

  it('in the age in years (tuổi đời) and in the planning age, which counts the same way', () => {
    for (const day of days) {
      expect(ageInYears('2008-02-29', toCalendarDate(day))).toBe(18);
      expect(completedYears(toCalendarDate('2008-02-29'), toCalendarDate(day))).toBe(18);
    }
    expect(ageInYears('2008-02-29', toCalendarDate('2026-02-27'))).toBe(17);
    // In a leap year the day itself exists: 28 February is still a day short.
    expect(ageInYears('2008-02-29', toCalendarDate('2028-02-28'))).toBe(19);
    expect(ageInYears('2008-02-29', toCalendarDate('2028-02-29'))).toBe(20);
  });

  it('in the admission age check, counted in months', () => {
    const admissionAge = (admittedOn: string) =>
      validateDataset(
        buildDataset({
          members: [buildMember({ birthDate: '2008-02-29', admittedOn, officialOn: undefined })],
        }),
      ).issues.filter((issue) => issue.code === 'admission-age');
    for (const day of days) expect(admissionAge(day)).toEqual([]);
    expect(admissionAge('2026-02-27').map((issue) => issue.params)).toMatchObject([
      { years: 17, months: 11 },
    ]);
    for (const day of days) {
      expect(completedMonths(toCalendarDate('2008-02-29'), toCalendarDate(day))).toBe(216);
    }
  });

  it('in the age bands of the member statistics', () => {
    for (const day of days) {
      const bands = memberStats(
        [
          buildMember({ id: 'a', birthDate: '2008-02-29' }),
          buildMember({ id: 'b', birthDate: '1996-02-29' }),
          buildMember({ id: 'c', birthDate: '1966-02-28' }),
          buildMember({ id: 'd', birthDate: '1966-03-01' }),
        ],
        day,
      ).ageBands;
      // 18, 30, 60 and (on 28 February) 59, (on 1 March) 60.
      expect(bands).toEqual(
        day === '2026-02-28'
          ? { 'under-30': 1, '30-39': 1, '40-59': 1, '60-plus': 1 }
          : { 'under-30': 1, '30-39': 1, '40-59': 0, '60-plus': 2 },
      );
    }
    expect(memberStats([buildMember({ birthDate: '1996-02-29' })], '2026-02-27').ageBands).toEqual({
      'under-30': 1,
      '30-39': 0,
      '40-59': 0,
      '60-plus': 0,
    });
  });

  it('in the key arithmetic of the roster-wide loops', () => {
    expect(completedYearsOfKeys(20080229, 20260227)).toBe(17);
    expect(completedYearsOfKeys(20080229, 20260228)).toBe(18);
    expect(completedYearsOfKeys(20080229, 20260301)).toBe(18);
    expect(completedYearsOfKeys(20080229, 20280228)).toBe(19);
    expect(completedYearsOfKeys(20080228, 20260227)).toBe(17);
    expect(completedYearsOfKeys(20000520, 19990521)).toBe(-1);
  });

  it('in the retirement date: a man born 29/2/1968 reaches 62 on 28/2/2030', () => {
    const due = retirement('1968-02-29', 'male');
    expect([due.age, due.reachesAgeOn, due.retiresOn, due.pensionFrom]).toEqual([
      { years: 62, months: 0 },
      '2030-02-28',
      '2030-02-28',
      '2030-03-01',
    ]);
  });

  it('in party age and badges for an admission on 29 February', () => {
    const member = { id: 'A', org: 'CB1', admittedOn: '1996-02-29' };
    for (const day of days) expect(partyAge(member, day)).toEqual({ years: 30, months: 0 });
    expect(partyAge(member, '2026-02-27')).toEqual({ years: 29, months: 11 });
    expect(partyBadgeFor(member, 30)).toMatchObject({
      reachedOn: '2026-02-28',
      awardOn: '2026-05-19',
    });
  });
});
