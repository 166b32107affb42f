import { buildReport, computeStats, type ReportTemplate } from '@org/party-core';
import { buildDataset } from '@org/party-core/testing';
import { bench, describe } from 'vitest';
import { toDocx } from '../src/toDocx';

// Rendering time of the DOCX for a report of ordinary length (8 sections,
// each with three paragraphs and the composition table, as long as a ward's
// interim review) and a long one (100 sections).
const stats = computeStats(buildDataset(), { asOf: '2026-03-01', from: '2025-07-01' });
const paragraph =
  'Đến ngày {{asOf}}, Đảng bộ có {{members.total|pad}} đảng viên; nữ chiếm {{members.gender.female.percent}}. Các chi bộ duy trì sinh hoạt đều đặn, nội dung bám sát nhiệm vụ của địa bàn, đảng viên được phân công việc cụ thể và được theo dõi, đánh giá hằng tháng.';

function template(sections: number): ReportTemplate {
  return {
    header: {
      superior: 'Đảng bộ thành phố Hải Phòng',
      committee: 'Đảng ủy phường Mẫu',
      symbol: { number: 12, type: 'BC', issuer: 'ĐU' },
      place: 'Hải Phòng',
      date: '2026-03-25',
    },
    summary: 'kết quả công tác xây dựng Đảng',
    parts: ['I', 'II', 'III', 'IV'].map((numeral) => ({
      numeral,
      title: `PHẦN ${numeral}`,
      sections: Array.from({ length: sections }, (_, i) => ({
        number: `${i + 1}.`,
        title: `Mục ${i + 1}`,
        text: `${paragraph}[^n]\n\n${paragraph}\n\n{{table:members.composition}}\n\n${paragraph}`,
      })),
    })),
    footnotes: [{ id: 'n', text: 'Số liệu đến ngày {{asOf}}.' }],
    recipients: ['- Ban Tổ chức Thành ủy;', '- Lưu VPĐU.'],
    signature: { authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Nguyễn Văn Mẫu' },
  };
}

const ordinary = buildReport(template(2), stats).model;
const long = buildReport(template(25), stats).model;

describe('toDocx', () => {
  bench('8 sections', async () => {
    await toDocx(ordinary);
  });
  bench('100 sections', async () => {
    await toDocx(long);
  });
});
