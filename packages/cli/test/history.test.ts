import { describe, expect, it } from 'vitest';
import { runInProcess } from './runInProcess';

const run = (argv: string[]) => runInProcess(argv);

/** `party stats --json` of the example ward with history, at a window. */
async function statsAt(asOf: string, from: string) {
  const { code, stdout } = await run([
    'stats',
    'examples/ward-history/dataset.json',
    '--as-of',
    asOf,
    '--from',
    from,
    '--json',
  ]);
  expect(code).toBe(0);
  return JSON.parse(stdout) as {
    dataDate: string | null;
    members: { total: number };
    movements: { opening: number; closing: number; net: number };
  };
}

describe('party stats at any date (data contract §4)', () => {
  it('gives the example ward’s figures at three dates, as counted by hand in its README', async () => {
    // Opening and closing of each period, from examples/ward-history/README.md.
    const cases = [
      ['2024-12-31', '2024-01-01', 14, 14],
      ['2025-12-31', '2025-01-01', 14, 14],
      ['2026-03-01', '2025-07-01', 15, 13],
    ] as const;
    for (const [asOf, from, opening, closing] of cases) {
      const stats = await statsAt(asOf, from);
      expect(stats.dataDate, asOf).toBe('2026-03-01');
      expect(stats.members.total, asOf).toBe(closing);
      expect(stats.movements, asOf).toMatchObject({ opening, closing, net: closing - opening });
    }
  });

  it('refuses a date after the data date with exit 1, saying what the data covers, in both languages', async () => {
    const args = ['stats', 'examples/ward-history/dataset.json', '--as-of', '2026-06-30'];
    const vi = await run([...args, '--from', '2026-01-01']);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toBe('');
    expect(vi.stderr).toContain(
      'Không tính được số liệu đến ngày 30/6/2026: dữ liệu chỉ đúng đến ngày 1/3/2026',
    );
    const en = await run([...args, '--from', '2026-01-01', '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(
      'Figures cannot be computed at 2026-06-30: the data is true on 2026-03-01',
    );
  });

  it('refuses a period that starts before the movements are complete', async () => {
    const { code, stdout, stderr } = await run([
      'stats',
      'examples/ward-history/dataset.json',
      '--as-of',
      '2025-12-31',
      '--from',
      '2023-07-01',
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('biến động chỉ được ghi đầy đủ từ ngày 1/1/2024');
  });

  it('never gives the minimal example’s figures of 01/3/2026 as those of 31/12/2025', async () => {
    // Version 1 data: its roster is true on its own date only. A death of
    // 08/01/2026 in its movements is after 31/12/2025, so the figures of that
    // date cannot be computed from it: an error naming the row, never 13/12.
    const { code, stdout } = await run([
      'stats',
      'examples/minimal/dataset.json',
      '--as-of',
      '2025-12-31',
      '--from',
      '2025-07-01',
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain('Biến động (bien-dong)');
    expect(stdout).toMatch(/#4\s+Ngày\s+lỗi\s+2026-01-08/u);
    expect(stdout).not.toMatch(/Đầu kỳ|đầu kỳ/u);
  });
});
