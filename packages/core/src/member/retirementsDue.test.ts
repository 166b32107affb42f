import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildMember } from '../testing/builders';
import { retirement } from './retirement';
import { retirementsDue } from './retirementsDue';

describe('retirementsDue', () => {
  it('lists members whose retirement date falls in the window', () => {
    const members = [
      buildMember({ id: 'W', gender: 'female', birthDate: '1969-05-02' }),
      buildMember({ id: 'M', gender: 'male', birthDate: '1964-10-15' }),
      buildMember({ id: 'Y', gender: 'male', birthDate: '1990-01-01' }),
    ];
    const due = retirementsDue(members, '2026-01-01', '2026-12-31');
    expect(due.map((d) => [d.memberId, d.retiresOn, d.pensionFrom])).toEqual([
      ['M', '2026-04-30', '2026-05-01'],
      ['W', '2026-05-31', '2026-06-01'],
    ]);
    expect(retirementsDue(members, '2026-04-30', '2026-04-30').map((d) => d.memberId)).toEqual([
      'M',
    ]);
  });
});

describe('retirementsDue pre-filter', () => {
  test.prop([
    fc.array(
      fc.record({
        year: fc.integer({ min: 1940, max: 2005 }),
        month: fc.integer({ min: 1, max: 12 }),
        gender: fc.constantFrom('male' as const, 'female' as const),
      }),
      { maxLength: 40 },
    ),
    fc.integer({ min: 2000, max: 2070 }),
  ])('finds exactly what computing every retirement finds', (rows, year) => {
    const members = rows.map((r, i) =>
      buildMember({
        id: `m${i}`,
        gender: r.gender,
        birthDate: `${r.year}-${String(r.month).padStart(2, '0')}-15`,
      }),
    );
    const from = `${year}-01-01`;
    const to = `${year + 1}-06-30`;
    const naive = members
      .map((m) => ({ memberId: m.id, org: m.org, ...retirement(m.birthDate, m.gender) }))
      .filter((r) => r.retiresOn >= from && r.retiresOn <= to)
      .sort(
        (a, b) => a.retiresOn.localeCompare(b.retiresOn) || a.memberId.localeCompare(b.memberId),
      );
    expect(retirementsDue(members, from, to)).toEqual(naive);
  });
});
