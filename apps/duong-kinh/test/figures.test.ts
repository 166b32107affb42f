import { fillNarrative, formatPercent, percentages } from '@org/party-core';
import { describe, expect, it } from 'vitest';
import {
  combinedPercent,
  placeholderOf,
  SEED_COMBINED_FIGURES,
  SEED_FIGURES,
} from '../src/figures';
import { stats } from './dataset';

describe('the figures of the seed report, computed from the sample CSV folder', () => {
  it.each(SEED_FIGURES.map((f) => [`${f.section} ${f.label}`, f] as const))(
    '%s prints as the report prints it',
    async (_, figure) => {
      const filled = fillNarrative(placeholderOf(figure), await stats());
      expect(filled.errors).toEqual([]);
      expect(filled.text).toBe(figure.printed);
    },
  );

  it('lists every figure with a path the stats object has', () => {
    expect(SEED_FIGURES.length).toBeGreaterThanOrEqual(50);
    for (const figure of SEED_FIGURES) {
      expect(figure.pad).toBe(/^0\d$/u.test(figure.printed));
      expect(placeholderOf(figure)).toMatch(/^\{\{[\w.-]+(\|pad)?\}\}$/u);
    }
  });

  it.each(SEED_COMBINED_FIGURES.map((f) => [f.label, f] as const))(
    'the combined share "%s" is printed whichever way it is computed',
    async (_, figure) => {
      const s = await stats();
      expect(combinedPercent(s, figure)).toBe(figure.printed);
      const breakdown = s.members[figure.breakdown] as Record<string, number>;
      // Sum of the largest-remainder shares of its codes (one placeholder per code).
      const shares = percentages(breakdown);
      const tenths = figure.codes.reduce(
        (total, code) => total + Math.round((shares[code] ?? 0) * 10),
        0,
      );
      expect(formatPercent(tenths / 10)).toBe(figure.printed);
      // Largest-remainder share of the group, the other codes kept apart.
      const merged: Record<string, number> = { group: 0 };
      for (const [code, count] of Object.entries(breakdown)) {
        if (figure.codes.includes(code)) merged.group = (merged.group ?? 0) + count;
        else merged[code] = count;
      }
      expect(formatPercent(percentages(merged).group ?? 0)).toBe(figure.printed);
    },
  );
});
