import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './detectDelimiter';

describe('detectDelimiter', () => {
  it('picks the semicolon when the header has more semicolons', () => {
    expect(detectDelimiter('Mã;Tên;Loại\nCB01;"a, b, c, d";x')).toBe(';');
  });

  it('picks the comma when the header has more commas', () => {
    expect(detectDelimiter('Mã,Tên;x,Loại\n;;;;;')).toBe(',');
  });

  it('ignores separators inside quotes, even across a quoted line break', () => {
    expect(detectDelimiter('"a,b,c\nd,e";x;y\n')).toBe(';');
  });

  it('stops at the first line break outside quotes, CR included', () => {
    expect(detectDelimiter('a;b\r\n,,,,,,')).toBe(';');
  });

  it('falls back to a comma on a tie or an empty head', () => {
    expect(detectDelimiter('')).toBe(',');
    expect(detectDelimiter('a,b;c')).toBe(',');
  });
});
