import { buildReport, computeStats, ReportModel, type ReportTemplate } from '@org/party-core';
import { buildDataset } from '@org/party-core/testing';

/**
 * A larger report model for the renderer tests: three parts, sections and
 * subsections, figures (one of them missing), four footnotes (one at the
 * start of a section, one after a table), tables (two in a row, one with a
 * line break in a cell) and several recipients.
 */
const stats = computeStats(buildDataset(), { asOf: '2026-03-01', from: '2025-07-01' });

const template: ReportTemplate = {
  header: {
    superior: 'Đảng bộ thành phố Hải Phòng',
    committee: 'Đảng ủy phường Dương Kinh',
    symbol: { number: 12, type: 'BC', issuer: 'ĐU' },
    place: 'Hải Phòng',
    date: '2026-02-05',
  },
  summary: 'kết quả công tác xây dựng Đảng năm 2025, phương hướng nhiệm vụ năm 2026',
  preamble: 'Thực hiện chương trình công tác năm 2025, Ban Thường vụ Đảng ủy báo cáo như sau:',
  parts: [
    {
      numeral: 'I',
      title: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025',
      text: 'Năm qua, Đảng bộ tập trung lãnh đạo các nhiệm vụ trọng tâm trong điều kiện bộ máy mới vận hành.',
      sections: [
        {
          number: '1.',
          title: 'Công tác xây dựng Đảng',
          text: 'Đến ngày {{asOf}}, toàn Đảng bộ có {{members.total|pad}} đảng viên, trong đó nữ chiếm {{members.gender.female.percent}}.[^so-lieu]\n\nCác chi bộ duy trì sinh hoạt định kỳ theo hướng dẫn mới.',
          subsections: [
            {
              number: '1.1.',
              title: 'Công tác chính trị, tư tưởng',
              text: 'Việc học tập, quán triệt nghị quyết được tổ chức đầy đủ ở các chi bộ.[^hoc-tap]',
            },
            {
              number: '1.2.',
              title: 'Công tác tổ chức, cán bộ',
              text: 'Đảng bộ rà soát quy hoạch cán bộ nhiệm kỳ tới.',
            },
          ],
        },
        {
          number: '2.',
          title: 'Công tác kiểm tra, giám sát',
          text: 'Ủy ban Kiểm tra thực hiện đúng chương trình đã đề ra.',
        },
      ],
    },
    {
      numeral: 'II',
      title: 'HẠN CHẾ VÀ NGUYÊN NHÂN',
      text: 'Một số chi bộ chưa đổi mới nội dung sinh hoạt; chất lượng báo cáo còn chậm.',
    },
    {
      numeral: 'III',
      title: 'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026',
      text: 'Tiếp tục củng cố tổ chức đảng ở cơ sở.',
      sections: [
        {
          number: '1.',
          title: 'Nhiệm vụ trọng tâm',
          text: 'Phấn đấu kết nạp thêm đảng viên mới trong lực lượng thanh niên.',
        },
      ],
    },
  ],
  footnotes: [
    { id: 'so-lieu', text: 'Số liệu do Văn phòng Đảng ủy tổng hợp.' },
    { id: 'hoc-tap', text: 'Theo kế hoạch học tập của Ban Thường vụ.' },
    { id: 'bang', text: 'Bảng do Ban Xây dựng Đảng lập.' },
    { id: 'mo-dau', text: 'Chú thích đứng đầu mục.' },
  ],
  recipients: [
    '- Ban Thường vụ Thành ủy,',
    '- Ban Tổ chức Thành ủy,',
    '- Các chi bộ trực thuộc,',
    '- Lưu VPĐU.',
  ],
  signature: { authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Trần Thị Hoa' },
};

const built = buildReport(template, stats);
if (built.errors.length > 0) throw new Error('the large test template has unfilled placeholders');

const [first, second, third] = built.model.parts as [
  ReportModel['parts'][number],
  ReportModel['parts'][number],
  ReportModel['parts'][number],
];
const [sectionOne, sectionTwo] = first.sections as [
  ReportModel['parts'][number]['sections'][number],
  ReportModel['parts'][number]['sections'][number],
];

/** The larger model: `built.model` with tables, a missing figure and footnotes in unusual places. */
export const largeModel = ReportModel.parse({
  ...built.model,
  parts: [
    {
      ...first,
      sections: [
        {
          ...sectionOne,
          blocks: [
            ...sectionOne.blocks,
            {
              kind: 'table',
              header: ['Chỉ tiêu', 'Số lượng', 'Tỷ lệ'],
              rows: [
                ['Đảng viên chính thức', '3', '100%'],
                ['Đảng viên dự bị\n(kết nạp trong năm)', '0', '0%'],
              ],
            },
            { kind: 'footnote-ref', footnoteId: 'bang' },
          ],
        },
        {
          ...sectionTwo,
          blocks: [
            { kind: 'footnote-ref', footnoteId: 'mo-dau' },
            ...sectionTwo.blocks,
            {
              kind: 'paragraph',
              runs: [
                { kind: 'text', text: 'Số đảng viên bị kỷ luật: ' },
                {
                  kind: 'figure',
                  text: '[[thiếu số liệu: inspection.disciplined]]',
                  placeholder: 'inspection.disciplined',
                  path: 'inspection.disciplined',
                  value: null,
                },
                { kind: 'text', text: '.' },
              ],
            },
            {
              kind: 'table',
              header: ['Hình thức', 'Số vụ'],
              rows: [
                ['Khiển trách', '0'],
                ['Cảnh cáo', '0'],
              ],
            },
            {
              kind: 'table',
              header: ['Đối tượng kiểm tra', 'Số cuộc'],
              rows: [['Chi bộ', '2']],
            },
          ],
        },
      ],
    },
    second,
    third,
  ],
});
