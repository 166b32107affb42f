import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { largeStats, smallStats, WINDOW } from '../../test/reportStats';
import { computeStats } from '../stats/computeStats';
import { buildDataset, buildMovement } from '../testing/builders';
import { checkDeclaredFigures, DeclaredFigureMismatch } from './checkDeclaredFigures';

/** The seed ward: 30 admissions and 7 transfers out in the period, so a net change of +23. */
function seedStats() {
  const movements = [
    ...Array.from({ length: 30 }, (_, i) =>
      buildMovement({ memberId: `KN${i}`, type: 'admitted', date: '2025-09-02' }),
    ),
    ...Array.from({ length: 7 }, (_, i) =>
      buildMovement({ memberId: `CD${i}`, type: 'transferred-out', date: '2026-03-01' }),
    ),
    // Before the period: not counted.
    buildMovement({ memberId: 'OLD', type: 'admitted', date: '2025-06-30' }),
  ];
  return computeStats(buildDataset({ movements }), WINDOW);
}

describe('checkDeclaredFigures', () => {
  it('lists the net change the seed report states (+17) against its own movements (+23)', () => {
    const stats = seedStats();
    expect(stats.movements.net).toBe(23);
    const mismatches = checkDeclaredFigures(
      [
        { section: 'I.1', placeholder: 'movements.admitted', stated: '30' },
        { section: 'I.1', placeholder: 'movements.net', stated: '+17' },
      ],
      stats,
    );
    expect(mismatches).toEqual([
      {
        section: 'I.1',
        placeholder: 'movements.net',
        stated: '+17',
        computed: '23',
        reason: 'different',
        how: {
          vi: 'kết nạp và chuyển đến trừ chuyển đi, xóa tên, khai trừ, từ trần, xin ra khỏi Đảng, từ ngày 01/7/2025 đến ngày 01/3/2026',
          en: 'admitted and transferred in, minus transferred out, struck off, expelled, deceased and resigned, from 01/7/2025 to 01/3/2026',
        },
      },
    ]);
    expect(DeclaredFigureMismatch.array().parse(mismatches)).toEqual(mismatches);
    expect(
      checkDeclaredFigures(
        [{ section: 'I.1', placeholder: 'movements.net', stated: '+23' }],
        stats,
      ),
    ).toEqual([]);
  });

  it('reads Vietnamese number formats: 1.239, 77,4%, 03, and plain numbers', () => {
    const stats = largeStats();
    const declared = [
      { section: 'I', placeholder: 'members.total', stated: '1.239' },
      { section: 'I', placeholder: 'members.total', stated: 1239 },
      { section: 'I', placeholder: 'members.gender.male.percent', stated: '77,4%' },
      { section: 'I', placeholder: 'members.gender.male.percent', stated: 77.4 },
      { section: 'I', placeholder: 'organizations.byKind.subordinate-cell|pad', stated: '01' },
      { section: 'I', placeholder: 'asOf', stated: '1/3/2026' },
      { section: 'I', placeholder: 'asOf|dateline', stated: 'ngày 01 tháng 3 năm 2026' },
    ];
    expect(checkDeclaredFigures(declared, stats)).toEqual([]);
  });

  it('lists different, unreadable, missing and unknown figures in the order of the draft', () => {
    const stats = computeStats(buildDataset({ inspections: [] }), WINDOW);
    const mismatches = checkDeclaredFigures(
      [
        { section: 'I.1', placeholder: 'members.total', stated: '1.239' },
        { section: 'I.2', placeholder: 'members.gender.female.percent', stated: '33,4%' },
        { section: 'I.3', placeholder: 'members.total', stated: 'khoảng 3' },
        { section: 'II.1', placeholder: 'inspection.total', stated: 2 },
        { section: 'II.2', placeholder: 'members.tottal', stated: 3 },
        { section: 'II.3', placeholder: 'from', stated: '2/7/2025' },
        { section: 'II.4', placeholder: 'members.total', stated: '3' },
      ],
      stats,
    );
    expect(mismatches.map((m) => [m.section, m.reason, m.computed])).toEqual([
      ['I.1', 'different', '3'],
      ['I.2', 'different', '33,3%'],
      ['I.3', 'unreadable', '3'],
      ['II.1', 'missing', '[[thiếu số liệu: inspection.total]]'],
      ['II.2', 'unknown', ''],
      ['II.3', 'different', '01/7/2025'],
    ]);
    expect(mismatches[0]?.how).toEqual({
      vi: 'tổng số đảng viên trong danh sách ngày 01/3/2026',
      en: 'all members on the roster on 01/3/2026',
    });
    expect(mismatches[4]?.how.en).toBe('the stats have no figure "members.tottal"');
  });

  it('returns nothing for nothing declared', () => {
    expect(checkDeclaredFigures([], smallStats())).toEqual([]);
  });
});

describe('checkDeclaredFigures properties', () => {
  test.prop([fc.integer({ min: -100_000, max: 100_000 })])(
    'a stated count matches exactly when it equals the computed one, whatever its format',
    (stated) => {
      const stats = seedStats();
      const formatted = stated > 0 ? `+${stated.toLocaleString('de-DE')}` : String(stated);
      const mismatches = checkDeclaredFigures(
        [{ section: 'I', placeholder: 'movements.net', stated: formatted }],
        stats,
      );
      expect(mismatches.length).toBe(stated === 23 ? 0 : 1);
    },
  );
});
