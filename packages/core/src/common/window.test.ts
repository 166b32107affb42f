import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InvalidArgumentError } from '../errors';
import {
  checkWindow,
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
