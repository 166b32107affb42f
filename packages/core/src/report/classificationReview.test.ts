import { describe, expect, it } from 'vitest';
import { YearNotInDataError } from '../errors';
import { computeStats } from '../stats/computeStats';
import { classificationSampleDataset } from '../testing/classificationSample';
import { validateDataset } from '../validation/validateDataset';
import { ReportTemplate } from './buildReport';
import {
  CLASSIFICATION_REVIEW_OUTLINE,
  classificationReview,
  prepareClassificationReport,
} from './classificationReview';
import { parseReportMarkdown } from './parseReportMarkdown';
import type { ReportBlock } from './reportModel';
import { reportOutline } from './reportOutline';
import { REPORT_OUTLINES } from './reportOutlines';

const dataset = classificationSampleDataset();
const textOf = (blocks: readonly ReportBlock[]) =>
  blocks
    .map((block) =>
      block.kind === 'paragraph' ? block.runs.map((run) => run.text).join('') : `[${block.kind}]`,
    )
    .join('\n');

describe('classificationSampleDataset', () => {
  it('is valid', () => {
    const result = validateDataset(dataset, { asOf: '2026-03-01' });
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });
});

describe('prepareClassificationReport', () => {
  const report = prepareClassificationReport(dataset, { year: 2025, date: '2026-01-15' });
  const entries = reportOutline(report.model);
  const under = (heading: string) =>
    textOf(entries.find((entry) => entry.heading.startsWith(heading))?.blocks ?? []);

  it('heads the report for the data ward, with the year in the summary', () => {
    expect(report.model.header).toMatchObject({
      committee: 'Đảng ủy phường Mẫu',
      superior: 'Đảng bộ thành phố Hải Phòng',
      date: '2026-01-15',
    });
    expect(report.model.summary).toBe(
      'kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2025',
    );
    expect(report.errors).toEqual([]);
    expect(report.gaps).toEqual([]);
  });

  it('prints the distribution per level with one-decimal vi-VN shares that add up to 100', () => {
    expect(under('1. Đối với tổ chức đảng')).toBe(
      [
        'Tổng số tổ chức đảng được đánh giá, xếp loại năm 2025: 4; trong đó:',
        '- Hoàn thành xuất sắc nhiệm vụ: 1 tổ chức đảng (25,0%);',
        '- Hoàn thành tốt nhiệm vụ: 2 tổ chức đảng (50,0%);',
        '- Hoàn thành nhiệm vụ: 1 tổ chức đảng (25,0%);',
        '- Không hoàn thành nhiệm vụ: 0 tổ chức đảng (0,0%).',
      ].join('\n'),
    );
    expect(under('2. Đối với đảng viên')).toContain(
      '- Hoàn thành tốt nhiệm vụ: 13 đảng viên (65,0%);',
    );
    expect(under('2. Đối với đảng viên')).toContain(
      '1 đảng viên trong danh sách thuộc diện không đánh giá',
    );
  });

  it('says whether the cap on excellent is kept, for organisations and members', () => {
    const text = under('3. Tỷ lệ');
    expect(text).toContain(
      'mức tối đa là 0 (20,0% của 2 tổ chức đảng hoàn thành tốt nhiệm vụ): vượt 1, chưa đúng quy định',
    );
    expect(text).toContain(
      '2 đảng viên hoàn thành xuất sắc nhiệm vụ; mức tối đa là 2 (20,0% của 13 đảng viên hoàn thành tốt nhiệm vụ): bảo đảm đúng quy định',
    );
  });

  it('names the ratings its score does not allow by code, never by name', () => {
    const text = under('4. Đối chiếu');
    expect(text).toContain('Có 4 tổ chức đảng và 19 đảng viên có điểm');
    expect(text).toContain(
      '- Tổ chức đảng mã CB04: 45 điểm, xếp loại “hoàn thành nhiệm vụ”, mức cao nhất theo điểm là “không hoàn thành nhiệm vụ”;',
    );
    expect(text).toContain('- Đảng viên mã DV0002: 88 điểm');
    expect(JSON.stringify(report.model)).not.toContain('Đảng viên Mẫu');
  });

  it('compares with the year before', () => {
    expect(under('5. So sánh')).toContain(
      '- Đảng viên: hoàn thành xuất sắc nhiệm vụ 2 (tăng 1), hoàn thành tốt nhiệm vụ 13 (không đổi), hoàn thành nhiệm vụ 4 (không đổi), không hoàn thành nhiệm vụ 1 (tăng 1).',
    );
  });

  it('counts the cases of each automatic rule, with their codes', () => {
    const text = under('II.');
    expect(text).toContain('có 4 trường hợp cần xem xét lại');
    expect(text).toContain('được xếp loại cao hơn mức cho phép: 1 trường hợp (mã DV0005);');
    expect(text).toContain('đã được xếp loại: 1 trường hợp (mã DV0020);');
    expect(text).toContain('- Xếp loại cao hơn mức điểm cho phép: 2 trường hợp (mã CB04, DV0002).');
  });

  it('puts the summary tables in the appendix after the signature, with titles and units, and leaves out the parts the ward writes', () => {
    expect(report.model.parts.map((part) => `${part.numeral}. ${part.title}`)).toEqual([
      'I. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG',
      'II. CÁC TRƯỜNG HỢP CẦN XEM XÉT LẠI',
    ]);
    expect(report.model.appendices?.map((a) => a.title)).toEqual(['PHỤ LỤC: CÁC BIỂU TỔNG HỢP']);
    const tables = report.model.appendices?.[0]?.blocks ?? [];
    expect(tables.map((t) => (t.kind === 'table' ? [t.title, t.unit] : t.kind))).toEqual([
      ['Kết quả xếp loại chất lượng tổ chức đảng năm 2025', 'tổ chức đảng, %'],
      ['Kết quả xếp loại chất lượng đảng viên năm 2025', 'đảng viên, %'],
      ['Tỷ lệ hoàn thành xuất sắc nhiệm vụ năm 2025', 'tổ chức đảng, đảng viên'],
      ['Các trường hợp cần xem xét lại năm 2025', 'trường hợp'],
    ]);
    const members = tables[1];
    expect(members?.kind === 'table' && members.rows[0]).toEqual([
      'Hoàn thành xuất sắc nhiệm vụ',
      '1 (5,6%)',
      '2 (10,0%)',
      '+1',
    ]);
  });

  it('writes the first year of the data without a comparison', () => {
    const first = prepareClassificationReport(dataset, { year: 2024, date: '2025-01-10' });
    const text = textOf(
      reportOutline(first.model).find((e) => e.heading.startsWith('5.'))?.blocks ?? [],
    );
    expect(text).toBe(
      'Dữ liệu không có kết quả xếp loại năm 2023 nên chưa so sánh được với năm trước.',
    );
    expect(
      textOf(reportOutline(first.model).find((e) => e.heading.startsWith('4.'))?.blocks ?? []),
    ).toContain('chưa ghi điểm');
    const appendix = first.model.appendices?.[0]?.blocks[1];
    expect(appendix?.kind === 'table' && appendix.header).toEqual(['Mức xếp loại', 'Năm 2024']);
    expect(appendix?.kind === 'table' && appendix.rows[1]).toEqual([
      'Hoàn thành tốt nhiệm vụ',
      '13 (72,2%)',
    ]);
  });

  it('refuses a year absent from the data with a typed error naming the years it has', () => {
    const refuse = () => prepareClassificationReport(dataset, { year: 2023, date: '2024-01-10' });
    expect(refuse).toThrow(YearNotInDataError);
    try {
      refuse();
    } catch (error) {
      expect(error).toMatchObject({ code: 'year-not-in-data', year: 2023, years: [2024, 2025] });
      expect((error as YearNotInDataError).messageIn('vi')).toContain(
        'Các năm có dữ liệu: 2024, 2025.',
      );
    }
  });

  it('adds the ward text of a "Mẫu: xep-loai" narrative after the figures', () => {
    const parsed = parseReportMarkdown(`---
Cấp trên: Đảng bộ thành phố Hải Phòng
Cấp ủy: Đảng ủy phường Mẫu
Số: 03
Địa danh: Hải Phòng
Ngày: 15/01/2026
Người ký: Trần Văn Mẫu
Mẫu: xếp loại
Trích yếu: kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2025
---
# I.
## 3.
Đảng ủy đã yêu cầu xem xét lại kết quả của chi bộ vượt tỷ lệ.
# III.
## 1.
Có {{members.total}} đảng viên trong danh sách.
# Nơi nhận
- Lưu VPĐU.
`);
    expect(parsed.issues).toEqual([]);
    const stats = computeStats(dataset, { asOf: '2026-03-01', from: '2025-07-01' });
    const withText = prepareClassificationReport(dataset, {
      year: 2025,
      date: '2026-01-15',
      narrative: { template: ReportTemplate.parse(parsed.data), stats },
    });
    const all = reportOutline(withText.model);
    expect(textOf(all.find((e) => e.heading.startsWith('3. Tỷ lệ'))?.blocks ?? [])).toMatch(
      /bảo đảm đúng quy định\.\nĐảng ủy đã yêu cầu xem xét lại/u,
    );
    expect(all.map((e) => e.heading)).toContain('III. ĐÁNH GIÁ CHUNG');
    expect(textOf(all.find((e) => e.heading === '1. Ưu điểm')?.blocks ?? [])).toBe(
      'Có 20 đảng viên trong danh sách.',
    );
    expect(withText.model.header.symbol.number).toBe(3);
    expect(withText.model.parts.at(-1)?.numeral).toBe('III');
    expect(withText.model.appendices).toHaveLength(1);
  });
});

describe("REPORT_OUTLINES['xep-loai']", () => {
  it('is the classification outline, and its build refuses a heading outside it', () => {
    expect(REPORT_OUTLINES['xep-loai'].outline).toBe(CLASSIFICATION_REVIEW_OUTLINE);
    const input = {
      header: {
        superior: 'Đảng bộ thành phố Hải Phòng',
        committee: 'Đảng ủy phường Mẫu',
        symbol: { number: 3, type: 'BC', issuer: 'ĐU' },
        place: 'Hải Phòng',
        date: '2026-01-15',
      },
      recipients: ['- Lưu VPĐU.'],
      signature: {
        authority: 'T/M ĐẢNG ỦY' as const,
        position: 'BÍ THƯ' as const,
        name: 'Trần Văn Mẫu',
      },
    };
    expect(
      classificationReview({ ...input, text: { IV: 'Năm tới.' } }).parts.map((p) => p.numeral),
    ).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(() => classificationReview({ ...input, text: { 'II.9': 'x' } })).toThrow(/II\.9/u);
  });
});
