import { describe, expect, it } from 'vitest';
import { goldenJson } from '../../test/goldenJson';
import { smallStats } from '../../test/reportStats';
import { fillNarrative } from './fillNarrative';
import { formatDocumentSymbol, ReportModel } from './reportModel';

function buildModel(): ReportModel {
  const stats = smallStats();
  const fill = (text: string) => fillNarrative(text, stats).runs;
  return {
    header: {
      superior: 'Đảng bộ thành phố Hải Phòng',
      committee: 'Đảng ủy phường Dương Kinh',
      symbol: { number: 12, type: 'BC', issuer: 'ĐU' },
      place: 'Hải Phòng',
      date: '2026-03-05',
    },
    documentType: 'BÁO CÁO',
    summary: 'tình hình đảng viên đến ngày 01 tháng 3 năm 2026',
    preamble: [{ kind: 'paragraph', runs: fill('Báo cáo đến ngày {{asOf}}.') }],
    parts: [
      {
        numeral: 'I',
        title: 'TÌNH HÌNH ĐẢNG VIÊN',
        blocks: [],
        sections: [
          {
            number: '1.',
            title: 'Số lượng',
            blocks: [
              {
                kind: 'paragraph',
                runs: fill(
                  'Đến ngày {{asOf}}, toàn Đảng bộ có {{members.total|pad}} đảng viên, nữ chiếm {{members.gender.female.percent}}.',
                ),
              },
              { kind: 'footnote-ref', footnoteId: 'fn1' },
            ],
            subsections: [
              {
                number: '1.1.',
                title: 'Biến động',
                blocks: [
                  {
                    kind: 'table',
                    header: ['Chỉ tiêu', 'Số lượng'],
                    rows: [
                      ['Chuyển đi', String(stats.movements.transferredOut)],
                      ['Tăng, giảm', String(stats.movements.net)],
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
    footnotes: [{ id: 'fn1', runs: fill('Số liệu từ {{from}} đến {{asOf}}.') }],
    recipients: ['- Ban Thường vụ Thành ủy,', '- Các chi bộ trực thuộc,', '- Lưu VPĐU.'],
    signature: { authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Nguyễn Văn An' },
  };
}

describe('ReportModel', () => {
  it('accepts a small report and keeps it as the golden file', async () => {
    const model = buildModel();
    expect(ReportModel.parse(model)).toEqual(model);
    await expect(goldenJson(model)).toMatchFileSnapshot('./__snapshots__/model.golden.json');
  });

  it('rejects a reference to a footnote that is not collected, and duplicate footnote ids', () => {
    const model = buildModel();
    const noFootnote = ReportModel.safeParse({ ...model, footnotes: [] });
    expect(noFootnote.success).toBe(false);
    expect(noFootnote.error?.issues.map((issue) => issue.message)).toEqual([
      'unknown footnote fn1',
    ]);
    const twice = ReportModel.safeParse({
      ...model,
      footnotes: [...model.footnotes, ...model.footnotes],
    });
    expect(twice.error?.issues.map((issue) => issue.message)).toEqual([
      'duplicate footnote id fn1',
    ]);
  });

  it('requires the recipients to end with the file copy, and tables rows as wide as the header', () => {
    const model = buildModel();
    expect(ReportModel.safeParse({ ...model, recipients: ['- Lưu VPĐU.'] }).success).toBe(true);
    expect(ReportModel.safeParse({ ...model, recipients: ['- Các chi bộ.'] }).success).toBe(false);
    expect(ReportModel.safeParse({ ...model, recipients: [] }).success).toBe(false);
    const part = model.parts[0];
    if (part === undefined) throw new Error('no part');
    const wrongTable = {
      ...model,
      parts: [{ ...part, blocks: [{ kind: 'table', header: ['A', 'B'], rows: [['1']] }] }],
    };
    expect(ReportModel.safeParse(wrongTable).success).toBe(false);
  });

  it('rejects malformed numbering, a non-roman part and an unknown signer position', () => {
    const model = buildModel();
    const part = model.parts[0];
    if (part === undefined) throw new Error('no part');
    expect(ReportModel.safeParse({ ...model, parts: [{ ...part, numeral: '1' }] }).success).toBe(
      false,
    );
    const section = { number: '1', title: 'x', blocks: [], subsections: [] };
    expect(
      ReportModel.safeParse({ ...model, parts: [{ ...part, sections: [section] }] }).success,
    ).toBe(false);
    expect(
      ReportModel.safeParse({
        ...model,
        signature: { authority: 'K/T BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'A' },
      }).success,
    ).toBe(false);
  });
});

describe('formatDocumentSymbol', () => {
  it('writes the number and symbol with a leading zero below 10', () => {
    expect(formatDocumentSymbol({ number: 12, type: 'BC', issuer: 'ĐU' })).toBe('Số 12-BC/ĐU');
    expect(formatDocumentSymbol({ number: 5, type: 'BC', issuer: 'ĐU' })).toBe('Số 05-BC/ĐU');
    expect(formatDocumentSymbol({ number: 10, type: 'KH', issuer: 'CB' })).toBe('Số 10-KH/CB');
  });
});
