import { describe, expect, it } from 'vitest';
import { briefs } from '../../../test/helpers';
import { buildDataset, buildMovement } from '../../testing/builders';
import { validateDataset } from '../validateDataset';

describe('roster against movements', () => {
  it('warns about a member on the roster whose latest movement is a leaving one', () => {
    for (const type of [
      'transferred-out',
      'struck-off',
      'expelled',
      'deceased',
      'resigned',
    ] as const) {
      const dataset = buildDataset({
        movements: [
          buildMovement({ memberId: 'DV0002', type: 'transferred-in', date: '2025-08-01' }),
          buildMovement({ memberId: 'DV0002', type, date: '2025-11-20' }),
        ],
      });
      const result = validateDataset(dataset);
      expect(briefs(result.issues)).toEqual(['warning member-has-left @ members[1].id']);
      expect(result.issues[0]?.related).toEqual({ kind: 'movements', index: 1, field: 'type' });
      expect(result.issues[0]?.message.vi).toContain('20/11/2025');
    }
  });

  it('accepts a member who left and came back', () => {
    const dataset = buildDataset({
      movements: [
        buildMovement({ memberId: 'DV0002', type: 'transferred-in', date: '2025-12-01' }),
        buildMovement({ memberId: 'DV0002', type: 'transferred-out', date: '2025-08-01' }),
      ],
    });
    expect(briefs(validateDataset(dataset).issues)).toEqual([]);
  });

  it('reports a member whose latest movement keeps them on the roster but who is not on it', () => {
    for (const type of ['admitted', 'transferred-in', 'internal-transfer'] as const) {
      const dataset = buildDataset({
        movements: [
          buildMovement({ memberId: 'NEW', type: 'transferred-out', date: '2025-07-15' }),
          buildMovement({ memberId: 'NEW', type, date: '2025-09-15' }),
        ],
      });
      const result = validateDataset(dataset);
      expect(briefs(result.issues)).toEqual(['error unknown-member @ movements[1].memberId']);
      expect(result.issues[0]?.params).toEqual({ scope: 'movement' });
    }
  });

  it('on the same date, the later row counts as the latest', () => {
    const dataset = buildDataset({
      movements: [
        buildMovement({ memberId: 'DV0002', type: 'transferred-out', date: '2025-08-01' }),
        buildMovement({ memberId: 'DV0002', type: 'internal-transfer', date: '2025-08-01' }),
      ],
    });
    expect(briefs(validateDataset(dataset).issues)).toEqual([]);
  });
});
