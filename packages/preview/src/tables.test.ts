import type { ReportModel } from '@org/party-core';
import { describe, expect, it } from 'vitest';
import { model } from '../test/sampleModel';
import { toHtml } from './html';
import { toMarkdown } from './markdown';

/** The sample model with two titled tables, a group row, a negative and a zero. */
function withTables(m: ReportModel): ReportModel {
  const copy = structuredClone(m);
  const section = copy.parts[0]?.sections[0];
  if (!section) throw new Error('the sample model changed');
  const table = (title: string) => ({
    kind: 'table' as const,
    title,
    unit: 'đảng viên',
    header: ['Chỉ tiêu', 'Số đảng viên'],
    rows: [
      ['Giới tính', ''],
      ['- Nam', '2'],
      ['Chuyển đi', '−1'],
      ['Xóa tên', '0'],
    ],
  });
  section.blocks = [
    table('Cơ cấu'),
    { kind: 'footnote-ref', footnoteId: 'n1' },
    table('Biến động'),
  ];
  return copy;
}

describe('tables in HTML and Markdown', () => {
  const m = withTables(model);

  it('numbers titled tables and prints their unit, group rows bold across, numbers at the right', () => {
    const html = toHtml(m);
    expect(html).toContain(
      '<p class="table-title">Biểu 1. Cơ cấu</p>\n<p class="table-unit">Đơn vị tính: đảng viên</p>\n<table class="data">',
    );
    expect(html).toContain('<p class="table-title">Biểu 2. Biến động</p>');
    expect(html).toContain('<tr class="group"><td colspan="2">Giới tính</td></tr>');
    expect(html).toContain('<tr><td>Chuyển đi</td><td class="num">−1</td></tr>');
    expect(html).toContain('<tr><td>Xóa tên</td><td class="num">0</td></tr>');
    expect(html).toContain('table.data td.num { text-align: right; }');
  });

  it('writes the same in Markdown, a footnote mark never on a table', () => {
    const text = toMarkdown(m);
    expect(text).toContain(
      '**Biểu 1. Cơ cấu**\n\n*Đơn vị tính: đảng viên*\n\n| Chỉ tiêu | Số đảng viên |\n| --- | ---: |\n| **Giới tính** | |\n| - Nam | 2 |\n| Chuyển đi | −1 |',
    );
    expect(text).toContain('**Biểu 2. Biến động**');
    expect(text).not.toMatch(/\|\[\^1\]/u);
    expect(text).toMatch(/\n\[\^1\]\n/u);
  });
});
