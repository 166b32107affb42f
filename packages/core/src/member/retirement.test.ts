import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { retirement } from './retirement';

describe('retirement (NĐ 135/2020)', () => {
  it('matches the worked checks of the official appendix', () => {
    expect(retirement('1964-10-15', 'male')).toEqual({
      age: { years: 61, months: 6 },
      reachesAgeOn: '2026-04-15',
      month: '2026-04',
      retiresOn: '2026-04-30',
      pensionFrom: '2026-05-01',
    });
    expect(retirement('1965-01-20', 'male').pensionFrom).toBe('2026-08-01');
    expect(retirement('1969-05-02', 'female')).toMatchObject({
      age: { years: 57, months: 0 },
      month: '2026-05',
      pensionFrom: '2026-06-01',
    });
  });

  it('counts a bare birth year from 1 January', () => {
    expect(retirement('1964', 'male')).toMatchObject({
      reachesAgeOn: '2025-04-01',
      age: { years: 61, months: 3 },
    });
  });

  it('keeps 62 for men from 2028 and 60 for women from 2035', () => {
    expect(retirement('1980-03-10', 'male')).toMatchObject({
      age: { years: 62, months: 0 },
      month: '2042-03',
    });
    expect(retirement('1980-03-10', 'female')).toMatchObject({
      age: { years: 60, months: 0 },
      month: '2040-03',
    });
  });

  it('uses the earlier ages (60 and 55) before 2021', () => {
    expect(retirement('1955-06-01', 'male')).toMatchObject({
      age: { years: 60, months: 0 },
      month: '2015-06',
    });
    expect(retirement('1960-06-01', 'female')).toMatchObject({
      age: { years: 55, months: 0 },
      month: '2015-06',
    });
  });

  it('handles a 29 February birth', () => {
    expect(retirement('1964-02-29', 'male').reachesAgeOn).toBe('2025-05-29');
  });

  test.prop([
    fc.integer({ min: 1940, max: 2005 }),
    fc.integer({ min: 1, max: 12 }),
    fc.constantFrom('male', 'female' as const),
  ])(
    'retires in the year the age for that year is reached, never earlier for a later birth',
    (year, month, gender) => {
      const birth = `${year}-${String(month).padStart(2, '0')}-10`;
      const later = `${year}-${String(month).padStart(2, '0')}-20`;
      const a = retirement(birth, gender as 'male' | 'female');
      const b = retirement(later, gender as 'male' | 'female');
      expect(a.month.slice(0, 4)).toBe(a.reachesAgeOn.slice(0, 4));
      expect(b.retiresOn >= a.retiresOn).toBe(true);
    },
  );
});
