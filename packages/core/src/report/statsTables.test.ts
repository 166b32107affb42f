import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { largeStats, reportTemplate, smallStats, WINDOW } from '../../test/reportStats';
import { computeStats } from '../stats/computeStats';
import { buildDataset } from '../testing/builders';
import { buildReport, type ReportTemplate } from './buildReport';
import { StatsTableName, statsTable } from './statsTables';

const number = (text: string) => Number(text.replace(/[.+−%]/gu, '').replace(',', '.'));

describe('statsTable', () => {
  it('lists the organisation structure with a total row', () => {
    const table = statsTable('organizations.structure', smallStats());
    expect(table.header).toEqual(['Loại hình tổ chức đảng', 'Số tổ chức', 'Số đảng viên']);
    expect(table.rows).toEqual([
      ['Chi bộ tổ dân phố', '1', '3'],
      ['Tổng cộng', '1', '3'],
    ]);
  });

  it('gives every table a title and the unit of its figures', () => {
    for (const name of StatsTableName.options) {
      const table = statsTable(name, smallStats());
      expect(table.title, name).toMatch(/^\p{Lu}/u);
      expect(table.unit, name).toMatch(/\S/u);
    }
    expect(statsTable('movements', smallStats()).unit).toBe('đảng viên');
  });

  it('prints the roster composition with Vietnamese figures and shares', () => {
    const table = statsTable('members.composition', largeStats());
    expect(table.rows[0]).toEqual(['Tổng số đảng viên', '1.239', '100,0%']);
    expect(table.rows).toContainEqual(['- Nam', '959', '77,4%']);
    expect(table.rows).toContainEqual(['- Nữ', '280', '22,6%']);
    expect(table.rows).toContainEqual(['- THPT', '959', '77,4%']);
  });

  it('walks the roster from opening to closing', () => {
    const table = statsTable('movements', smallStats());
    expect(table.rows[0]).toEqual(['Đầu kỳ', '4']);
    expect(table.rows).toContainEqual(['Chuyển đi', '−1']);
    expect(table.rows).toContainEqual(['Tăng (giảm) thực', '−1']);
    expect(table.rows.at(-1)).toEqual(['Cuối kỳ', '3']);
    // A step with no member prints 0, never +0 or −0.
    expect(table.rows).toContainEqual(['Kết nạp', '0']);
    for (const row of table.rows) expect(row[1]).not.toMatch(/^[+−-]0$/u);
  });

  it('lists only the course kinds held in the period, and says when there were none', () => {
    expect(statsTable('training', smallStats()).rows).toEqual([
      ['Sơ cấp lý luận chính trị', '1', '1'],
    ]);
    const none = computeStats(buildDataset({ training: [] }), WINDOW);
    expect(statsTable('training', none).rows).toEqual([['Không có lớp trong kỳ', '0', '0']]);
  });

  it('counts inspections by mode', () => {
    const table = statsTable('inspection', smallStats());
    expect(table.header).toHaveLength(4);
    expect(table.rows[0]?.slice(1)).toEqual(['1', '0', '0']);
    expect(table.rows).toHaveLength(4);
  });

  test.prop([fc.array(fc.nat({ max: 5000 }), { minLength: 2, maxLength: 2 })])(
    'every breakdown of the composition adds up to the total and to 100%',
    ([male, female]) => {
      const stats = largeStats();
      const total = (male ?? 0) + (female ?? 0);
      const table = statsTable('members.composition', {
        ...stats,
        members: { ...stats.members, total, gender: { male: male ?? 0, female: female ?? 0 } },
      });
      const start = table.rows.findIndex((row) => row[0] === 'Giới tính');
      const end = table.rows.findIndex((row, i) => i > start && !row[0]?.startsWith('- '));
      const rows = table.rows.slice(start + 1, end);
      expect(rows.reduce((sum, row) => sum + number(row[1] ?? ''), 0)).toBe(total);
      const shares = rows.reduce((sum, row) => sum + number(row[2] ?? '') * 10, 0);
      expect(shares).toBe(total === 0 ? 0 : 1000);
    },
  );

  it('is reachable from a template as {{table:name}}, and an unknown table is an error', () => {
    const template: ReportTemplate = reportTemplate({
      parts: [
        {
          numeral: 'I',
          title: 'SỐ LIỆU',
          text: 'Cơ cấu như sau:\n\n{{ table:movements }}\n\n{{table:khong-co}}',
        },
      ],
    });
    const built = buildReport(template, smallStats());
    const blocks = built.model.parts[0]?.blocks ?? [];
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'table']);
    expect(built.errors).toEqual([
      expect.objectContaining({ placeholder: 'table:khong-co', section: 'I' }),
    ]);
    expect(StatsTableName.options).toContain('movements');
  });
});
