import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../common/workingDays';
import { defaultRules } from '../rules/defaultRules';
import type { RuleSet } from '../rules/schema';
import { latestRule } from '../rules/selectRule';
import { computeStats } from '../stats/computeStats';
import { buildDataset, buildMember } from '../testing/builders';
import { dueForRecognition, probation } from './probation';

const holidays = latestRule(defaultRules.holidays);
/** The default rules with no holiday list: every year falls back to weekends and 1/1, 30/4, 1/5, 2/9. */
const unlisted: RuleSet = {
  ...defaultRules,
  holidays: [{ ...holidays, years: {} }],
};

describe('probation', () => {
  it('ends 12 months after admission, with 30 working days to decide', () => {
    const status = probation({ id: 'A', org: 'CB1', admittedOn: '2025-09-02' }, '2026-03-01');
    expect(status).toEqual({
      memberId: 'A',
      org: 'CB1',
      endsOn: '2026-09-02',
      recognitionDueBy: '2026-10-14',
      calendar: 'holidays-2026',
      overdue: false,
    });
  });

  it('is overdue the day after the deadline without an official date', () => {
    const member = { id: 'A', org: 'CB1', admittedOn: '2025-09-02' };
    expect(probation(member, '2026-10-14').overdue).toBe(false);
    expect(probation(member, '2026-10-15').overdue).toBe(true);
    expect(probation({ ...member, officialOn: '2026-09-02' }, '2026-10-15').overdue).toBe(false);
  });

  it('lists probationary members whose probation ends by the given day', () => {
    const members = [
      buildMember({ id: 'late', admittedOn: '2025-06-30', officialOn: undefined }),
      buildMember({ id: 'early', admittedOn: '2025-03-01', officialOn: undefined }),
      buildMember({ id: 'later', admittedOn: '2025-07-01', officialOn: undefined }),
      buildMember({ id: 'official' }),
    ];
    expect(dueForRecognition(members, '2026-03-01', '2026-06-30').map((p) => p.memberId)).toEqual([
      'early',
      'late',
    ]);
    expect(dueForRecognition(members, '2026-03-01').map((p) => p.memberId)).toEqual(['early']);
  });
});

describe('the recognition deadline skips public holidays', () => {
  const member = (admittedOn: string) => ({ id: 'A', org: 'CB1', admittedOn });

  /** The deadline, its calendar and the probation end; each expected date is counted by hand. */
  const due = (admittedOn: string, asOf: string, rules: RuleSet = defaultRules) => {
    const status = probation(member(admittedOn), asOf, rules);
    return [status.endsOn, status.recognitionDueBy, status.calendar];
  };

  it('across Tết 2026 (14/2–22/2 off): 30 working days after 10/2 is 31/3, not 24/3', () => {
    // 11, 12, 13/2 (3); Tết; 23–27/2 (8); 2–6/3 (13); 9–13/3 (18); 16–20/3 (23);
    // 23–27/3 (28); 30/3 (29); 31/3 (30).
    expect(due('2025-02-10', '2026-03-01')).toEqual(['2026-02-10', '2026-03-31', 'holidays-2026']);
    // Without the 2026 list only weekends count: 11–13/2, then 5 a week, 24/3 is the 30th.
    expect(due('2025-02-10', '2026-03-01', unlisted)).toEqual([
      '2026-02-10',
      '2026-03-24',
      'weekends-and-fixed-holidays',
    ]);
  });

  it('across Giỗ Tổ and 30/4–1/5 of 2026 (27/4 substitute, 30/4, 1/5 off): 4/6, not 1/6', () => {
    // 21–24/4 (4); 25–27/4 off; 28, 29/4 (6); 30/4–3/5 off; 4–8/5 (11); 11–15/5 (16);
    // 18–22/5 (21); 25–29/5 (26); 1–4/6 (30).
    expect(due('2025-04-20', '2026-05-01')).toEqual(['2026-04-20', '2026-06-04', 'holidays-2026']);
    // The fallback still skips 30/4 and 1/5 but knows nothing of Giỗ Tổ: 21–24/4 (4);
    // 27–29/4 (7); 4–8/5 (12) … 25–29/5 (27); 1, 2, 3/6 (30).
    expect(due('2025-04-20', '2026-05-01', unlisted)[1]).toBe('2026-06-03');
  });

  it('falls back to weekends and fixed holidays for a year not listed, and says so', () => {
    // 2027: 30/4 is a Friday, 1/5 a Saturday. 21–23/4 (3); 26–29/4 (7); 3–7/5 (12);
    // 10–14/5 (17); 17–21/5 (22); 24–28/5 (27); 31/5, 1/6, 2/6 (30).
    expect(due('2026-04-20', '2027-05-01')).toEqual([
      '2027-04-20',
      '2027-06-02',
      'weekends-and-fixed-holidays',
    ]);
    // From December 2026 into 2027: 16–18/12 (3); 21–25/12 (8); 28–31/12 (12);
    // 1/1/2027 off; 4–8/1 (17); 11–15/1 (22); 18–22/1 (27); 25, 26, 27/1 (30).
    expect(due('2025-12-15', '2027-01-01')).toEqual([
      '2026-12-15',
      '2027-01-27',
      'holidays-2026+weekends-and-fixed-holidays',
    ]);
  });

  it('uses a year a ward adds to its copy of the rules', () => {
    const rules: RuleSet = {
      ...defaultRules,
      holidays: [
        {
          ...holidays,
          years: {
            ...holidays.years,
            '2027': {
              source: 'ward copy',
              confidence: 'likely',
              daysOff: ['2027-04-26', '2027-04-30'],
            },
          },
        },
      ],
    };
    // As in the fallback case above, with 26/4 also off: one day later, 3/6.
    expect(due('2026-04-20', '2027-05-01', rules)).toEqual([
      '2027-04-20',
      '2027-06-03',
      'holidays-2027',
    ]);
  });

  it('reaches computeStats through the rules passed as data', () => {
    const dataset = buildDataset({
      asOf: '2026-03-25',
      members: [buildMember({ id: 'P', admittedOn: '2025-02-10', officialOn: undefined })],
    });
    const overdue = (rules: RuleSet) =>
      computeStats(dataset, { asOf: '2026-03-25', from: '2025-07-01' }, rules).upcoming
        .recognitionOverdue;
    // Due 31/3 on the 2026 list, 24/3 without it.
    expect(overdue(defaultRules)).toBe(0);
    expect(overdue(unlisted)).toBe(1);
  });
});

describe('addWorkingDays', () => {
  it('counts a weekend day worked in a swap (làm bù) and skips the swapped day', () => {
    // 2/1/2026 (Friday) was swapped for Saturday 10/1/2026.
    expect(addWorkingDays({ year: 2025, month: 12, day: 31 }, 1, holidays)).toEqual({
      date: { year: 2026, month: 1, day: 5 },
      calendar: 'holidays-2026',
    });
    expect(addWorkingDays({ year: 2026, month: 1, day: 8 }, 2, holidays)).toEqual({
      date: { year: 2026, month: 1, day: 10 },
      calendar: 'holidays-2026',
    });
  });

  it('skips Saturdays and Sundays', () => {
    expect(addWorkingDays({ year: 2026, month: 3, day: 6 }, 1)).toEqual({
      date: { year: 2026, month: 3, day: 9 },
      calendar: 'weekends',
    });
    expect(addWorkingDays({ year: 2026, month: 3, day: 2 }, 5).date).toEqual({
      year: 2026,
      month: 3,
      day: 9,
    });
    expect(addWorkingDays({ year: 2026, month: 3, day: 2 }, 0).date).toEqual({
      year: 2026,
      month: 3,
      day: 2,
    });
  });
});
