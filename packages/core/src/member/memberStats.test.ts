import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildMember } from '../testing/builders';
import { MemberStats, memberStats } from './memberStats';

describe('memberStats', () => {
  it('puts a member turning 30 exactly on asOf in 30-39, and one a day short in under-30', () => {
    const stats = memberStats(
      [
        buildMember({ id: 'a', birthDate: '1996-03-01' }),
        buildMember({ id: 'b', birthDate: '1996-03-02' }),
        buildMember({ id: 'c', birthDate: '1986-03-02' }),
        buildMember({ id: 'd', birthDate: '1966-03-01' }),
        buildMember({ id: 'e', birthDate: '1966-03-02' }),
      ],
      '2026-03-01',
    );
    expect(stats.ageBands).toEqual({ 'under-30': 1, '30-39': 2, '40-59': 1, '60-plus': 1 });
  });

  it('turns a 29 February birthday a year older on 28 February in a common year', () => {
    const on = (asOf: string) =>
      memberStats([buildMember({ birthDate: '1996-02-29' })], asOf).ageBands;
    expect(on('2026-02-27')['under-30']).toBe(1);
    expect(on('2026-02-28')['30-39']).toBe(1);
    expect(on('2026-03-01')['30-39']).toBe(1);
  });

  it('counts a bare birth year from 1 January', () => {
    expect(memberStats([buildMember({ birthDate: '1996' })], '2026-01-01').ageBands['30-39']).toBe(
      1,
    );
    expect(
      memberStats([buildMember({ birthDate: '1996' })], '2025-12-31').ageBands['under-30'],
    ).toBe(1);
  });

  it('counts every breakdown with every code, zero included', () => {
    const stats = memberStats(
      [
        buildMember({
          id: 'a',
          gender: 'female',
          ethnicity: 'Tày',
          religion: 'catholic',
          exempt: true,
        }),
        buildMember({
          id: 'b',
          ethnicity: 'kinh',
          officialOn: undefined,
          admittedOn: '2025-09-02',
          workingAway: true,
        }),
        buildMember({ id: 'c', ethnicity: 'KINH'.normalize('NFD'), officialOn: '2026-03-02' }),
      ],
      '2026-03-01',
    );
    expect(stats.total).toBe(3);
    expect(stats.probationary).toBe(2);
    expect(stats.gender).toEqual({ male: 2, female: 1 });
    expect(stats.ethnicity).toEqual({ kinh: 2, minority: 1 });
    expect(stats.religion).toEqual({
      none: 2,
      catholic: 1,
      buddhist: 0,
      protestant: 0,
      'cao-dai': 0,
      'hoa-hao': 0,
      other: 0,
    });
    expect(stats.exempt).toBe(1);
    expect(stats.workingAway).toBe(1);
    expect(MemberStats.parse(stats)).toEqual(stats);
  });

  it('gives an all-zero result for an empty roster', () => {
    const stats = memberStats([], '2026-03-01');
    expect(stats.total).toBe(0);
    expect(Object.values(stats.occupation).every((n) => n === 0)).toBe(true);
  });

  const memberArb = fc
    .record({
      year: fc.integer({ min: 1930, max: 2007 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      bare: fc.boolean(),
      gender: fc.constantFrom('male' as const, 'female' as const),
      religion: fc.constantFrom('none' as const, 'catholic' as const, 'buddhist' as const),
      generalEducation: fc.constantFrom(
        'primary' as const,
        'lower-secondary' as const,
        'upper-secondary' as const,
      ),
    })
    .map((r) =>
      buildMember({
        birthDate: r.bare
          ? String(r.year)
          : `${r.year}-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`,
        gender: r.gender,
        religion: r.religion,
        generalEducation: r.generalEducation,
      }),
    );

  test.prop([fc.array(memberArb, { maxLength: 60 })])(
    'every breakdown sums to the total, in any order',
    (members) => {
      const stats = memberStats(members, '2026-03-01');
      for (const breakdown of [
        stats.gender,
        stats.ageBands,
        stats.ethnicity,
        stats.religion,
        stats.generalEducation,
        stats.professional,
        stats.politicalTheory,
        stats.occupation,
      ]) {
        expect(Object.values(breakdown).reduce((a, b) => a + b, 0)).toBe(members.length);
      }
      expect(memberStats([...members].reverse(), '2026-03-01')).toEqual(stats);
    },
  );
});
