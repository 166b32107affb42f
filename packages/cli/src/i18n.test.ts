import { describe, expect, it } from 'vitest';
import { detectLang, text } from './i18n';

describe('the CLI text catalogue', () => {
  it('gives each text in Vietnamese first and in English on request', () => {
    expect(text('vi', 'seeHelp')).toBe('Xem thêm: party --help');
    expect(text('en', 'seeHelp')).toBe('See: party --help');
  });

  it('fills each {name} with its parameter, and keeps the braces around it', () => {
    expect(text('en', 'templateWritten', { path: 'mau.xlsx' })).toBe('Template written: mau.xlsx');
    expect(
      text('vi', 'reportMismatch', {
        section: 'I.1',
        placeholder: 'members.total',
        stated: 10,
        computed: 12,
        how: 'đếm',
      }),
    ).toBe('  - Mục I.1, {{members.total}}: dự thảo ghi 10, dữ liệu tính được 12 (đếm)');
  });

  it('does not fill a parameter twice, nor one that is not given', () => {
    expect(text('vi', 'datasetLine', { path: '{path}' })).toBe('Dữ liệu: {path}');
    expect(text('vi', 'didYouMean', {})).toBe(' Có phải ý bạn là {suggestion}?');
  });

  it('picks the language from --lang or PARTY_LANG', () => {
    expect(detectLang(['--lang', 'en'], {})).toBe('en');
    expect(detectLang(['--lang=vi'], { PARTY_LANG: 'en' })).toBe('vi');
    expect(detectLang([], { PARTY_LANG: 'en' })).toBe('en');
  });
});
