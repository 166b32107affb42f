import { computeStats, fillNarrative, ReportModel } from '@org/party-core';
import { buildDataset } from '@org/party-core/testing';

/** A small report model shared by the renderer tests: one part, a figure paragraph, a footnote, a table. */
const stats = computeStats(buildDataset(), { asOf: '2026-03-01', from: '2025-07-01' });
export const filled = fillNarrative(
  'Đến ngày {{asOf}}, Đảng bộ có {{members.total|pad}} đảng viên; nữ chiếm {{members.gender.female.percent}}.',
  stats,
);

export const model = ReportModel.parse({
  header: {
    superior: 'Đảng bộ thành phố Hải Phòng',
    committee: 'Đảng ủy phường Mẫu',
    symbol: { number: 7, type: 'BC', issuer: 'ĐU' },
    place: 'Hải Phòng',
    date: '2026-02-05',
  },
  documentType: 'BÁO CÁO',
  summary: 'tình hình đội ngũ đảng viên',
  preamble: [
    {
      kind: 'paragraph',
      runs: [
        {
          kind: 'text',
          text: 'Theo yêu cầu của Ban Tổ chức Thành ủy, Ban Thường vụ báo cáo như sau:',
        },
      ],
    },
  ],
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
