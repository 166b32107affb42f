import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildOrganization } from '../testing/builders';
import { organizationsFounded } from './organizationsFounded';

const window = { from: '2025-07-01', asOf: '2026-03-01' };

describe('organizationsFounded', () => {
  it('counts the organisations founded from `from` to `asOf`, both days included', () => {
    const orgs = [
      buildOrganization({ code: 'A', category: 'non-state', foundedOn: '2025-07-01' }),
      buildOrganization({ code: 'B', category: 'non-state', foundedOn: '2026-03-01' }),
      buildOrganization({ code: 'C', category: 'residential', foundedOn: '2025-06-30' }),
      buildOrganization({ code: 'D', category: 'residential', foundedOn: '2026-03-02' }),
      buildOrganization({ code: 'E', category: 'residential' }),
    ];
    const result = organizationsFounded(orgs, window);
    expect(result.total).toBe(2);
    expect(result.codes).toEqual(['A', 'B']);
    expect(result.byCategory['non-state']).toBe(2);
    expect(result.byCategory.residential).toBe(0);
  });

  it('is all zeros for no organisation', () => {
    const result = organizationsFounded([], window);
    expect(result.total).toBe(0);
    expect(Object.values(result.byCategory).every((n) => n === 0)).toBe(true);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 800 }), { maxLength: 40 })])(
    'the categories add up to the total, in any order',
    (offsets) => {
      const orgs = offsets.map((days, i) =>
        buildOrganization({
          code: `O${i}`,
          category: i % 2 === 0 ? 'residential' : 'non-state',
          foundedOn: new Date(Date.UTC(2025, 0, 1 + days)).toISOString().slice(0, 10),
        }),
      );
      const result = organizationsFounded(orgs, window);
      expect(Object.values(result.byCategory).reduce((a, b) => a + b, 0)).toBe(result.total);
      expect(organizationsFounded([...orgs].reverse(), window)).toEqual(result);
    },
  );
});
