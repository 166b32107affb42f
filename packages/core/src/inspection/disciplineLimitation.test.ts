import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { withShuffled } from '../../test/arbitraries';
import type { RuleSet } from '../rules/schema';
import { buildDataset, buildInspection } from '../testing/builders';
import { InspectionModes } from './codes';
import { DisciplineLimitation, disciplineLimitation, pendingCases } from './disciplineLimitation';
import type { Inspection } from './inspection';

const memberCase = (violationOn?: string) =>
  buildInspection({
    date: '2025-03-01',
    mode: 'inspection-on-signs',
    subjectType: 'member',
    subject: 'DV0001',
    finding: 'pending',
    ...(violationOn === undefined ? {} : { violationOn }),
  });

describe('disciplineLimitation', () => {
  it('ends a reprimand exactly 60 months after the violation, that day still open', () => {
    const onDeadline = disciplineLimitation(memberCase('2020-03-15'), '2025-03-15');
    expect(onDeadline).toEqual({
      subjectType: 'member',
      subject: 'DV0001',
      known: true,
      violationOn: '2020-03-15',
      asOf: '2025-03-15',
      regulation: 'QĐ 69-QĐ/TW (06/7/2022), Điều 4 and 7',
      forms: [
        { form: 'reprimand', months: 60, deadline: '2025-03-15', open: true },
        { form: 'warning', months: 120, deadline: '2030-03-15', open: true },
        { form: 'dismissal', months: 120, deadline: '2030-03-15', open: true },
        { form: 'expulsion', months: null, deadline: null, open: true },
      ],
    });
    expect(DisciplineLimitation.parse(onDeadline)).toEqual(onDeadline);
    const dayAfter = disciplineLimitation(memberCase('2020-03-15'), '2025-03-16');
    expect(dayAfter.forms.map((f) => [f.form, f.open])).toEqual([
      ['reprimand', false],
      ['warning', true],
      ['dismissal', true],
      ['expulsion', true],
    ]);
  });

  it('gives an organisation reprimand, warning and dissolution (no limit)', () => {
    const result = disciplineLimitation(
      buildInspection({ finding: 'pending', violationOn: '2015-06-01' }),
      '2026-03-01',
    );
    expect(result.subjectType).toBe('organization');
    expect(result.forms).toEqual([
      { form: 'reprimand', months: 60, deadline: '2020-06-01', open: false },
      { form: 'warning', months: 120, deadline: '2025-06-01', open: false },
      { form: 'dissolution', months: null, deadline: null, open: true },
    ]);
  });

  it('ends on the last day of the month when the day does not exist', () => {
    const result = disciplineLimitation(memberCase('2020-02-29'), '2025-02-28');
    expect(result.forms[0]).toEqual({
      form: 'reprimand',
      months: 60,
      deadline: '2025-02-28',
      open: true,
    });
  });

  it('says the limitation cannot be computed without a violation date', () => {
    const result = disciplineLimitation(memberCase(), '2026-03-01');
    expect(result.known).toBe(false);
    expect(result.reason).toBe('violation-date-unknown');
    expect(result.violationOn).toBeUndefined();
    expect(result.forms).toEqual([
      { form: 'reprimand', months: 60, deadline: null, open: null },
      { form: 'warning', months: 120, deadline: null, open: null },
      { form: 'dismissal', months: 120, deadline: null, open: null },
      { form: 'expulsion', months: null, deadline: null, open: true },
    ]);
  });

  it('uses the rule version in force on asOf, so a newer rule set applies without a release', () => {
    const rules: Pick<RuleSet, 'disciplineLimitation'> = {
      disciplineLimitation: [
        {
          regulation: 'Old',
          effectiveFrom: '2010-01-01',
          confidence: 'confirmed',
          organization: { reprimand: 24, warning: 36, dissolution: null },
          member: { reprimand: 24, warning: 36, dismissal: 36, expulsion: null },
        },
        {
          regulation: 'New',
          effectiveFrom: '2026-01-01',
          confidence: 'confirmed',
          organization: { reprimand: 12, warning: 24, dissolution: 60 },
          member: { reprimand: 12, warning: 24, dismissal: 24, expulsion: 60 },
        },
      ],
    };
    const before = disciplineLimitation(memberCase('2024-06-10'), '2025-12-31', rules);
    expect(before.regulation).toBe('Old');
    expect(before.forms[0]).toMatchObject({ deadline: '2026-06-10', open: true });
    const after = disciplineLimitation(memberCase('2024-06-10'), '2026-01-01', rules);
    expect(after.regulation).toBe('New');
    expect(after.forms[0]).toMatchObject({ deadline: '2025-06-10', open: false });
    expect(after.forms[3]).toEqual({
      form: 'expulsion',
      months: 60,
      deadline: '2029-06-10',
      open: true,
    });
  });
});

describe('pendingCases', () => {
  const dataset = buildDataset({
    inspections: [
      memberCase('2021-01-05'), // 0: 2025-03-01
      buildInspection({ date: '2025-01-20', finding: 'pending', ref: '03-QĐ/ĐU' }), // 1
      buildInspection({ date: '2025-03-01', finding: 'pending', subject: 'CB02' }), // 2: same day as 0
      buildInspection({ date: '2024-12-01', finding: 'violation', discipline: 'reprimand' }), // 3: concluded
      buildInspection({ date: '2026-03-02', finding: 'pending' }), // 4: after asOf
      buildInspection({ date: '2026-03-01', finding: 'pending', mode: 'regular-supervision' }), // 5: on asOf
    ],
  });

  it('lists pending cases up to asOf by date, then row, with their limitation', () => {
    const cases = pendingCases(dataset, '2026-03-01');
    expect(cases.map((c) => [c.index, c.date, c.mode])).toEqual([
      [1, '2025-01-20', 'inspection'],
      [0, '2025-03-01', 'inspection-on-signs'],
      [2, '2025-03-01', 'inspection'],
      [5, '2026-03-01', 'regular-supervision'],
    ]);
    expect(cases[0]?.ref).toBe('03-QĐ/ĐU');
    expect(cases[0]?.known).toBe(false);
    expect(cases[1]).toMatchObject({ subjectType: 'member', subject: 'DV0001', known: true });
    expect(cases[1]?.forms[0]).toEqual({
      form: 'reprimand',
      months: 60,
      deadline: '2026-01-05',
      open: false,
    });
  });

  it('keeps only the modes asked for', () => {
    const cases = pendingCases(dataset, '2026-03-01', {
      modes: ['inspection', 'inspection-on-signs'],
    });
    expect(cases.map((c) => c.index)).toEqual([1, 0, 2]);
  });

  it('is empty without pending cases', () => {
    expect(pendingCases(buildDataset({ inspections: [] }), '2026-03-01')).toEqual([]);
    expect(pendingCases(buildDataset(), '2026-03-01')).toEqual([]);
  });
});

const START = Date.UTC(2010, 0, 1);
const isoDay = (offset: number) => new Date(START + offset * 86_400_000).toISOString().slice(0, 10);
const dayArb = fc.integer({ min: 0, max: 6000 }).map(isoDay);

describe('disciplineLimitation properties', () => {
  test.prop([dayArb, dayArb, fc.constantFrom('organization', 'member' as const)])(
    'a form is open exactly up to its deadline, which is after the violation',
    (violationOn, asOf, subjectType) => {
      const result = disciplineLimitation({ subjectType, subject: 'X', violationOn }, asOf);
      for (const period of result.forms) {
        if (period.deadline === null) {
          expect(period.open).toBe(true);
          continue;
        }
        expect(period.deadline > violationOn).toBe(true);
        expect(period.open).toBe(asOf <= period.deadline);
      }
    },
  );

  const caseArb: fc.Arbitrary<Inspection> = fc.record({
    date: dayArb,
    mode: fc.constantFrom(...InspectionModes.codes),
    subjectType: fc.constantFrom('organization', 'member' as const),
    subject: fc.constantFrom('CB01', 'DV0001'),
    finding: fc.constantFrom('pending', 'violation' as const),
  });

  test.prop([withShuffled(fc.array(caseArb, { maxLength: 30 })), dayArb])(
    'lists the same cases, sorted by date, whatever the record order',
    ([items, shuffled], asOf) => {
      const strip = (list: ReturnType<typeof pendingCases>) =>
        list.map(({ index: _, ...rest }) => JSON.stringify(rest)).sort();
      const cases = pendingCases({ inspections: items }, asOf);
      expect(cases.length).toBe(
        items.filter((i) => i.finding === 'pending' && i.date <= asOf).length,
      );
      expect(cases.map((c) => c.date)).toEqual(cases.map((c) => c.date).sort());
      expect(strip(pendingCases({ inspections: shuffled }, asOf))).toEqual(strip(cases));
    },
  );
});
