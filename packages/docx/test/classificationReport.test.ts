import { describe, expect, it } from 'vitest';
import { toDocx } from '../src/index';
import { classificationModel } from './classificationModel';
import {
  attributes,
  bodyTexts,
  paragraphs,
  tableCells,
  tables,
  textOf,
  unzipDocx,
} from './docxXml';

/** `word/document.xml` with one element start per line, so a change reads as a small diff. */
const readable = (xml: string) => `${xml.replace(/><(w:(?:p|tbl|tr|tc)[ >/])/gu, '>\n<$1')}\n`;

describe('toDocx: the classification report (xếp loại chất lượng)', async () => {
  const document = unzipDocx(await toDocx(classificationModel))['word/document.xml'] ?? '';

  it('gives the golden document.xml', async () => {
    await expect(readable(document)).toMatchFileSnapshot('./__snapshots__/xep-loai.document.xml');
  });

  it('prints the title, the parts, and after the signature the appendix with tables Biểu 1–4 and their units', () => {
    const body = bodyTexts(document);
    expect(body).toContain('BÁO CÁO');
    expect(body).toContain(
      'kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2025',
    );
    // The appendix is a page after the signature, not a numbered part.
    expect(body).not.toContain('III. PHỤ LỤC: CÁC BIỂU TỔNG HỢP');
    const appendix = body.indexOf('PHỤ LỤC: CÁC BIỂU TỔNG HỢP');
    expect(appendix).toBeGreaterThan(body.indexOf('T/M ĐẢNG ỦY'));
    expect(body.findIndex((text) => text.startsWith('Biểu 1.'))).toBeGreaterThan(appendix);
    expect(body.filter((text) => text.startsWith('Biểu '))).toEqual([
      'Biểu 1. Kết quả xếp loại chất lượng tổ chức đảng năm 2025',
      'Biểu 2. Kết quả xếp loại chất lượng đảng viên năm 2025',
      'Biểu 3. Tỷ lệ hoàn thành xuất sắc nhiệm vụ năm 2025',
      'Biểu 4. Các trường hợp cần xem xét lại năm 2025',
    ]);
    expect(body.filter((text) => text.startsWith('Đơn vị tính'))).toEqual([
      'Đơn vị tính: tổ chức đảng, %',
      'Đơn vị tính: đảng viên, %',
      'Đơn vị tính: tổ chức đảng, đảng viên',
      'Đơn vị tính: trường hợp',
    ]);
  });

  it('right-aligns the figures of the tables and leaves labels at the left', () => {
    const members = tables(document).find(
      (t) => textOf(t).includes('Tổng số được xếp loại') && textOf(t).includes('13'),
    );
    const rows = [...(members ?? '').matchAll(/<w:tr>.*?<\/w:tr>/gu)].map((r) => r[0]);
    expect(tableCells(rows[1] ?? '')).toEqual([
      ['Hoàn thành xuất sắc nhiệm vụ', '1 (5,6%)', '2 (10,0%)', '+1'],
    ]);
    const alignOf = (row: string) =>
      paragraphs(row).map((p) => attributes(p, 'w:jc')?.['w:val'] ?? 'left');
    expect(alignOf(rows[1] ?? '')).toEqual(['left', 'right', 'right', 'right']);
  });
});
