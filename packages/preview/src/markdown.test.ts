import { computeStats, fillNarrative, ReportModel } from '@org/party-core';
import { buildDataset } from '@org/party-core/testing';
import { describe, expect, it } from 'vitest';
import { markdownRenderer, toMarkdown } from './markdown';

const stats = computeStats(buildDataset(), { asOf: '2026-03-01', from: '2025-07-01' });
const filled = fillNarrative(
  'Đến ngày {{asOf}}, Đảng bộ có {{members.total|pad}} đảng viên; nữ chiếm {{members.gender.female.percent}}.',
  stats,
);

const model = ReportModel.parse({
  header: {
    superior: 'Đảng bộ thành phố Hải Phòng',
    committee: 'Đảng ủy phường Mẫu',
    symbol: { number: 7, type: 'BC', issuer: 'ĐU' },
    place: 'Hải Phòng',
    date: '2026-02-05',
  },
  documentType: 'BÁO CÁO',
  summary: 'tình hình đội ngũ đảng viên',
  parts: [
    {
      numeral: 'I',
      title: 'TÌNH HÌNH CHUNG',
      blocks: [],
      sections: [
        {
          number: '1.',
          title: 'Đội ngũ đảng viên',
          blocks: [
            { kind: 'paragraph', runs: filled.runs },
            { kind: 'footnote-ref', footnoteId: 'n1' },
            {
              kind: 'table',
              header: ['Chỉ tiêu', 'Số lượng'],
              rows: [
                ['Đảng viên | chính thức', '3'],
                ['Dự bị', '0'],
              ],
            },
          ],
          subsections: [],
        },
      ],
    },
  ],
  footnotes: [{ id: 'n1', runs: [{ kind: 'text', text: 'Số liệu của Văn phòng Đảng ủy.' }] }],
  recipients: ['- Ban Tổ chức Thành ủy;', '- Lưu VPĐU.'],
  signature: { authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Nguyễn Văn Mẫu' },
});

describe('Markdown renderer', () => {
  const text = toMarkdown(model);

  it('matches the golden file', async () => {
    expect(filled.errors).toEqual([]);
    await expect(text).toMatchFileSnapshot('../test/__snapshots__/report.golden.md');
  });

  it('writes the header, the date line and the number the Party way', () => {
    expect(text).toContain('| ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG | **ĐẢNG CỘNG SẢN VIỆT NAM** |');
    expect(text).toContain('| **ĐẢNG ỦY PHƯỜNG MẪU** | |');
    expect(text).toContain('*Hải Phòng, ngày 05 tháng 02 năm 2026*');
    expect(text).toContain('| Số 07-BC/ĐU | |');
    expect(text).toContain('Đảng bộ có 03 đảng viên; nữ chiếm 33,3%.[^1]');
    expect(text).toContain('[^1]: Số liệu của Văn phòng Đảng ủy.');
  });

  it('escapes table pipes and puts the recipients beside the signature', () => {
    expect(text).toContain('| Đảng viên \\| chính thức | 3 |');
    expect(text).toContain('| - Lưu VPĐU. | |');
    expect(text).toContain('| **Nơi nhận:** | **T/M BAN THƯỜNG VỤ** |');
  });

  it('is a renderer plugin giving UTF-8 bytes, the same for the same model', async () => {
    expect(markdownRenderer.format).toBe('md');
    const bytes = await markdownRenderer.render(model);
    expect(new TextDecoder().decode(bytes)).toBe(text);
    expect(await markdownRenderer.render(model)).toEqual(bytes);
  });
});
