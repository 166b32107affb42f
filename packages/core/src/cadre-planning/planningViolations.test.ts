import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { shuffledPlanning, wardPlanning } from '../../test/planningFixtures';
import { defaultRules } from '../rules/defaultRules';
import type { PlanningRule, RuleSet } from '../rules/schema';
import { buildDataset, buildMember, buildPlanningEntry } from '../testing/builders';
import { planningStats } from './planningStats';
import { PlanningViolations, planningViolations } from './planningViolations';

function planningVersion(index: number): PlanningRule {
  const version = defaultRules.planning[index];
  if (!version) throw new Error(`no planning rule version ${index}`);
  return version;
}

const QD377 = planningVersion(1).regulation;

describe('planningViolations', () => {
  it('lists the breaches of the ward fixture, sorted', () => {
    const violations = planningViolations(wardPlanning());
    expect(PlanningViolations.safeParse(violations).success).toBe(true);
    const tooMany = (candidate: string) => ({
      code: 'planning-too-many-candidates',
      severity: 'warning',
      term: '2030-2035',
      position: 'Bí thư',
      candidate,
      count: 4,
      limit: 3,
      regulation: QD377,
    });
    expect(violations).toEqual([
      tooMany('DV1'),
      tooMany('DV2'),
      tooMany('DV3'),
      tooMany('DV4'),
      {
        code: 'planning-too-many-posts',
        severity: 'warning',
        term: '2030-2035',
        candidate: 'DV2',
        count: 4,
        limit: 3,
        regulation: QD377,
      },
      {
        code: 'planning-too-close-to-retirement',
        severity: 'warning',
        term: '2030-2035',
        candidate: 'DV1',
        count: 21,
        limit: 60,
        regulation: QD377,
      },
      {
        code: 'planning-too-close-to-retirement',
        severity: 'warning',
        term: '2030-2035',
        candidate: 'DV4',
        count: 59,
        limit: 60,
        regulation: QD377,
      },
    ]);
  });

  it('accepts 3 candidates for a post and 3 posts for a candidate', () => {
    const dataset = buildDataset({
      planning: [
        ...['DV0001', 'DV0002', 'DV0003'].map((memberId) => buildPlanningEntry({ memberId })),
        buildPlanningEntry({ position: 'Phó bí thư' }),
        buildPlanningEntry({ position: 'Chủ tịch UBND' }),
        buildPlanningEntry({ position: 'Chủ tịch UBND' }),
      ],
    });
    // DV0003, born 1958-01-15, retired long before 2025-07-01.
    expect(planningViolations(dataset).map((v) => `${v.code} ${v.candidate}`)).toEqual([
      'planning-too-close-to-retirement DV0003',
    ]);
  });

  it('allows 3 candidates per seat: 6 for a post held by 2 people, the 7th breaks it', () => {
    const ids = ['DV0001', 'DV0002', 'DV0004', 'DV0005', 'DV0006', 'DV0007', 'DV0008'];
    // Born 1990 like DV0002: far from retirement, so only the limit is tested.
    const members = ids.map((id) => buildMember({ id, birthDate: '1990-11-02' }));
    const deputies = (count: number) =>
      buildDataset({
        members,
        planning: ids
          .slice(0, count)
          .map((memberId) => buildPlanningEntry({ memberId, position: 'Phó chủ tịch', seats: 2 })),
      });
    expect(planningViolations(deputies(6))).toEqual([]);
    const seven = planningViolations(deputies(7));
    expect(seven).toHaveLength(7);
    expect(seven[0]).toEqual({
      code: 'planning-too-many-candidates',
      severity: 'warning',
      term: '2025-2030',
      position: 'Phó chủ tịch',
      candidate: 'DV0001',
      count: 7,
      limit: 6,
      regulation: QD377,
    });
  });

  it('counts posts per candidate within one term only', () => {
    const posts = ['Bí thư', 'Phó bí thư', 'Chủ tịch UBND'];
    const dataset = buildDataset({
      planning: [
        ...posts.map((position) => buildPlanningEntry({ position })),
        buildPlanningEntry({ term: '2030-2035', position: 'Chủ tịch HĐND' }),
      ],
    });
    expect(planningViolations(dataset)).toEqual([]);
  });

  it('applies the limits of the rule in force on asOf', () => {
    const rules: RuleSet = {
      ...defaultRules,
      planning: [
        { ...planningVersion(0), effectiveFrom: '2020-01-01', maxCandidatesPerPost: 4 },
        planningVersion(1),
      ],
    };
    const codes = (asOf: string) =>
      planningViolations(wardPlanning(), { rules, asOf }).map((v) => v.code);
    expect(codes('2025-10-07')).not.toContain('planning-too-many-candidates');
    expect(codes('2025-10-08')).toContain('planning-too-many-candidates');
  });

  it('returns nothing for an empty planning file', () => {
    expect(planningViolations(buildDataset({ planning: [] }))).toEqual([]);
  });

  test.prop([shuffledPlanning(fc)])(
    'flags exactly the posts, candidates and months past the limits, whatever the order',
    ([dataset, reordered]) => {
      const violations = planningViolations(dataset);
      expect(planningViolations(reordered)).toEqual(violations);
      const stats = planningStats(dataset);
      let expected = 0;
      for (const term of stats.terms) {
        for (const post of term.posts) if (post.count > 3) expected += post.count;
        for (const person of term.candidates) {
          if (person.posts > 3) expected += 1;
          if (person.monthsToRetirement < 60) expected += 1;
        }
      }
      expect(violations).toHaveLength(expected);
      const keys = violations.map((v) => `${v.term} ${v.code} ${v.position ?? ''} ${v.candidate}`);
      expect(new Set(keys).size).toBe(keys.length);
    },
  );
});
