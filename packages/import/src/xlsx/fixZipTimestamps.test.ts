import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { templateWorkbookBytes } from '../template/templateContent';
import { fixZipTimestamps } from './fixZipTimestamps';

describe('fixZipTimestamps', () => {
  it('stamps every entry with the date and keeps the contents', () => {
    const zip = zipSync(
      { 'a.txt': strToU8('một'), 'b/c.xml': strToU8('<x/>') },
      { mtime: new Date(2031, 5, 7, 13, 45) },
    );
    const fixed = fixZipTimestamps(zip, new Date(Date.UTC(2026, 2, 1)));
    const files = unzipSync(fixed);
    expect(new TextDecoder().decode(files['a.txt'])).toBe('một');
    const view = new DataView(fixed.buffer);
    // First local header: time 0, date 2026-03-01.
    expect(view.getUint16(10, true)).toBe(0);
    expect(view.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (3 << 5) | 1);
    expect(fixed).not.toEqual(zip);
  });

  it('refuses bytes that are not a zip archive', () => {
    expect(() => fixZipTimestamps(strToU8('không phải zip'), new Date())).toThrow(RangeError);
  });

  it('makes the template workbook the same bytes every time', async () => {
    const first = await templateWorkbookBytes();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await templateWorkbookBytes()).toEqual(first);
  });
});
