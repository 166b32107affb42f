import { describe, expect, it } from 'vitest';
import { briefs } from '../../../test/helpers';
import { defaultRules } from '../../rules/defaultRules';
import { buildDataset, buildMember, buildPlanningEntry } from '../../testing/builders';
import { validateDataset } from '../validateDataset';

const roster = [
  ...buildDataset().members,
  buildMember({ id: 'DV0006' }),
  buildMember({ id: 'DV0007' }),
];

describe('planning limits', () => {
  it('accepts 3 candidates for a post and 3 posts for a candidate', () => {
    const dataset = buildDataset({
      members: roster,
      planning: [
        ...['DV0001', 'DV0002', 'DV0003'].map((memberId) => buildPlanningEntry({ memberId })),
        buildPlanningEntry({ position: 'Phó bí thư' }),
        buildPlanningEntry({ position: 'Chủ nhiệm ủy ban kiểm tra' }),
      ],
    });
    expect(briefs(validateDataset(dataset).issues)).toEqual([]);
  });

  it('warns about every candidate past the third for one post and term', () => {
    const dataset = buildDataset({
      members: roster,
      planning: ['DV0001', 'DV0002', 'DV0003', 'DV0006', 'DV0007'].map((memberId) =>
        buildPlanningEntry({ memberId }),
      ),
    });
    const result = validateDataset(dataset);
    expect(briefs(result.issues)).toEqual([
      'warning planning-too-many-candidates @ planning[3].position',
      'warning planning-too-many-candidates @ planning[4].position',
    ]);
    expect(result.issues[0]?.params).toMatchObject({ count: 5, max: 3, term: '2025-2030' });
    expect(result.issues[0]?.message.vi).toContain('QĐ 377-QĐ/TW');
  });

  it('counts posts per candidate within one term only', () => {
    const posts = ['Bí thư', 'Phó bí thư', 'Chủ tịch UBND', 'Chủ tịch HĐND'];
    const dataset = buildDataset({
      planning: [
        ...posts.map((position) => buildPlanningEntry({ position })),
        buildPlanningEntry({ term: '2030-2035', position: 'Bí thư' }),
      ],
    });
    const result = validateDataset(dataset);
    expect(briefs(result.issues)).toEqual([
      'warning planning-too-many-posts @ planning[3].position',
    ]);
    expect(result.issues[0]?.params).toMatchObject({ count: 4, max: 3 });
  });

  it('applies the limits in force on the reference date', () => {
    const rules = {
      ...defaultRules,
      planning: [
        {
          ...defaultRules.planning[0],
          effectiveFrom: '2020-01-01',
          maxCandidatesPerPost: 2,
          regulation: 'Old',
        },
        ...defaultRules.planning.slice(1),
      ] as typeof defaultRules.planning,
    };
    // No movement: the dataset stands as it was in 2024 too (nothing dated after that date).
    const dataset = buildDataset({
      movements: [],
      planning: ['DV0001', 'DV0002', 'DV0003'].map((memberId) => buildPlanningEntry({ memberId })),
    });
    expect(briefs(validateDataset(dataset, { rules, asOf: '2024-01-01' }).issues)).toEqual([
      'warning planning-too-many-candidates @ planning[2].position',
    ]);
    expect(briefs(validateDataset(dataset, { rules, asOf: '2026-01-01' }).issues)).toEqual([]);
  });

  it('reports a malformed term', () => {
    const dataset = buildDataset({ planning: [buildPlanningEntry({ term: '2030-2025' })] });
    expect(briefs(validateDataset(dataset).issues)).toEqual([
      'error invalid-value @ planning[0].term',
    ]);
  });
});
