import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors';
import { defaultRules } from '../rules/defaultRules';
import type { PlanningRule } from '../rules/schema';
import { latestRule } from '../rules/selectRule';
import { ageReferenceDate } from './ageReferenceDate';
import { PlanningLevels } from './codes';

function planningVersion(index: number): PlanningRule {
  const version = defaultRules.planning[index];
  if (!version) throw new Error(`no planning rule version ${index}`);
  return version;
}

const qd377 = latestRule(defaultRules.planning);

describe('ageReferenceDate (HD 45 §5.2)', () => {
  it('gives the HD 45 months for the 2030-2035 term', () => {
    expect(ageReferenceDate('2030-2035')).toEqual({
      term: '2030-2035',
      level: 'commune',
      month: '2030-07',
      date: '2030-07-01',
      regulation: qd377.regulation,
    });
    expect(ageReferenceDate('2030-2035', { level: 'grassroots' }).date).toBe('2030-04-01');
    expect(ageReferenceDate('2030-2035', { level: 'above-grassroots' }).date).toBe('2030-06-01');
    expect(ageReferenceDate('2030-2035', { level: 'province' }).date).toBe('2030-09-01');
  });

  it('takes the state bodies month in the first year of their own term', () => {
    expect(ageReferenceDate('2031-2036', { level: 'state' }).month).toBe('2031-03');
    expect(ageReferenceDate('2026-2031', { level: 'state' }).date).toBe('2026-03-01');
  });

  it('shifts the month to the start year of other terms', () => {
    expect(ageReferenceDate('2025-2030').date).toBe('2025-07-01');
    expect(ageReferenceDate('2035-2040', { level: 'grassroots' }).date).toBe('2035-04-01');
  });

  it('reads a term written with spaces in canonical form', () => {
    expect(ageReferenceDate('2030 - 2035')).toMatchObject({ term: '2030-2035', month: '2030-07' });
  });

  it('uses the given rule', () => {
    const rule = { ...qd377, regulation: 'Test', ageReference: { commune: '2030-11' } };
    expect(ageReferenceDate('2030-2035', { rule })).toMatchObject({
      date: '2030-11-01',
      regulation: 'Test',
    });
  });

  it('throws on a rule with no month for the level, and on a malformed term', () => {
    const qd50 = planningVersion(0);
    expect(() => ageReferenceDate('2025-2030', { rule: qd50 })).toThrow(InvalidArgumentError);
    expect(() => ageReferenceDate('2025/2030')).toThrow(InvalidArgumentError);
    expect(() => ageReferenceDate('')).toThrow(InvalidArgumentError);
  });

  test.prop([fc.integer({ min: 2000, max: 2100 }), fc.constantFrom(...PlanningLevels.codes)])(
    'falls on the first day of a month in the term start year, same month as the rule',
    (start, level) => {
      const result = ageReferenceDate(`${start}-${start + 5}`, { level });
      expect(result.date.slice(0, 4)).toBe(String(start));
      expect(result.date.slice(4)).toBe(`${qd377.ageReference[level]?.slice(4)}-01`);
    },
  );
});
