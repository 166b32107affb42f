import { fillNarrative, formatPercent, percentages, percentOf } from '@org/party-core';
import { describe, expect, it } from 'vitest';
import { placeholderOf, SEED_FIGURES } from '../src/figures';
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
      expect(placeholderOf(figure)).toMatch(/^\{\{[\w.+-]+(\|pad)?\}\}$/u);
    }
  });

  it('gives the combined shares the same whichever way they are taken', async () => {
    const s = await stats();
    // 52,1% = 645 of 1.239: the group's own share, and the sum of its codes' shares.
    const { university, college } = s.members.professional;
    expect(formatPercent(percentOf(university + college, s.members.total))).toBe('52,1%');
    const shares = percentages(s.members.professional);
    expect(formatPercent(Math.round((shares.university + shares.college) * 10) / 10)).toBe('52,1%');
  });
});
