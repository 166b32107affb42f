import { fillNarrative } from '../report/fillNarrative';
import { ReportModel } from '../report/reportModel';
import { computeStats } from '../stats/computeStats';
import { buildDataset } from './builders';

/**
 * A small report model for renderer tests (mẫu báo cáo để kiểm thử): an
 * opening, one part with a section holding a paragraph of figures (from the
 * stats of {@link buildDataset}), a footnote reference and a table, two
 * recipients and the signature. Renderer plugins of other wards can test on
 * the same model as the toolkit's own.
 *
 * @example
 * const model = sampleReportModel();
 * const bytes = await myRenderer.render(model);
 */
export function sampleReportModel(): ReportModel {
  const stats = computeStats(buildDataset(), { asOf: '2026-03-01', from: '2025-07-01' });
  const filled = fillNarrative(
    'Đến ngày {{asOf}}, Đảng bộ có {{members.total|pad}} đảng viên; nữ chiếm {{members.gender.female.percent}}.',
    stats,
  );
  return ReportModel.parse({
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
}
