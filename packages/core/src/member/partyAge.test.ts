import { describe, expect, it } from 'vitest';
import { partyAge, partyAgeMonths } from './partyAge';

describe('partyAge', () => {
  it('counts completed months from the admission decision', () => {
    expect(partyAge({ admittedOn: '1996-02-03' }, '2026-02-03')).toEqual({ years: 30, months: 0 });
    expect(partyAge({ admittedOn: '1996-02-03' }, '2026-02-02')).toEqual({ years: 29, months: 11 });
    expect(partyAgeMonths({ admittedOn: '2005-03-26' }, '2026-03-01')).toBe(251);
  });

  it('subtracts the recorded months outside party activity, never below zero', () => {
    expect(partyAge({ admittedOn: '1996-02-03', partyAgeGapMonths: 14 }, '2026-02-03')).toEqual({
      years: 28,
      months: 10,
    });
    expect(partyAgeMonths({ admittedOn: '2025-02-03', partyAgeGapMonths: 30 }, '2026-02-03')).toBe(
      0,
    );
  });
});
