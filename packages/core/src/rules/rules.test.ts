import { describe, expect, it } from 'vitest';
import { defaultRules } from './defaultRules';
import { RuleSet } from './schema';
import { latestRule, selectRule } from './selectRule';

describe('defaultRules', () => {
  it('is a valid RuleSet', () => {
    expect(RuleSet.safeParse(defaultRules).success).toBe(true);
  });

  it('names a regulation and a date for every version, oldest first', () => {
    const { documents: _documents, ...versioned } = defaultRules;
    for (const versions of Object.values(versioned)) {
      const dates = versions.map((v) => v.effectiveFrom);
      expect(dates).toEqual([...dates].sort());
      for (const version of versions) expect(version.regulation.length).toBeGreaterThan(3);
    }
  });

  it('holds the NĐ 135/2020 retirement ages of domain.md', () => {
    const { schedule } = latestRule(defaultRules.retirementAge);
    const row = (year: number) => schedule.find((r) => r.year === year);
    expect(row(2021)).toEqual({
      year: 2021,
      male: { years: 60, months: 3 },
      female: { years: 55, months: 4 },
    });
    expect(row(2026)).toEqual({
      year: 2026,
      male: { years: 61, months: 6 },
      female: { years: 57, months: 0 },
    });
    expect(row(2028)?.male).toEqual({ years: 62, months: 0 });
    expect(row(2030)?.female).toEqual({ years: 58, months: 4 });
    expect(row(2035)).toEqual({
      year: 2035,
      male: { years: 62, months: 0 },
      female: { years: 60, months: 0 },
    });
  });

  it('holds the badge milestones and occasions', () => {
    const badge = latestRule(defaultRules.partyBadge);
    expect(badge.milestones).toEqual([30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]);
    expect(badge.occasions).toEqual([
      { month: 2, day: 3 },
      { month: 5, day: 19 },
      { month: 9, day: 2 },
      { month: 11, day: 7 },
    ]);
  });
});

describe('selectRule', () => {
  const versions = [
    { effectiveFrom: '2021-12-27', regulation: 'A' },
    { effectiveFrom: '2025-10-08', regulation: 'B' },
  ];

  it('picks the version in force on the date', () => {
    expect(selectRule(versions, '2025-10-07').regulation).toBe('A');
    expect(selectRule(versions, '2025-10-08').regulation).toBe('B');
    expect(selectRule(versions, '2030-01-01').regulation).toBe('B');
  });

  it('falls back to the earliest version before every known one', () => {
    expect(selectRule(versions, '1990-01-01').regulation).toBe('A');
  });

  it('does not depend on the order of the list', () => {
    expect(selectRule([...versions].reverse(), '2026-01-01').regulation).toBe('B');
  });

  it('picks QĐ 377 for planning from 08/10/2025 and QĐ 50 before', () => {
    expect(selectRule(defaultRules.planning, '2025-10-07').regulation).toContain('QĐ 50');
    expect(selectRule(defaultRules.planning, '2026-03-01').regulation).toContain('QĐ 377');
  });

  it('throws on an empty list, a programming error', () => {
    expect(() => selectRule([], '2026-01-01')).toThrow(TypeError);
  });
});

describe('defaultRules.documents', () => {
  it('dates Chỉ thị 50-CT/TW to 23/7/2025 (domain.md §7), not 2023', () => {
    const directive = defaultRules.documents.filter((d) => d.symbol === '50-CT/TW');
    expect(directive).toEqual([expect.objectContaining({ kind: 'Chỉ thị', date: '2025-07-23' })]);
  });

  it('lists each document once and every one with a source', () => {
    const keys = defaultRules.documents.map((d) => `${d.symbol} ${d.date}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(10);
    for (const document of defaultRules.documents)
      expect(document.source.length).toBeGreaterThan(5);
  });

  it('lets a rule set written before the registry parse, with no documents', () => {
    const { documents: _documents, ...older } = defaultRules;
    expect(RuleSet.parse(older).documents).toEqual([]);
  });
});
