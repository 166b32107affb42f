import type { Ward } from '../organization/organization';
import { type ParsedReportTemplate, ReportTemplate } from './buildReport';

/**
 * The generic narrative (nội dung báo cáo chung): a short report on the
 * party organisations and the members of any ward, with no sentence about
 * one ward in particular, only figures and tables of the stats (the roster
 * and the movements, which every dataset has). The header comes from the
 * ward (`don-vi`); what it does not give is left generic, for the ward to
 * complete. The date of issue is `asOf`; the number `01`, to be changed.
 * Offered when a narrative names another ward than the data's. Pure.
 *
 * @example
 * prepareReport(dataset, genericNarrative(dataset.ward, '2026-03-01'), window)
 */
export function genericNarrative(ward: Ward, asOf: string): ParsedReportTemplate {
  return ReportTemplate.parse({
    header: {
      superior: ward.superior ?? 'Đảng bộ cấp trên',
      committee: ward.committee ?? ward.name ?? 'Đảng ủy',
      symbol: { number: 1, type: 'BC', issuer: 'ĐU' },
      place: ward.place ?? '…',
      date: asOf,
    },
    summary: 'tình hình tổ chức đảng và đội ngũ đảng viên',
    preamble:
      'Số liệu trong báo cáo tính đến ngày {{asOf}}; biến động đảng viên tính từ ngày {{from}} đến ngày {{asOf}}.',
    parts: [
      {
        numeral: 'I',
        title: 'TỔ CHỨC ĐẢNG',
        text: 'Có {{organizations.direct|pad}} tổ chức đảng trực thuộc, với tổng số {{members.total}} đảng viên.\n\n{{table:organizations.structure}}',
      },
      {
        numeral: 'II',
        title: 'ĐỘI NGŨ ĐẢNG VIÊN',
        text: 'Trong tổng số {{members.total}} đảng viên có {{members.probationary|pad}} đảng viên dự bị.\n\n{{table:members.composition}}',
      },
      {
        numeral: 'III',
        title: 'BIẾN ĐỘNG ĐẢNG VIÊN TRONG KỲ',
        text: 'Đầu kỳ có {{movements.opening}} đảng viên, cuối kỳ có {{movements.closing}} đảng viên.\n\n{{table:movements}}',
      },
    ],
    recipients: ['- Đảng ủy cấp trên (để báo cáo);', '- Lưu Văn phòng.'],
    signature: { authority: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', name: '(ký, ghi rõ họ tên)' },
  });
}
