import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dateMessage, displayDate, parseDate } from '../page/dates';

describe('the date fields read and show day first, whatever the browser', () => {
  it.each([
    ['1/3/2026', '2026-03-01'],
    ['01/03/2026', '2026-03-01'],
    [' 1.3.2026 ', '2026-03-01'],
    ['1-3-2026', '2026-03-01'],
    ['01032026', '2026-03-01'],
    ['2026-03-01', '2026-03-01'],
    ['29/2/2028', '2028-02-29'],
    ['31/12/2025', '2025-12-31'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, iso });
  });

  it('shows an ISO date as dd/mm/yyyy', () => {
    expect(displayDate('2026-03-01')).toBe('01/03/2026');
    expect(displayDate('2025-12-31')).toBe('31/12/2025');
  });

  it.each([
    ['31/02/2026', 'Không có ngày 31/2/2026: tháng 2 năm 2026 chỉ có 28 ngày.'],
    ['29/02/2026', 'Không có ngày 29/2/2026: tháng 2 năm 2026 chỉ có 28 ngày.'],
    ['31/4/2026', 'Không có ngày 31/4/2026: tháng 4 năm 2026 chỉ có 30 ngày.'],
    ['2026-02-30', 'Không có ngày 30/2/2026: tháng 2 năm 2026 chỉ có 28 ngày.'],
    ['1/13/2026', 'Không có tháng 13: tháng là một số từ 1 đến 12 (ngày/tháng/năm).'],
  ])('says plainly that %s is impossible', (text, message) => {
    const parsed = parseDate(text);
    expect(parsed).toMatchObject({ ok: false, reason: 'impossible' });
    expect(dateMessage(text, parsed)).toBe(message);
  });

  it('asks for the day-first form when the text is no date', () => {
    for (const text of ['3/1', 'hôm nay', '1/3/26', '2026/03/01']) {
      const parsed = parseDate(text);
      expect(parsed, text).toEqual({ ok: false, reason: 'format' });
      expect(dateMessage(text, parsed)).toContain('ngày/tháng/năm, ví dụ 01/03/2026');
    }
    expect(parseDate('  ')).toEqual({ ok: false, reason: 'empty' });
  });

  test.prop([
    fc.date({ min: new Date('1930-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
  ])('what it shows reads back as the same date, padded or not', (date) => {
    const iso = date.toISOString().slice(0, 10);
    const shown = displayDate(iso);
    expect(shown).toMatch(/^\d{2}\/\d{2}\/\d{4}$/u);
    expect(parseDate(shown)).toEqual({ ok: true, iso });
    const [d, m, y] = shown.split('/').map(Number);
    expect(parseDate(`${d}/${m}/${y}`)).toEqual({ ok: true, iso });
  });
});
