import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { shuffledPlanning, wardPlanning } from '../../test/planningFixtures';
import { InvalidArgumentError } from '../errors';
import { defaultRules } from '../rules/defaultRules';
import type { PlanningRule, RuleSet } from '../rules/schema';
import { buildDataset, buildMember, buildPlanningEntry } from '../testing/builders';
import { offRosterKey } from './_internal/offRosterKey';
import { PlanningStats, planningStats } from './planningStats';
import { planningViolations } from './planningViolations';

function planningVersion(index: number): PlanningRule {
  const version = defaultRules.planning[index];
  if (!version) throw new Error(`no planning rule version ${index}`);
  return version;
}

const QD377 = planningVersion(1).regulation;
const QD50 = planningVersion(0).regulation;
const OFF = offRosterKey('Phạm Thị Dung', '1985-09-01', 'female');

function termOf(stats: PlanningStats, term: string) {
  const found = stats.terms.find((t) => t.term === term);
  if (!found) throw new Error(`no term ${term}`);
  return found;
}

describe('planningStats', () => {
  const stats = planningStats(wardPlanning());
  const next = termOf(stats, '2030-2035');
  const person = (key: string) => next.candidates.find((c) => c.candidate === key);

  it('is a valid PlanningStats under QĐ 377 with the default options', () => {
    expect(PlanningStats.safeParse(stats).success).toBe(true);
    expect(stats).toMatchObject({
      level: 'commune',
      regulation: QD377,
      nextTermMinMonths: 60,
      longTermMinMonths: 120,
      youngUnder: 40,
      ageBandBoundaries: [40, 50],
      entries: 11,
      unresolved: 1,
      duplicates: 1,
    });
    expect(stats.terms.map((t) => t.term)).toEqual(['2025-2030', '2030-2035']);
  });

  it('counts ages at the first day of the commune month of the term', () => {
    expect(next.ageReference).toEqual({
      term: '2030-2035',
      level: 'commune',
      month: '2030-07',
      date: '2030-07-01',
      regulation: QD377,
    });
    expect(termOf(stats, '2025-2030').ageReference.date).toBe('2025-07-01');
  });

  it('gives a man born 1970-03-15 retirement in 2032-03, 21 months of work after 2030-07-01', () => {
    expect(person('DV1')).toEqual({
      candidate: 'DV1',
      source: 'roster',
      gender: 'male',
      ethnicity: 'kinh',
      age: 60,
      ageBand: '50-plus',
      young: false,
      retirement: {
        age: { years: 62, months: 0 },
        reachesAgeOn: '2032-03-15',
        month: '2032-03',
        retiresOn: '2032-03-31',
        pensionFrom: '2032-04-01',
      },
      monthsToRetirement: 21,
      nextTerm: false,
      longTerm: false,
      posts: 1,
      positions: ['Bí thư'],
    });
    expect(termOf(stats, '2025-2030').candidates[0]).toMatchObject({
      candidate: 'DV1',
      age: 55,
      monthsToRetirement: 81,
      nextTerm: true,
      longTerm: false,
    });
  });

  it('passes a candidate retiring exactly 60 months after the reference date, not one a month short', () => {
    expect(person('DV3')).toMatchObject({
      age: 57,
      retirement: { retiresOn: '2035-06-30' },
      monthsToRetirement: 60,
      nextTerm: true,
      longTerm: false,
    });
    expect(person('DV4')).toMatchObject({
      age: 57,
      retirement: { retiresOn: '2035-05-31' },
      monthsToRetirement: 59,
      nextTerm: false,
    });
  });

  it('gives a young minority woman both tests and lists her four posts', () => {
    expect(person('DV2')).toMatchObject({
      gender: 'female',
      ethnicity: 'minority',
      age: 38,
      ageBand: 'under-40',
      young: true,
      retirement: { age: { years: 60, months: 0 }, retiresOn: '2052-01-31' },
      monthsToRetirement: 259,
      nextTerm: true,
      longTerm: true,
      posts: 4,
      positions: ['Bí thư', 'Chủ tịch HĐND', 'Chủ tịch UBND', 'Phó bí thư'],
    });
  });

  it('handles an off-roster candidate, of unknown ethnicity, by key', () => {
    expect(person(OFF)).toMatchObject({
      source: 'off-roster',
      gender: 'female',
      ethnicity: 'unknown',
      age: 44,
      ageBand: '40-49',
      young: false,
      retirement: { retiresOn: '2045-09-30' },
      monthsToRetirement: 183,
      nextTerm: true,
      longTerm: true,
    });
    expect(JSON.stringify(stats)).not.toContain('Dung');
  });

  it('follows the NĐ 135 schedule for women: 58y4m in 2030, 59y8m in 2034', () => {
    const dataset = buildDataset({
      members: [
        buildMember({ id: 'W1', birthDate: '1972-05-15', gender: 'female' }),
        buildMember({ id: 'W2', birthDate: '1975-03-10', gender: 'female' }),
      ],
      planning: ['W1', 'W2'].map((memberId) => buildPlanningEntry({ term: '2030-2035', memberId })),
    });
    const [w1, w2] = termOf(planningStats(dataset), '2030-2035').candidates;
    expect(w1).toMatchObject({
      age: 58,
      retirement: { age: { years: 58, months: 4 }, retiresOn: '2030-09-30' },
      monthsToRetirement: 3,
      nextTerm: false,
    });
    expect(w2).toMatchObject({
      age: 55,
      retirement: { age: { years: 59, months: 8 }, retiresOn: '2034-11-30' },
      monthsToRetirement: 53,
      nextTerm: false,
    });
  });

  it('counts a bare birth year from 1 January', () => {
    const dataset = buildDataset({
      members: [buildMember({ id: 'Y', birthDate: '1970', gender: 'male' })],
      planning: [buildPlanningEntry({ term: '2030-2035', memberId: 'Y' })],
    });
    expect(termOf(planningStats(dataset), '2030-2035').candidates[0]).toMatchObject({
      age: 60,
      retirement: { retiresOn: '2032-01-31' },
      monthsToRetirement: 19,
    });
  });

  it('gives the structure of a post with 4 candidates', () => {
    expect(next.posts.map((p) => p.position)).toEqual([
      'Bí thư',
      'Chủ tịch HĐND',
      'Chủ tịch UBND',
      'Phó bí thư',
    ]);
    expect(next.posts[0]).toEqual({
      position: 'Bí thư',
      seats: 1,
      candidates: ['DV1', 'DV2', 'DV3', 'DV4'],
      count: 4,
      women: 1,
      men: 3,
      minority: 1,
      young: 1,
      ageBands: { 'under-40': 1, '40-49': 0, '50-plus': 3 },
      distinctAgeBands: 2,
    });
    expect(next.posts[3]).toMatchObject({
      position: 'Phó bí thư',
      candidates: ['DV2', OFF],
      count: 2,
      women: 2,
      men: 0,
      minority: 1,
      ageBands: { 'under-40': 1, '40-49': 1, '50-plus': 0 },
    });
  });

  it('gives a post the largest seats of its entries, 1 when none gives it, per term', () => {
    const dataset = buildDataset({
      planning: [
        buildPlanningEntry({ memberId: 'DV0001', position: 'Phó chủ tịch UBND' }),
        buildPlanningEntry({ memberId: 'DV0002', position: 'Phó chủ tịch UBND', seats: 2 }),
        buildPlanningEntry({ memberId: 'DV0003', position: 'Phó chủ tịch UBND', seats: 1 }),
        buildPlanningEntry({ term: '2030 - 2035', position: 'Phó chủ tịch UBND', seats: 3 }),
        buildPlanningEntry({ term: '2030-2035', position: 'Phó chủ tịch UBND' }),
        buildPlanningEntry({ position: 'Bí thư' }),
      ],
    });
    const seats = planningStats(dataset).terms.map((t) =>
      t.posts.map((p) => `${t.term} ${p.position} ${p.seats}`),
    );
    expect(seats).toEqual([
      ['2025-2030 Bí thư 1', '2025-2030 Phó chủ tịch UBND 2'],
      ['2030-2035 Phó chủ tịch UBND 3'],
    ]);
  });

  it('gives the structure and shares of the term over distinct candidates', () => {
    expect(next).toMatchObject({
      count: 5,
      women: 2,
      men: 3,
      minority: 1,
      young: 1,
      ageBands: { 'under-40': 1, '40-49': 1, '50-plus': 3 },
      distinctAgeBands: 3,
      offRoster: 1,
      shares: { women: 40, young: 20, minority: 20 },
      assignments: 8,
      postsPerCandidate: 1.6,
    });
    expect(next.candidates.map((c) => c.candidate)).toEqual(['DV1', 'DV2', 'DV3', 'DV4', OFF]);
  });

  it('takes the young age and the age bands as options', () => {
    const custom = termOf(
      planningStats(wardPlanning(), { youngUnder: 45, ageBands: [30, 45, 55] }),
      '2030-2035',
    );
    expect(custom.young).toBe(2);
    expect(custom.shares.young).toBe(40);
    expect(custom.ageBands).toEqual({ 'under-30': 0, '30-44': 2, '45-54': 0, '55-plus': 3 });
    expect(Object.keys(custom.posts[0]?.ageBands ?? {})).toEqual([
      'under-30',
      '30-44',
      '45-54',
      '55-plus',
    ]);
  });

  describe('at an annual review (reviewDate, HD 45 §5.2)', () => {
    // A man born 1969-02-10 reaches 62 on 2031-02-10 (NĐ 135: 62 from 2028), retires
    // 2031-02-28 and draws a pension from 2031-03-01: 60 months of work are left on
    // 2026-03-01 and on any earlier day of that month, 59 from 2026-03-02.
    const dataset = buildDataset({
      members: [buildMember({ id: 'DV1', birthDate: '1969-02-10', gender: 'male' })],
      planning: [
        buildPlanningEntry({ memberId: 'DV1' }),
        buildPlanningEntry({ memberId: 'DV1', term: '2030-2035' }),
      ],
    });
    const at = (reviewDate?: string) => {
      const term = termOf(
        planningStats(dataset, reviewDate === undefined ? {} : { reviewDate }),
        '2025-2030',
      );
      const [person] = term.candidates;
      return {
        testedOn: term.testedOn,
        months: person?.monthsToRetirement,
        next: person?.nextTerm,
      };
    };

    it('tests at the term reference date 2025-07-01 by default: 68 months', () => {
      expect(at()).toEqual({ testedOn: '2025-07-01', months: 68, next: true });
    });

    it('tests at the review date: 60 months the day before and the day of the limit, 59 the day after', () => {
      expect(at('2026-02-28')).toEqual({ testedOn: '2026-02-28', months: 60, next: true });
      expect(at('2026-03-01')).toEqual({ testedOn: '2026-03-01', months: 60, next: true });
      expect(at('2026-03-02')).toEqual({ testedOn: '2026-03-02', months: 59, next: false });
    });

    it('keeps the reference date when it is the later one, and ages at the reference date', () => {
      expect(at('2025-01-01')).toEqual({ testedOn: '2025-07-01', months: 68, next: true });
      const stats = planningStats(dataset, { reviewDate: '2026-03-02' });
      const next = termOf(stats, '2030-2035');
      // 2030-07-01 to 2031-03-01: 8 months, whatever the review in 2026.
      expect(next.testedOn).toBe('2030-07-01');
      expect(next.candidates[0]?.monthsToRetirement).toBe(8);
      // Born 1969-02-10: 56 on 2025-07-01 (the reference), though 57 on the review date.
      expect(termOf(stats, '2025-2030').candidates[0]?.age).toBe(56);
    });

    it('feeds planningViolations: too close to retirement from the day after', () => {
      const codes = (reviewDate: string) =>
        planningViolations(dataset, { reviewDate })
          .filter((v) => v.term === '2025-2030')
          .map((v) => `${v.code} ${v.count}`);
      expect(codes('2026-03-01')).toEqual([]);
      expect(codes('2026-03-02')).toEqual(['planning-too-close-to-retirement 59']);
    });

    it('rejects a review date that is not a real ISO date', () => {
      expect(() => planningStats(dataset, { reviewDate: '2026-02-30' })).toThrow(
        InvalidArgumentError,
      );
      expect(() => planningStats(dataset, { reviewDate: '01/03/2026' })).toThrow(
        InvalidArgumentError,
      );
    });
  });

  it('rejects options it cannot use', () => {
    expect(() => planningStats(wardPlanning(), { youngUnder: 0 })).toThrow(InvalidArgumentError);
    expect(() => planningStats(wardPlanning(), { ageBands: [50, 40] })).toThrow(
      InvalidArgumentError,
    );
    expect(() => planningStats(wardPlanning(), { ageBands: [] })).toThrow(InvalidArgumentError);
  });

  it('uses the month of the level asked for', () => {
    const grassroots = termOf(planningStats(wardPlanning(), { level: 'grassroots' }), '2030-2035');
    expect(grassroots.ageReference.date).toBe('2030-04-01');
    expect(grassroots.candidates[0]).toMatchObject({ candidate: 'DV1', monthsToRetirement: 24 });
  });

  it('selects the rule in force on asOf, taking the age month from QĐ 377 when QĐ 50 gives none', () => {
    const before = planningStats(wardPlanning(), { asOf: '2025-10-07' });
    expect(before.regulation).toBe(QD50);
    expect(termOf(before, '2030-2035').ageReference).toMatchObject({
      date: '2030-07-01',
      regulation: QD377,
    });
    expect(planningStats(wardPlanning(), { asOf: '2025-10-08' }).regulation).toBe(QD377);
    const datasetDate = wardPlanning();
    datasetDate.asOf = '2025-01-01';
    expect(planningStats(datasetDate).regulation).toBe(QD50);
    datasetDate.asOf = undefined;
    expect(planningStats(datasetDate).regulation).toBe(QD377);
  });

  it('applies overridden rules', () => {
    const latest = planningVersion(1);
    const rules: RuleSet = {
      ...defaultRules,
      planning: [{ ...latest, regulation: 'Local', nextTermMinMonths: 20, longTermMinMonths: 60 }],
    };
    const custom = planningStats(wardPlanning(), { rules });
    expect(custom.regulation).toBe('Local');
    expect(termOf(custom, '2030-2035').candidates[0]).toMatchObject({
      candidate: 'DV1',
      nextTerm: true,
      longTerm: false,
    });
    expect(termOf(custom, '2030-2035').candidates[2]).toMatchObject({
      candidate: 'DV3',
      longTerm: true,
    });
    const noMonth: RuleSet = { ...defaultRules, planning: [planningVersion(0)] };
    expect(() => planningStats(wardPlanning(), { rules: noMonth })).toThrow(InvalidArgumentError);
  });

  it('returns no term for an empty planning file', () => {
    expect(planningStats(buildDataset({ planning: [] }))).toMatchObject({
      entries: 0,
      unresolved: 0,
      duplicates: 0,
      terms: [],
    });
  });

  test.prop([shuffledPlanning(fc)])(
    'splits every count by gender and age band, and does not depend on record order',
    ([dataset, reordered]) => {
      const result = planningStats(dataset);
      expect(planningStats(reordered)).toEqual(result);
      for (const term of result.terms) {
        for (const group of [term, ...term.posts]) {
          expect(group.women + group.men).toBe(group.count);
          const bands = Object.values(group.ageBands);
          expect(bands).toHaveLength(3);
          expect(bands.reduce((a, b) => a + b, 0)).toBe(group.count);
          expect(group.distinctAgeBands).toBe(bands.filter((n) => n > 0).length);
        }
        expect(term.count).toBe(term.candidates.length);
        expect(term.young).toBe(term.candidates.filter((c) => c.age < 40).length);
        expect(term.minority).toBe(
          term.candidates.filter((c) => c.ethnicity === 'minority').length,
        );
        expect(term.posts.reduce((sum, post) => sum + post.count, 0)).toBe(term.assignments);
        expect(term.candidates.reduce((sum, c) => sum + c.posts, 0)).toBe(term.assignments);
      }
    },
  );
});
