import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildDataset, buildMember } from '../testing/builders';
import { membersNotToBeRated } from './membersNotToBeRated';

const dataset = buildDataset({
  members: [
    buildMember({ id: 'DV0007', admittedOn: '2026-01-10', officialOn: undefined }),
    buildMember({ id: 'DV0001' }),
    buildMember({ id: 'DV0004', exempt: true }),
    buildMember({ id: 'DV0005', admittedOn: '2025-06-30', officialOn: undefined }),
    buildMember({ id: 'DV0006', admittedOn: '2025-07-01', officialOn: undefined }),
    buildMember({ id: 'DV0008', exempt: '2026-10-01' }),
  ],
});

describe('membersNotToBeRated', () => {
  it('lists exempt members and those admitted less than 6 months before 31 December, sorted', () => {
    // DV0005: 6 completed months on 31/12/2025, rated; DV0006: 5 months; DV0007: admitted after.
    expect(membersNotToBeRated(dataset, 2025)).toEqual(['DV0004', 'DV0006', 'DV0007']);
    // DV0007 has 11 months on 31/12/2026; DV0008 is exempt from 01/10/2026 only.
    expect(membersNotToBeRated(dataset, 2026)).toEqual(['DV0004', 'DV0008']);
  });

  it('takes another number of months when asked', () => {
    expect(membersNotToBeRated(dataset, 2026, { newMemberMonths: 12 })).toEqual([
      'DV0004',
      'DV0007',
      'DV0008',
    ]);
  });

  it('is empty for an empty roster', () => {
    expect(membersNotToBeRated(buildDataset({ members: [] }), 2025)).toEqual([]);
  });

  test.prop([fc.integer({ min: 0, max: 800 }), fc.integer({ min: 2024, max: 2027 })])(
    'lists a new member exactly when 6 months from admission fall after 31 December',
    (offset, year) => {
      const admittedOn = new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const [y, m, d] = admittedOn.split('-').map(Number) as [number, number, number];
      // Six months later, clamped to the end of the month.
      const index = y * 12 + (m - 1) + 6;
      const target = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0));
      const day = Math.min(d, target.getUTCDate());
      const sixMonths = `${target.toISOString().slice(0, 8)}${String(day).padStart(2, '0')}`;
      const listed = membersNotToBeRated(
        { members: [buildMember({ id: 'N', admittedOn, officialOn: undefined })] },
        year,
      );
      expect(listed.length === 1).toBe(sixMonths > `${year}-12-31`);
    },
  );
});
