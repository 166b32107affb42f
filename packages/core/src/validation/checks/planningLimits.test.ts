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

  describe('per seat (Số lượng chức danh)', () => {
    // 3 candidates per seat (QĐ 377-QĐ/TW): a post held by 2 people takes 3 × 2 = 6.
    const ids = ['DV0001', 'DV0002', 'DV0003', 'DV0006', 'DV0007', 'DV0008', 'DV0009'];
    const bigRoster = [...roster, buildMember({ id: 'DV0008' }), buildMember({ id: 'DV0009' })];
    const deputies = (count: number, seats: (index: number) => number | undefined) =>
      buildDataset({
        members: bigRoster,
        planning: ids.slice(0, count).map((memberId, index) => {
          const n = seats(index);
          return buildPlanningEntry({
            memberId,
            position: 'Phó chủ tịch UBND',
            ...(n === undefined ? {} : { seats: n }),
          });
        }),
      });

    it('accepts 6 candidates for a post with 2 seats', () => {
      expect(briefs(validateDataset(deputies(6, () => 2)).issues)).toEqual([]);
    });

    it('warns about the 7th candidate for a post with 2 seats, with a limit of 6', () => {
      const result = validateDataset(deputies(7, () => 2));
      expect(briefs(result.issues)).toEqual([
        'warning planning-too-many-candidates @ planning[6].position',
      ]);
      expect(result.issues[0]?.params).toMatchObject({ count: 7, max: 6, seats: 2, perSeat: 3 });
    });

    it('keeps the limit at 3 for a post with 1 seat written out: 4 is one too many', () => {
      expect(briefs(validateDataset(deputies(3, () => 1)).issues)).toEqual([]);
      expect(briefs(validateDataset(deputies(4, () => 1)).issues)).toEqual([
        'warning planning-too-many-candidates @ planning[3].position',
      ]);
    });

    it('takes the largest seats when the entries of a post disagree', () => {
      // Only the last entry says 2 seats: the post takes 6, wherever that entry is.
      expect(briefs(validateDataset(deputies(6, (i) => (i === 5 ? 2 : undefined))).issues)).toEqual(
        [],
      );
      expect(briefs(validateDataset(deputies(7, (i) => (i === 0 ? 2 : 1))).issues)).toEqual([
        'warning planning-too-many-candidates @ planning[6].position',
      ]);
    });
  });

  it('reports a malformed term', () => {
    const dataset = buildDataset({ planning: [buildPlanningEntry({ term: '2030-2025' })] });
    expect(briefs(validateDataset(dataset).issues)).toEqual([
      'error invalid-value @ planning[0].term',
    ]);
  });
});
