import { InvalidArgumentError, OptionalWindow, StatsWindow } from '@org/party-core';
import { describe, expect, it } from 'vitest';
import { windowOptions } from './context';

describe('the window options', () => {
  it('returns the window when its dates are valid and in order', () => {
    expect(windowOptions(StatsWindow, { asOf: '2026-03-01', from: '2025-07-01' })).toEqual({
      asOf: '2026-03-01',
      from: '2025-07-01',
    });
    expect(windowOptions(OptionalWindow, { asOf: undefined })).toEqual({});
  });

  it('throws a usage error named after the options, in both languages', () => {
    try {
      windowOptions(StatsWindow, { asOf: '2025-07-01', from: '2026-03-01' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).localized).toEqual({
        vi: 'Ngày bắt đầu kỳ (--from) (2026-03-01) phải trước hoặc trùng ngày số liệu (--as-of) (2025-07-01).',
        en: '--from 2026-03-01 must not be after --as-of 2025-07-01.',
      });
    }
    expect(() => windowOptions(OptionalWindow, { asOf: '2026-02-30' })).toThrow(
      'Ngày số liệu (--as-of) “2026-02-30” không phải ngày hợp lệ.',
    );
  });
});
