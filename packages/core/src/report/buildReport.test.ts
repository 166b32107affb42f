import { describe, expect, it } from 'vitest';
import { reportTemplate, smallStats } from '../../test/reportStats';
import { buildReport, punctuateRecipients, type ReportTemplate } from './buildReport';

const stats = smallStats();

const template: ReportTemplate = reportTemplate({
  parts: [
    {
      numeral: 'I',
      title: 'TÌNH HÌNH CHUNG',
      text: 'Đến ngày {{asOf}}, Đảng bộ có {{members.total|pad}} đảng viên.[^a]\n\nNữ chiếm {{members.gender.female.percent}}.',
      sections: [
        {
          number: '1.',
          title: 'Biến động',
          text: 'Tăng, giảm: {{movements.net}}; {{members.khongco}}.',
        },
      ],
    },
  ],
  footnotes: [{ id: 'a', text: 'Số liệu đến ngày {{asOf}}.' }],
  recipients: ['- Ban Tổ chức Thành ủy;', '- Lưu VPĐU.'],
  declared: [{ section: 'I', placeholder: 'members.total', stated: '05' }],
});

describe('buildReport', () => {
  const built = buildReport(template, stats);
  const text = (runs: { text: string }[]) => runs.map((run) => run.text).join('');

  it('fills each paragraph of the ward text and attaches footnote marks', () => {
    const [first, mark, second] = built.model.parts[0]?.blocks ?? [];
    expect(first?.kind === 'paragraph' && text(first.runs)).toBe(
      'Đến ngày 01/3/2026, Đảng bộ có 03 đảng viên.',
    );
    expect(mark).toEqual({ kind: 'footnote-ref', footnoteId: 'a' });
    expect(second?.kind === 'paragraph' && text(second.runs)).toBe('Nữ chiếm 33,3%.');
    expect(text(built.model.footnotes[0]?.runs ?? [])).toBe('Số liệu đến ngày 01/3/2026.');
  });

  it('lists the unknown placeholder with its heading, and the declared figure that differs', () => {
    expect(built.errors.map((e) => [e.section, e.placeholder])).toEqual([
      ['I.1.', 'members.khongco'],
    ]);
    expect(built.mismatches.map((m) => [m.placeholder, m.stated, m.computed])).toEqual([
      ['members.total', '05', '3'],
    ]);
  });

  it('gives a valid report model with the header and signature of the template', () => {
    expect(built.model.documentType).toBe('BÁO CÁO');
    expect(built.model.header.symbol).toEqual({ number: 3, type: 'BC', issuer: 'ĐU' });
    expect(built.model.parts[0]?.sections[0]?.number).toBe('1.');
  });
});

describe('buildReport paragraphs', () => {
  it('makes each list item a paragraph and joins soft line breaks', () => {
    const built = buildReport(
      {
        ...template,
        parts: [
          {
            numeral: 'I',
            title: 'NHIỆM VỤ',
            text: 'Các việc chính:\n- Một là\n  tiếp tục.\n+ Hai là.\n\nĐoạn cuối\nvẫn một đoạn.',
          },
        ],
        declared: [],
      },
      stats,
    );
    const texts = (built.model.parts[0]?.blocks ?? []).map((block) =>
      block.kind === 'paragraph' ? block.runs.map((run) => run.text).join('') : block.kind,
    );
    expect(texts).toEqual([
      'Các việc chính:',
      '- Một là tiếp tục.',
      '+ Hai là.',
      'Đoạn cuối vẫn một đoạn.',
    ]);
  });
});

describe('punctuateRecipients', () => {
  it('ends every recipient with a comma and the last with a full stop', () => {
    expect(
      punctuateRecipients(['- Ban Tổ chức Thành ủy (để báo cáo);', '- Các chi bộ', '- Lưu VPĐU,']),
    ).toEqual(['- Ban Tổ chức Thành ủy (để báo cáo),', '- Các chi bộ,', '- Lưu VPĐU.']);
    expect(punctuateRecipients(['- Lưu VPĐU'])).toEqual(['- Lưu VPĐU.']);
  });
});
