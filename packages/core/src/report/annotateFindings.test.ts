import { describe, expect, it } from 'vitest';
import { annotateFindings, reportFindings } from './annotateFindings';
import type { DeclaredFigureMismatch } from './checkDeclaredFigures';
import { type FigureRun, ReportModel } from './reportModel';

const figure = (placeholder: string, text: string): FigureRun => ({
  kind: 'figure',
  text,
  placeholder,
  path: placeholder.split('|')[0] as string,
  value: Number(text),
});

const model = ReportModel.parse({
  header: {
    superior: 'Đảng bộ thành phố Hải Phòng',
    committee: 'Đảng ủy phường Dương Kinh',
    symbol: { number: 12, type: 'BC', issuer: 'ĐU' },
    place: 'Hải Phòng',
    date: '2026-03-01',
  },
  documentType: 'BÁO CÁO',
  summary: 'sơ kết',
  parts: [
    {
      numeral: 'II',
      title: 'KẾT QUẢ',
      blocks: [{ kind: 'paragraph', runs: [figure('movements.net', '23')] }],
      sections: [
        {
          number: '2.',
          title: '',
          blocks: [],
          subsections: [
            {
              number: '2.1.',
              title: '',
              blocks: [
                {
                  kind: 'paragraph',
                  runs: [
                    { kind: 'text', text: 'tăng thực ' },
                    figure('movements.net', '23'),
                    { kind: 'text', text: ' đồng chí; ' },
                    figure('members.total', '1239'),
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  footnotes: [],
  recipients: ['- Lưu VPĐU.'],
  signature: { authority: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Người Ký' },
});

const how = { vi: 'kết nạp và chuyển đến trừ chuyển đi', en: 'admitted and in, minus out' };
const mismatch = (over: Partial<DeclaredFigureMismatch>): DeclaredFigureMismatch => ({
  section: 'II.2.1',
  placeholder: 'movements.net',
  stated: '+17',
  computed: '23',
  reason: 'different',
  how,
  ...over,
});

describe('annotateFindings', () => {
  it('marks the figure of the heading the finding names, not one elsewhere', () => {
    const annotated = annotateFindings(model, [mismatch({})]);
    const found = reportFindings(annotated);
    expect(found).toHaveLength(1);
    expect(found[0]?.section).toBe('II.2.1');
    expect(found[0]?.run.finding).toEqual({ stated: '+17', computed: '23', how: how.vi });
    expect(ReportModel.safeParse(annotated).success).toBe(true);
  });

  it('finds a figure of a subsection from its part, and reads a number stated as a number', () => {
    const annotated = annotateFindings(model, [
      mismatch({ section: 'II', placeholder: 'members.total', stated: 1200, computed: '1.239' }),
    ]);
    const found = reportFindings(annotated);
    expect(found.map((f) => [f.section, f.run.placeholder, f.run.finding?.stated])).toEqual([
      ['II.2.1', 'members.total', '1200'],
    ]);
  });

  it('leaves the model as it is for matching, missing or unknown figures, or another heading', () => {
    expect(annotateFindings(model, [])).toBe(model);
    expect(annotateFindings(model, [mismatch({ reason: 'missing' })])).toBe(model);
    expect(annotateFindings(model, [mismatch({ reason: 'unknown' })])).toBe(model);
    expect(annotateFindings(model, [mismatch({ section: 'I' })])).toBe(model);
    expect(reportFindings(model)).toEqual([]);
  });

  it('does not change the model it is given', () => {
    const before = structuredClone(model);
    annotateFindings(model, [mismatch({})]);
    expect(model).toEqual(before);
  });
});
