import { fillNarrative, formatPercent, percentages, percentOf, type Stats } from '@org/party-core';
import { describe, expect, it } from 'vitest';
import { placeholderOf, SEED_FIGURES } from '../src/figures';
import { stats } from './dataset';

/** The number a figure prints: `1.239` → 1239, `27,94` → 27.94, `05` → 5, `77,4%` → 77.4. */
function printedNumber(printed: string): number {
  return Number(printed.replace(/%$/u, '').replaceAll('.', '').replace(',', '.'));
}

/** The number at a dotted path of the stats object (`members.total`), if there is one. */
function valueAt(stats: Stats, path: string): number | undefined {
  let value: unknown = stats;
  for (const key of path.split('.')) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  return typeof value === 'number' ? value : undefined;
}

describe('the figures of the seed report, computed from the sample CSV folder', () => {
  it.each(SEED_FIGURES.map((f) => [`${f.section} ${f.label}`, f] as const))(
    '%s prints as the report prints it',
    async (_, figure) => {
      const filled = fillNarrative(placeholderOf(figure), await stats());
      expect(filled.errors).toEqual([]);
      expect(filled.text).toBe(figure.printed);
    },
  );

  it('lists every figure with a path the stats object has', async () => {
    const s = await stats();
    expect(SEED_FIGURES.length).toBeGreaterThanOrEqual(50);
    for (const figure of SEED_FIGURES) {
      const where = `${figure.section} ${figure.statsPath}`;
      const printed = printedNumber(figure.printed);
      const value = valueAt(s, figure.statsPath);
      if (value !== undefined) {
        // A count or a share the stats object holds as it is printed.
        expect(value, where).toBe(printed);
        // The report pads counts below 10 (`05`), and only those.
        const padded = !figure.printed.endsWith('%') && value < 10;
        expect(figure.pad, where).toBe(padded);
        expect(placeholderOf(figure), where).toBe(`{{${figure.statsPath}${padded ? '|pad' : ''}}}`);
        continue;
      }
      // A share of the members: `<group>.<code>.percent`, or `<group>.<a>+<b>.percent`
      // for codes taken together, of the counts the stats object holds.
      const share = /^(members\.[\w-]+)\.([\w+-]+)\.percent$/u.exec(figure.statsPath);
      expect(share, `${where} names no number of the stats object`).not.toBeNull();
      const [, group = '', codes = ''] = share ?? [];
      const counts = codes.split('+').map((code) => valueAt(s, `${group}.${code}`));
      for (const count of counts) expect(count, where).toBeTypeOf('number');
      const count = counts.reduce<number>((sum, n) => sum + (n ?? 0), 0);
      // Largest remainder keeps each one-decimal share within 0,1 of the exact one.
      expect(Math.abs(printed - (100 * count) / s.members.total), where).toBeLessThan(0.1);
      expect(figure.pad, where).toBe(false);
      expect(placeholderOf(figure), where).toBe(`{{${figure.statsPath}}}`);
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
