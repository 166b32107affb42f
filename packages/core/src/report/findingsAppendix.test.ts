import { describe, expect, it } from 'vitest';
import { reportTemplate, smallStats } from '../../test/reportStats';
import { buildReport } from './buildReport';
import type { DeclaredFigureMismatch } from './checkDeclaredFigures';
import { FINDINGS_APPENDIX_TITLE, findingsAppendix, withFindings } from './findingsAppendix';
import { ReportModel } from './reportModel';

const { model } = buildReport(
  reportTemplate({
    preamble: 'Mở đầu.',
    parts: [
      { numeral: 'I', title: 'MỘT', text: 'Một.' },
      {
        numeral: 'II',
        title: 'HAI',
        sections: [
          { number: '1.', title: '', subsections: [{ number: '1.3.', title: '', text: 'Ba.' }] },
        ],
      },
    ],
    signature: { authority: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Người Ký' },
  }),
  smallStats(),
);

const how = { vi: 'cách tính', en: 'how' };
const declared: DeclaredFigureMismatch = {
  section: 'II.1.3',
  placeholder: 'movements.net',
  stated: '+17',
  computed: '23',
  reason: 'different',
  how,
};
const citation: DeclaredFigureMismatch = {
  section: 'I',
  placeholder: '50-CT/TW',
  stated: '20/12/2023',
  computed: '23/7/2025',
  reason: 'different',
  how: { vi: 'theo danh mục văn bản', en: 'registry' },
  kind: 'citation',
  context: 'Chỉ thị số 50-CT/TW ngày 20/12/2023',
};
const missing: DeclaredFigureMismatch = { ...declared, reason: 'missing', computed: '' };

describe('findingsAppendix', () => {
  it('lists every finding by heading in reading order: section, stated, computed, how', () => {
    const appendix = findingsAppendix(model, [declared, missing, citation]);
    expect(appendix?.title).toBe(FINDINGS_APPENDIX_TITLE);
    const table = appendix?.blocks.find((block) => block.kind === 'table');
    expect(table).toEqual({
      kind: 'table',
      header: ['TT', 'Mục', 'Dự thảo ghi', 'Số đối chiếu', 'Cách tính, nguồn'],
      rows: [
        ['1', 'I', 'Chỉ thị số 50-CT/TW ngày 20/12/2023', '23/7/2025', 'theo danh mục văn bản'],
        ['2', 'II.1.3', '+17', '23', 'cách tính'],
      ],
    });
  });

  it('gives no appendix for a report without findings', () => {
    expect(findingsAppendix(model, [])).toBeUndefined();
    expect(findingsAppendix(model, [missing])).toBeUndefined();
    expect(withFindings(model, [missing], 'appendix')).toBe(model);
  });

  it('adds the appendix only when asked: comments stay the default', () => {
    expect(withFindings(model, [declared])).toBe(model);
    expect(withFindings(model, [declared], 'comments')).toBe(model);
    const withSlip = withFindings(model, [declared], 'appendix');
    expect(withSlip.appendices?.map((a) => a.title)).toEqual([FINDINGS_APPENDIX_TITLE]);
    expect(ReportModel.safeParse(withSlip).success).toBe(true);
    expect(model.appendices).toBeUndefined();
  });
});
