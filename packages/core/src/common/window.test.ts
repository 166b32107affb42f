import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InvalidArgumentError } from '../errors';
import {
  checkWindow,
  coveredWindowSchema,
  OptionalWindow,
  parseWindow,
  StatsWindow,
  WINDOW_LABELS,
  windowSchema,
} from './window';

const CLI = {
  asOf: { vi: 'Ngày số liệu (--as-of)', en: '--as-of' },
  from: { vi: 'Ngày bắt đầu kỳ (--from)', en: '--from' },
};

describe('the statistics window', () => {
  it('accepts from on or before asOf, and refuses from after asOf', () => {
    expect(StatsWindow.safeParse({ asOf: '2026-03-01', from: '2026-03-01' }).success).toBe(true);
    expect(StatsWindow.safeParse({ asOf: '2026-03-01', from: '2025-07-01' }).success).toBe(true);
    expect(StatsWindow.safeParse({ asOf: '2026-03-01', from: '2026-03-02' }).success).toBe(false);
  });

  it('keeps the order rule in a schema with more fields', () => {
    const Query = windowSchema({ format: z.string() });
    expect(Query.safeParse({ asOf: '2026-03-01', from: '2026-03-02', format: 'md' }).success).toBe(
      false,
    );
    expect(Query.safeParse({ asOf: '2026-03-01', from: '2026-01-02', format: 'md' }).success).toBe(
      true,
    );
  });

  it('words each problem with the labels of the surface that asks', () => {
    expect(checkWindow(StatsWindow, { asOf: '2026-02-30', from: '2025-07-01' }, CLI)).toEqual({
      ok: false,
      message: {
        vi: 'Ngày số liệu (--as-of) “2026-02-30” không phải ngày hợp lệ. Hãy ghi dạng yyyy-mm-dd, ví dụ 2026-03-01.',
        en: '--as-of “2026-02-30” is not a valid date. Write it as yyyy-mm-dd, e.g. 2026-03-01.',
      },
    });
    expect(checkWindow(StatsWindow, { asOf: '2026-03-01' })).toEqual({
      ok: false,
      message: {
        vi: 'Thiếu ngày bắt đầu kỳ (from) (dạng yyyy-mm-dd, ví dụ 2026-03-01).',
        en: 'from is missing (a date as yyyy-mm-dd, e.g. 2026-03-01).',
      },
    });
    expect(checkWindow(StatsWindow, { asOf: '2025-07-01', from: '2026-03-01' }, CLI)).toEqual({
      ok: false,
      message: {
        vi: 'Ngày bắt đầu kỳ (--from) (2026-03-01) phải trước hoặc trùng ngày số liệu (--as-of) (2025-07-01).',
        en: '--from 2026-03-01 must not be after --as-of 2025-07-01.',
      },
    });
  });

  it('cuts a long value it quotes', () => {
    const checked = checkWindow(StatsWindow, { asOf: 'x'.repeat(100), from: '2025-07-01' });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message.en).toContain(`“${'x'.repeat(39)}…”`);
  });

  it('lets validation leave the dates out, but not give a wrong one', () => {
    expect(OptionalWindow.safeParse({}).success).toBe(true);
    expect(OptionalWindow.safeParse({ asOf: '2026-02-29' }).success).toBe(false);
  });

  it('throws InvalidArgumentError with both languages for a computation', () => {
    expect(() => parseWindow(StatsWindow, { asOf: '2026-03-01', from: 'x' })).toThrow(
      InvalidArgumentError,
    );
    try {
      parseWindow(StatsWindow, { asOf: '2026-03-01', from: 'x' });
    } catch (error) {
      expect((error as InvalidArgumentError).localized.en).toBe(
        `${WINDOW_LABELS.from.en} “x” is not a valid date. Write it as yyyy-mm-dd, e.g. 2026-03-01.`,
      );
    }
  });
});

describe('the window of a dataset’s history (contract §4.3)', () => {
  const covered = coveredWindowSchema({ dataDate: '2026-03-01', movementsFrom: '2024-01-01' });

  it('takes any window inside what the data covers, its edges included', () => {
    expect(covered.safeParse({ asOf: '2026-03-01', from: '2024-01-01' }).success).toBe(true);
    expect(covered.safeParse({ asOf: '2025-12-31', from: '2025-01-01' }).success).toBe(true);
  });

  it('refuses a date after the data date, saying what the data covers', () => {
    const checked = checkWindow(covered, { asOf: '2026-03-02', from: '2025-07-01' });
    expect(checked).toEqual({
      ok: false,
      message: {
        vi: 'Không tính được số liệu đến ngày 2/3/2026: dữ liệu chỉ đúng đến ngày 1/3/2026 (Ngày số liệu của tệp đơn vị). Hãy chọn ngày số liệu không sau ngày đó, hoặc nhập dữ liệu mới hơn.',
        en: 'Figures cannot be computed at 2026-03-02: the data is true on 2026-03-01 (its data date). Choose a reference date on or before it, or import newer data.',
      },
    });
  });

  it('refuses a period that starts, or a date that falls, before the movements are complete', () => {
    for (const window of [
      { asOf: '2025-12-31', from: '2023-12-31' },
      { asOf: '2023-12-31', from: '2023-12-31' },
    ]) {
      const checked = checkWindow(covered, window);
      expect(checked.ok).toBe(false);
      if (!checked.ok)
        expect(checked.message.en).toContain('movements are complete only from 2024-01-01');
    }
  });

  it('takes the movements as complete and the roster as true on any date when the data says nothing', () => {
    expect(
      coveredWindowSchema({}).safeParse({ asOf: '2040-01-01', from: '1990-01-01' }).success,
    ).toBe(true);
  });

  it('keeps the order rule', () => {
    expect(covered.safeParse({ asOf: '2025-01-01', from: '2025-06-01' }).success).toBe(false);
  });
});
