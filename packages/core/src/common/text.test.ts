import { describe, expect, it } from 'vitest';
import { labelKey, normalizeText } from './text';

describe('normalizeText', () => {
  it('turns NFD into NFC, trims and folds spaces', () => {
    const nfd = 'Nguyễn  Thị\tHà'.normalize('NFD');
    const result = normalizeText(`  ${nfd} `);
    expect(result).toBe('Nguyễn Thị Hà'.normalize('NFC'));
    expect(result.normalize('NFC')).toBe(result);
  });
});

describe('labelKey', () => {
  it('ignores case, diacritics, spacing and punctuation', () => {
    for (const variant of ['Nữ', 'nữ', 'NỮ', 'Nu', ' n u ', 'Nữ'.normalize('NFD')]) {
      expect(labelKey(variant)).toBe('nu');
    }
    expect(labelKey('Thạc sĩ')).toBe(labelKey('thac si'));
    expect(labelKey('Cán bộ, công chức, viên chức')).toBe('canbocongchucvienchuc');
  });

  it('reads đ as d and keeps slashes', () => {
    expect(labelKey('Đảng viên')).toBe('dangvien');
    expect(labelKey('12/12')).toBe('12/12');
  });
});
