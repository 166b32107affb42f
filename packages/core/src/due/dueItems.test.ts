import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/dataset';
import { InvalidArgumentError } from '../errors';
import type { Member } from '../member/member';
import { defaultRules } from '../rules/defaultRules';
import {
  buildDataset,
  buildInspection,
  buildMember,
  buildMovement,
  buildOrganization,
  buildPlanningEntry,
  buildPosition,
  buildTrainingAttendance,
} from '../testing/builders';
import { DueList } from './dueItem';
import { dueItems } from './dueItems';

/**
 * Every expected date below is worked out from the rule text in the comment
 * beside it, never by calling the code under test.
 */

/** A dataset with only what a test gives: no positions, cases, courses or planning. */
function dataset(overrides: Partial<Dataset>): Dataset {
  return buildDataset({
    members: [],
    movements: [],
    positions: [],
    inspections: [],
    training: [],
    planning: [],
    classifications: [],
    admissionTargets: [],
    ...overrides,
  });
}

/** A probationary member (no official date) of CB01. */
function probationary(id: string, admittedOn: string, extra: Partial<Member> = {}): Member {
  const { officialOn: _official, ...member } = buildMember({ id, admittedOn, ...extra });
  return member;
}

/** The items of one kind in `[from, until]`. */
function due(data: Dataset, from: string, until: string, kind: string) {
  return dueItems(data, { from, until }).items.filter((item) => item.kind === kind);
}

/** Day before, day of, day after: the items of `kind` found on each single day. */
function aroundDay(data: Dataset, day: string, before: string, after: string, kind: string) {
  return [before, day, after].map((d) => due(data, d, d, kind).length);
}

describe('dueItems: probation (Điều lệ Đảng, Điều 5)', () => {
  // Admitted 10/4/2025; probation is 12 months: 10/4/2025 + 12 months = 10/4/2026.
  const data = dataset({ members: [probationary('DV0100', '2025-04-10')] });

  it('ends 12 months after admission: the day before, the day of, the day after', () => {
    expect(aroundDay(data, '2026-04-10', '2026-04-09', '2026-04-11', 'probation-end')).toEqual([
      0, 1, 0,
    ]);
    const [item] = due(data, '2026-04-10', '2026-04-10', 'probation-end');
    expect(item).toMatchObject({
      subject: { type: 'member', id: 'DV0100' },
      org: 'CB01',
      overdue: false,
      rule: { name: 'probation', regulation: 'Điều lệ Đảng 2011, Điều 5' },
      computation: {
        base: { field: 'admittedOn', date: '2025-04-10' },
        steps: [{ op: 'add-months', months: 12 }],
      },
    });
  });

  // The cell decides within 30 working days after 10/4/2026 (a Friday:
  // 1/1/2026 is a Thursday, so 1/4 is a Wednesday). Working days: 13–17/4 (5),
  // 20–24/4 (10); 25–27/4 Giỗ Tổ break; 28–29/4 (12); 30/4–3/5 break;
  // 4–8/5 (17), 11–15/5 (22), 18–22/5 (27), 25, 26, 27/5 (30) → 27/5/2026.
  const deadline = '2026-05-27';

  it('has its recognition deadline 30 working days later, on the 2026 holiday calendar', () => {
    expect(aroundDay(data, deadline, '2026-05-26', '2026-05-28', 'recognition-deadline')).toEqual([
      0, 1, 1,
    ]);
    const [onTime] = due(data, deadline, deadline, 'recognition-deadline');
    expect(onTime).toMatchObject({ overdue: false, probationEndsOn: '2026-04-10' });
    expect(onTime?.computation.steps).toEqual([
      { op: 'add-months', months: 12, reason: 'probation' },
      { op: 'add-working-days', days: 30, calendar: 'holidays-2026' },
    ]);
  });

  it('lists a deadline before `from` as overdue while the member is not recognised', () => {
    const [late] = due(data, '2026-05-28', '2026-06-30', 'recognition-deadline');
    expect(late).toMatchObject({ date: deadline, overdue: true });
    const recognised = dataset({
      members: [buildMember({ id: 'DV0100', admittedOn: '2025-04-10', officialOn: '2026-04-10' })],
    });
    expect(due(recognised, '2026-05-28', '2026-06-30', 'recognition-deadline')).toEqual([]);
    expect(due(recognised, '2026-04-01', '2026-06-30', 'probation-end')).toEqual([]);
  });

  it('ends a probation begun on 29 February on 28 February of the next year', () => {
    // 29/2/2024 + 12 months: February 2025 has no 29th, so its last day, 28/2/2025
    // (Bộ luật Dân sự 2015, Điều 148).
    const leap = dataset({ members: [probationary('DV0229', '2024-02-29')] });
    expect(aroundDay(leap, '2025-02-28', '2025-02-27', '2025-03-01', 'probation-end')).toEqual([
      0, 1, 0,
    ]);
  });
});

describe('dueItems: party badges (HD 01-HD/TW, §18)', () => {
  // 30 years of party age, from the admission decision. Occasions 3/2, 19/5,
  // 2/9, 7/11: the first on or after the day the milestone is reached.
  const members = [
    // 18/5/1996 + 30 years = 18/5/2026, the day before 19/5 → awarded 19/5/2026.
    buildMember({ id: 'DV0518', admittedOn: '1996-05-18' }),
    // 19/5/1996 + 30 years = 19/5/2026, the occasion itself → 19/5/2026.
    buildMember({ id: 'DV0519', admittedOn: '1996-05-19' }),
    // 20/5/1996 + 30 years = 20/5/2026, the day after → the next occasion, 2/9/2026.
    buildMember({ id: 'DV0520', admittedOn: '1996-05-20' }),
  ];
  const data = dataset({ members });

  it('falls on the first occasion on or after the milestone', () => {
    const on19May = due(data, '2026-05-19', '2026-05-19', 'party-badge');
    expect(on19May.map((item) => item.subject)).toEqual([
      { type: 'member', id: 'DV0518' },
      { type: 'member', id: 'DV0519' },
    ]);
    expect(on19May.map((item) => (item.kind === 'party-badge' ? item.reachedOn : ''))).toEqual([
      '2026-05-18',
      '2026-05-19',
    ]);
    const on2Sep = due(data, '2026-09-02', '2026-09-02', 'party-badge');
    expect(on2Sep).toHaveLength(1);
    expect(on2Sep[0]).toMatchObject({
      milestone: 30,
      reachedOn: '2026-05-20',
      rule: { name: 'partyBadge' },
      computation: {
        base: { field: 'admittedOn', date: '1996-05-20' },
        steps: [
          { op: 'add-months', months: 360, reason: 'milestone' },
          { op: 'next-award-occasion', occasions: ['02-03', '05-19', '09-02', '11-07'] },
        ],
      },
    });
    expect(due(data, '2026-05-18', '2026-05-18', 'party-badge')).toEqual([]);
    expect(due(data, '2026-05-20', '2026-09-01', 'party-badge')).toEqual([]);
  });

  it('adds the months outside party activity to the milestone', () => {
    // 19/11/1995 + 30 years = 19/11/2025, + 6 months of gaps = 19/5/2026 → awarded 19/5/2026.
    const gap = dataset({
      members: [buildMember({ id: 'DV0600', admittedOn: '1995-11-19', partyAgeGapMonths: 6 })],
    });
    const [item] = due(gap, '2026-05-19', '2026-05-19', 'party-badge');
    expect(item).toMatchObject({ reachedOn: '2026-05-19', milestone: 30 });
    expect(item?.computation.steps[1]).toEqual({
      op: 'add-months',
      months: 6,
      reason: 'party-age-gaps',
    });
  });

  it('counts a 29 February admission to 28 February, then the next occasion', () => {
    // 29/2/1996 + 30 years: 2026 has no 29/2 → 28/2/2026; 3/2 has passed → 19/5/2026.
    const leap = dataset({ members: [buildMember({ id: 'DV0229', admittedOn: '1996-02-29' })] });
    const [item] = due(leap, '2026-01-01', '2026-12-31', 'party-badge');
    expect(item).toMatchObject({ reachedOn: '2026-02-28', date: '2026-05-19' });
  });

  it('moves a milestone reached after 7/11 to 3/2 of the next year', () => {
    // 8/11/1986 + 40 years = 8/11/2026, after 7/11 → 3/2/2027.
    const late = dataset({ members: [buildMember({ id: 'DV1108', admittedOn: '1986-11-08' })] });
    expect(due(late, '2026-11-07', '2026-11-07', 'party-badge')).toEqual([]);
    expect(due(late, '2027-02-03', '2027-02-03', 'party-badge')[0]).toMatchObject({
      milestone: 40,
      reachedOn: '2026-11-08',
    });
  });
});

describe('dueItems: retirements (NĐ 135/2020/NĐ-CP)', () => {
  // Men reach 60y3m in 2021, +3 months a year: 2026 → 60y3m + 15 months = 61y6m.
  // Born 15/10/1964 + 61y6m = 15/4/2026 (in 2026, so the 2026 age applies);
  // retirement date: the last day of that month, 30/4/2026; pension from 1/5/2026.
  const holder = buildMember({ id: 'DV1964', birthDate: '1964-10-15', gender: 'male' });
  const data = dataset({
    members: [holder],
    positions: [buildPosition({ memberId: 'DV1964', role: 'secretary' })],
  });

  it('lists a position holder on the last day of the month the age is reached', () => {
    expect(aroundDay(data, '2026-04-30', '2026-04-29', '2026-05-01', 'retirement')).toEqual([
      0, 1, 0,
    ]);
    const [item] = due(data, '2026-04-30', '2026-04-30', 'retirement');
    expect(item).toMatchObject({
      age: { years: 61, months: 6 },
      reachesAgeOn: '2026-04-15',
      pensionFrom: '2026-05-01',
      because: ['position'],
      rule: { name: 'retirementAge' },
      computation: {
        base: { field: 'birthDate', date: '1964-10-15' },
        steps: [
          { op: 'add-months', months: 61 * 12 + 6, reason: 'retirement-age' },
          { op: 'end-of-month' },
        ],
      },
    });
  });

  it('leaves out members with neither a position nor a planning entry', () => {
    expect(due(dataset({ members: [holder] }), '2026-01-01', '2026-12-31', 'retirement')).toEqual(
      [],
    );
  });

  it('counts a bare birth year as 1 January, for a member in cadre planning', () => {
    // Born "1965" → 1/1/1965; + 61y6m (2026) = 1/7/2026 → retires 31/7/2026,
    // pension from 1/8/2026 (domain.md: a man born 01/1965 draws a pension from 08/2026).
    const bare = dataset({
      members: [buildMember({ id: 'DV1965', birthDate: '1965', gender: 'male' })],
      planning: [buildPlanningEntry({ memberId: 'DV1965', term: '2025-2030' })],
    });
    const [item] = due(bare, '2026-07-31', '2026-07-31', 'retirement');
    expect(item).toMatchObject({
      pensionFrom: '2026-08-01',
      because: ['planning'],
      computation: {
        base: { field: 'birthDate', date: '1965-01-01', assumed: 'bare-year-as-1-january' },
      },
    });
    expect(due(bare, '2026-07-30', '2026-07-30', 'retirement')).toEqual([]);
    expect(due(bare, '2026-08-01', '2026-08-01', 'retirement')).toEqual([]);
  });

  it('uses the women’s schedule', () => {
    // Women: 55y4m in 2021, +4 months a year: 2026 → 55y4m + 20 months = 57y.
    // Born 2/5/1969 + 57 years = 2/5/2026 → retires 31/5/2026.
    const woman = dataset({
      members: [buildMember({ id: 'DV1969', birthDate: '1969-05-02', gender: 'female' })],
      positions: [buildPosition({ memberId: 'DV1969', role: 'committee-member' })],
    });
    expect(due(woman, '2026-05-31', '2026-05-31', 'retirement')[0]).toMatchObject({
      age: { years: 57, months: 0 },
      reachesAgeOn: '2026-05-02',
    });
  });
});

describe('dueItems: discipline limitation (QĐ 69-QĐ/TW, Điều 7)', () => {
  // Reprimand: 5 years = 60 months from the violation. 15/3/2021 + 60 months = 15/3/2026.
  const data = dataset({
    members: [buildMember()],
    inspections: [
      buildInspection({
        date: '2026-01-10',
        mode: 'inspection-on-signs',
        subjectType: 'member',
        subject: 'DV0001',
        finding: 'pending',
        violationOn: '2021-03-15',
      }),
    ],
  });

  it('lists the day a form’s period runs out: the day before, the day of, the day after', () => {
    expect(
      aroundDay(data, '2026-03-15', '2026-03-14', '2026-03-16', 'discipline-limitation'),
    ).toEqual([0, 1, 0]);
    expect(due(data, '2026-03-15', '2026-03-15', 'discipline-limitation')[0]).toMatchObject({
      form: 'reprimand',
      caseIndex: 0,
      subject: { type: 'member', id: 'DV0001' },
      rule: { name: 'disciplineLimitation', regulation: 'QĐ 69-QĐ/TW (06/7/2022), Điều 4 and 7' },
      computation: {
        base: { field: 'violationOn', date: '2021-03-15' },
        steps: [{ op: 'add-months', months: 60, reason: 'limitation-period' }],
      },
    });
  });

  it('lists warning and removal from post 10 years on; a concluded case is not listed', () => {
    // 15/3/2021 + 120 months = 15/3/2031, for the warning and the removal from post.
    const forms = due(data, '2031-03-15', '2031-03-15', 'discipline-limitation');
    expect(forms.map((item) => (item.kind === 'discipline-limitation' ? item.form : ''))).toEqual([
      'warning',
      'dismissal',
    ]);
    const concluded = dataset({
      members: [buildMember()],
      inspections: [
        buildInspection({ subjectType: 'member', subject: 'DV0001', violationOn: '2021-03-15' }),
      ],
    });
    expect(due(concluded, '2026-03-15', '2026-03-15', 'discipline-limitation')).toEqual([]);
  });

  it('ends a period begun on 29 February on 28 February', () => {
    // 29/2/2016 + 120 months: 2026 has no 29/2 → 28/2/2026 (warning).
    const leap = dataset({
      members: [buildMember()],
      inspections: [
        buildInspection({
          date: '2025-12-01',
          subjectType: 'member',
          subject: 'DV0001',
          finding: 'pending',
          violationOn: '2016-02-29',
        }),
      ],
    });
    const items = due(leap, '2026-02-28', '2026-02-28', 'discipline-limitation');
    expect(items.map((item) => (item.kind === 'discipline-limitation' ? item.form : ''))).toEqual([
      'warning',
      'dismissal',
    ]);
  });
});

describe('dueItems: the course for new members', () => {
  // Probation of 12 months: admitted 10/6/2025, the course is due by 10/6/2026.
  const member = probationary('DV0610', '2025-06-10');

  it('lists a new member without the course on the day probation ends, then as overdue', () => {
    const data = dataset({ members: [member] });
    expect(aroundDay(data, '2026-06-10', '2026-06-09', '2026-06-11', 'new-member-course')).toEqual([
      0, 1, 1,
    ]);
    expect(due(data, '2026-06-11', '2026-06-11', 'new-member-course')[0]?.overdue).toBe(true);
  });

  it('leaves out a member who completed it', () => {
    const data = dataset({
      members: [member],
      training: [
        buildTrainingAttendance({
          memberId: 'DV0610',
          courseKind: 'new-member',
          result: 'completed',
        }),
      ],
    });
    expect(due(data, '2026-01-01', '2026-12-31', 'new-member-course')).toEqual([]);
  });
});

describe('dueItems: cell sizes (Điều lệ Đảng, Điều 21)', () => {
  it('lists the day a cell falls under 3 official members', () => {
    // CB02 has 3 official members; one transfers out on 1/4/2026 → 2 from that day.
    const members = ['A1', 'A2', 'A3'].map((id) => buildMember({ id, org: 'CB02' }));
    const data = dataset({
      organizations: [buildOrganization(), buildOrganization({ code: 'CB02', name: 'Chi bộ 2' })],
      members: [...members.slice(0, 2), { ...(members[2] as Member), leftOn: '2026-04-01' }],
      movements: [
        buildMovement({ memberId: 'A3', type: 'transferred-out', date: '2026-04-01', org: 'CB02' }),
      ],
    });
    expect(aroundDay(data, '2026-04-01', '2026-03-31', '2026-04-02', 'cell-below-minimum')).toEqual(
      [0, 1, 0],
    );
    expect(due(data, '2026-04-01', '2026-04-01', 'cell-below-minimum')[0]).toMatchObject({
      subject: { type: 'organization', code: 'CB02' },
      officialMembers: { before: 3, after: 2 },
      rule: { name: 'cellSize' },
    });
  });

  it('lists the day a cell reaches 9 official members', () => {
    // 8 official members; a ninth becomes official on 15/6/2026.
    const eight = Array.from({ length: 8 }, (_, i) => buildMember({ id: `B${i}` }));
    const ninth = buildMember({ id: 'B9', admittedOn: '2025-06-15', officialOn: '2026-06-15' });
    const data = dataset({ members: [...eight, ninth] });
    expect(
      aroundDay(data, '2026-06-15', '2026-06-14', '2026-06-16', 'cell-committee-size'),
    ).toEqual([0, 1, 0]);
    expect(due(data, '2026-06-15', '2026-06-15', 'cell-committee-size')[0]).toMatchObject({
      officialMembers: { before: 8, after: 9 },
    });
  });
});

describe('dueItems: congress terms (Điều lệ Đảng, Điều 22 and 24; QĐ 294-QĐ/TW)', () => {
  const [statute, pilot] = defaultRules.congressTerm;

  /**
   * `months` whole calendar months after an ISO date, a day the month lacks
   * becoming its last day (Bộ luật Dân sự 2015, Điều 148), worked out here
   * with the platform's calendar, apart from the code under test.
   */
  function plusMonths(iso: string, months: number): string {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const first = new Date(Date.UTC(y, m - 1 + months, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
    first.setUTCDate(Math.min(d, last.getUTCDate()));
    return first.toISOString().slice(0, 10);
  }

  /** The overdue flag of the congress item found on each single day (`null`: none). */
  function flags(data: Dataset, days: readonly string[]) {
    return days.map((d) => due(data, d, d, 'congress-term')[0]?.overdue ?? null);
  }

  it('holds the terms of the rule: 5 years, a subordinate cell 2.5 before QĐ 294', () => {
    expect(statute?.months).toEqual({
      'grassroots-committee': 60,
      'grassroots-cell': 60,
      'subordinate-cell': 30,
    });
    expect(pilot?.effectiveFrom).toBe('2025-07-01');
    expect(pilot?.months['subordinate-cell']).toBe(60);
    expect(statute?.preparationMonths).toBe(6);
  });

  // A subordinate cell whose congress was on 10/3/2024, before QĐ 294: twice
  // in 5 years, 30 months → the term ends on 10/9/2026; preparation from 6
  // months before, 10/3/2026.
  const cell = buildOrganization({ code: 'CB01', congressOn: '2024-03-10' });
  const data = dataset({ organizations: [cell] });
  const endsOn = plusMonths('2024-03-10', statute?.months['subordinate-cell'] ?? 0);
  const prepareFrom = plusMonths(endsOn, -(statute?.preparationMonths ?? 0));

  it('ends the term on the congress date plus the term: the day before, the day of, the day after', () => {
    expect(endsOn).toBe('2026-09-10');
    // Listed while preparing and on the day; overdue from the day after.
    expect(flags(data, ['2026-09-09', endsOn, '2026-09-11'])).toEqual([false, false, true]);
    expect(due(data, endsOn, endsOn, 'congress-term')[0]).toEqual({
      kind: 'congress-term',
      date: endsOn,
      overdue: false,
      subject: { type: 'organization', code: 'CB01' },
      org: 'CB01',
      rule: {
        name: 'congressTerm',
        regulation: statute?.regulation,
        effectiveFrom: statute?.effectiveFrom,
      },
      congressOn: '2024-03-10',
      termMonths: 30,
      termFrom: 'rule',
      prepareFrom,
      computation: {
        base: { field: 'congressOn', date: '2024-03-10' },
        steps: [{ op: 'add-months', months: 30, reason: 'congress-term' }],
      },
    });
  });

  it('starts showing it the day preparation starts, and not the day before', () => {
    expect(prepareFrom).toBe('2026-03-10');
    expect(flags(data, ['2026-03-09', prepareFrom, '2026-03-11'])).toEqual([null, false, false]);
  });

  it('keeps an ended term overdue until the data holds a newer congress', () => {
    const late = due(data, '2027-01-01', '2027-03-31', 'congress-term');
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ date: endsOn, overdue: true });
    const held = dataset({ organizations: [{ ...cell, congressOn: '2026-09-05' }] });
    expect(due(held, '2027-01-01', '2027-03-31', 'congress-term')).toEqual([]);
  });

  it('takes the version in force on the congress date: 5 years for a subordinate cell from 1/7/2025', () => {
    const before = buildOrganization({ code: 'CB02', congressOn: '2025-06-30' });
    const after = buildOrganization({ code: 'CB03', congressOn: '2025-07-01' });
    const both = dataset({ organizations: [before, after] });
    // 30/6/2025 + 30 months = 30/12/2027; 1/7/2025 + 60 months = 1/7/2030.
    const first = plusMonths('2025-06-30', statute?.months['subordinate-cell'] ?? 0);
    const second = plusMonths('2025-07-01', pilot?.months['subordinate-cell'] ?? 0);
    expect([first, second]).toEqual(['2027-12-30', '2030-07-01']);
    const items = due(both, '2020-01-01', '2035-12-31', 'congress-term');
    expect(items.map((i) => [i.org, i.date, i.rule.regulation])).toEqual([
      ['CB02', first, statute?.regulation],
      ['CB03', second, pilot?.regulation],
    ]);
  });

  it('ends a term begun on 29 February on 28 February, and prepares from 29 August', () => {
    // A grassroots cell, congress 29/2/2024, 5 years: 2029 has no 29 February.
    const leap = dataset({
      organizations: [
        buildOrganization({ code: 'CS01', kind: 'grassroots-cell', congressOn: '2024-02-29' }),
      ],
    });
    const end = plusMonths('2024-02-29', statute?.months['grassroots-cell'] ?? 0);
    expect(end).toBe('2029-02-28');
    expect(flags(leap, ['2029-02-27', end, '2029-03-01'])).toEqual([false, false, true]);
    // 29/2/2024 + 54 months = 29/8/2028, August has a 29th.
    const start = plusMonths('2024-02-29', 60 - (statute?.preparationMonths ?? 0));
    expect(start).toBe('2028-08-29');
    expect(flags(leap, ['2028-08-28', start])).toEqual([null, false]);
    expect(due(leap, end, end, 'congress-term')[0]).toMatchObject({ prepareFrom: start });
  });

  it('uses the term the data writes (Nhiệm kỳ (năm)) over the rule', () => {
    // A grassroots committee, congress 29/2/2024, term written as 2 years:
    // 24 months → 28/2/2026 (not 60 months).
    const own = dataset({
      organizations: [
        buildOrganization({
          code: 'DB01',
          kind: 'grassroots-committee',
          congressOn: '2024-02-29',
          termYears: 2,
        }),
      ],
    });
    const end = plusMonths('2024-02-29', 2 * 12);
    expect(end).toBe('2026-02-28');
    expect(due(own, end, end, 'congress-term')[0]).toMatchObject({
      date: end,
      termMonths: 24,
      termFrom: 'data',
    });
  });

  it('leaves out an organisation with no congress date, or one that ceased before its term ends', () => {
    const quiet = dataset({
      organizations: [
        buildOrganization({ code: 'CB04' }),
        buildOrganization({ code: 'CB05', congressOn: '2024-03-10', dissolvedOn: '2026-01-15' }),
        buildOrganization({ code: 'CB06', congressOn: '2024-03-10', dissolvedOn: '2026-12-01' }),
      ],
    });
    // CB06 ceased after its term ended on 10/9/2026: overdue in October, gone in December.
    expect(due(quiet, '2026-10-01', '2026-10-31', 'congress-term').map((i) => i.org)).toEqual([
      'CB06',
    ]);
    expect(due(quiet, '2026-12-01', '2026-12-31', 'congress-term')).toEqual([]);
  });
});

describe('dueItems: the list', () => {
  const data = dataset({
    members: [
      probationary('DV0100', '2025-04-10'),
      buildMember({ id: 'DV0519', admittedOn: '1996-05-19' }),
    ],
  });

  it('is a valid DueList, sorted by date, with counts of every kind', () => {
    const list = dueItems(data, { from: '2026-04-01', until: '2026-06-30' });
    expect(DueList.parse(list)).toEqual(list);
    expect(list.items.map((item) => [item.date, item.kind])).toEqual([
      ['2026-04-10', 'probation-end'],
      ['2026-04-10', 'new-member-course'],
      ['2026-05-19', 'party-badge'],
      ['2026-05-27', 'recognition-deadline'],
    ]);
    expect(list.counts).toEqual({
      'probation-end': 1,
      'recognition-deadline': 1,
      'party-badge': 1,
      retirement: 0,
      'discipline-limitation': 0,
      'new-member-course': 1,
      'cell-below-minimum': 0,
      'cell-committee-size': 0,
      'congress-term': 0,
    });
  });

  it('is deterministic and reads no clock', () => {
    const window = { from: '2026-04-01', until: '2026-06-30' };
    expect(dueItems(data, window, defaultRules)).toEqual(dueItems(data, window));
  });

  it('throws InvalidArgumentError for a reversed window or a wrong date', () => {
    expect(() => dueItems(data, { from: '2026-06-30', until: '2026-04-01' })).toThrow(
      InvalidArgumentError,
    );
    expect(() => dueItems(data, { from: '2026-02-30', until: '2026-04-01' })).toThrow(
      InvalidArgumentError,
    );
  });
});
