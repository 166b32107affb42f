import { describe, expect, it } from 'vitest';
import { defaultRules } from '../rules/defaultRules';
import type { CitedDocument } from '../rules/schema';
import { type Citation, compareCitation, findCitations } from './citations';

const [first] = findCitations('theo Chỉ thị số 50-CT/TW ngày 20/12/2023 của Ban Bí thư');

describe('findCitations', () => {
  it('reads a citation with `ngày` and where its date stands', () => {
    const text = 'theo Chỉ thị số 50-CT/TW ngày 20/12/2023 của Ban Bí thư';
    expect(first).toEqual({
      kind: 'Chỉ thị',
      symbol: '50-CT/TW',
      stated: '20/12/2023',
      date: '2023-12-20',
      start: text.indexOf('20/12'),
      end: text.indexOf('20/12') + 10,
      context: 'Chỉ thị số 50-CT/TW ngày 20/12/2023',
    });
  });

  it('reads the date in brackets and the short kinds; leaves out citations without a date', () => {
    const found = findCitations(
      'Hướng dẫn 24-HD/BTCTW (20/9/2023), QĐ 366-QĐ/TW (30/8/2025); Nghị quyết số 21-NQ/TW; Quyết định số 217-QĐ/TW, 218-QĐ/TW. Ngày 20/6/2025, ban hành Quyết định số 1938-QĐ/TU.',
    );
    expect(found.map((c) => [c.kind, c.symbol, c.date])).toEqual([
      ['Hướng dẫn', '24-HD/BTCTW', '2023-09-20'],
      ['QĐ', '366-QĐ/TW', '2025-08-30'],
    ]);
    expect(findCitations('Chỉ thị số 50-CT/TW ngày 31/2/2023')).toEqual([]);
  });
});

describe('compareCitation', () => {
  const cite = (symbol: string, date: string): Citation => ({
    ...(first as Citation),
    symbol,
    date,
  });

  it('finds a date the registry of the rules gives otherwise: Chỉ thị 50-CT/TW is of 23/7/2025', () => {
    const found = compareCitation(first as Citation, defaultRules.documents);
    expect(found?.computed).toBe('23/7/2025');
    expect(found?.how.vi).toContain('Chỉ thị 50-CT/TW của Ban Bí thư');
    expect(found?.how.vi).toContain('docs/domain.md');
  });

  it('finds nothing for the right date, a document not in the registry, or one of another term', () => {
    expect(compareCitation(cite('50-CT/TW', '2025-07-23'), defaultRules.documents)).toBeUndefined();
    expect(compareCitation(cite('80-KL/TW', '2020-07-29'), defaultRules.documents)).toBeUndefined();
    // QĐ 124-QĐ/TW of 2018 (khóa XII) is another document than QĐ 124-QĐ/TW of 2023 (khóa XIII).
    expect(
      compareCitation(cite('124-QĐ/TW', '2018-02-02'), defaultRules.documents),
    ).toBeUndefined();
    expect(compareCitation(cite('124-QĐ/TW', '2023-10-05'), defaultRules.documents)?.computed).toBe(
      '04/10/2023',
    );
  });

  it('compares local documents without terms, and accepts any of two registered dates', () => {
    const registry: CitedDocument[] = [
      {
        symbol: '02-HD/TU',
        kind: 'Hướng dẫn',
        date: '2021-03-01',
        title: 'a',
        source: 's',
        confidence: 'likely',
      },
      {
        symbol: '02-HD/TU',
        kind: 'Hướng dẫn',
        date: '2025-11-18',
        title: 'b',
        source: 's',
        confidence: 'likely',
      },
    ];
    expect(compareCitation(cite('02-HD/TU', '2025-11-18'), registry)).toBeUndefined();
    expect(compareCitation(cite('02-HD/TU', '2025-11-19'), registry)?.computed).toBe(
      '01/3/2021; 18/11/2025',
    );
  });
});
