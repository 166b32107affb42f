import { describe, expect, it } from 'vitest';
import { reportTemplate, smallStats, WINDOW } from '../../test/reportStats';
import { defaultRules } from '../rules/defaultRules';
import { buildDataset } from '../testing/builders';
import { buildReport, ReportTemplate } from './buildReport';
import { checkNarrativeFigures } from './checkNarrativeFigures';
import { prepareReport } from './prepareReport';
import { ReportModel, type ReportRun } from './reportModel';

const stats = smallStats();
const { members, movements } = stats;

function modelOf(text: string): ReportModel {
  return buildReport(
    reportTemplate({
      parts: [{ numeral: 'II', title: 'KẾT QUẢ', sections: [{ number: '2.', title: '', text }] }],
      signature: { authority: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Người Ký' },
    }),
    stats,
  ).model;
}

const runsOf = (model: ReportModel): ReportRun[] =>
  model.parts.flatMap((part) =>
    part.sections.flatMap((section) =>
      section.blocks.flatMap((block) => (block.kind === 'paragraph' ? block.runs : [])),
    ),
  );

describe('checkNarrativeFigures', () => {
  it('finds a figure written in the text that the data gives otherwise, and marks that number', () => {
    const wrong = movements.net + 4;
    const model = modelOf(
      `Đảng bộ có ${members.total} đảng viên; số đảng viên tăng thực ${wrong} đồng chí, theo Chỉ thị số 50-CT/TW ngày 20/12/2023.`,
    );
    const checked = checkNarrativeFigures(model, stats, defaultRules.documents);
    expect(checked.mismatches).toEqual([
      expect.objectContaining({
        section: 'II.2',
        placeholder: 'movements.net',
        stated: String(wrong),
        computed: String(movements.net),
        reason: 'different',
        kind: 'text',
        context: `tăng thực ${wrong} đồng chí`,
      }),
      expect.objectContaining({
        section: 'II.2',
        placeholder: '50-CT/TW',
        stated: '20/12/2023',
        computed: '23/7/2025',
        kind: 'citation',
      }),
    ]);
    const marked = runsOf(checked.model).filter((run) => run.finding !== undefined);
    expect(marked.map((run) => [run.kind, run.text, run.finding?.computed])).toEqual([
      ['text', String(wrong), String(movements.net)],
      ['text', '20/12/2023', '23/7/2025'],
    ]);
    // The text reads as before: only split around the findings.
    const text = (m: ReportModel) =>
      runsOf(m)
        .map((run) => run.text)
        .join('');
    expect(text(checked.model)).toBe(text(model));
    expect(ReportModel.safeParse(checked.model).success).toBe(true);
  });

  it('finds nothing in right figures, in figures from the stats, nor in unknown documents', () => {
    const model = modelOf(
      `Đảng bộ có ${members.total} đảng viên, tăng thực {{movements.net}} đồng chí; Kết luận số 80-KL/TW ngày 29/7/2020; Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025.`,
    );
    const checked = checkNarrativeFigures(model, stats, defaultRules.documents);
    expect(checked.mismatches).toEqual([]);
    expect(checked.model).toBe(model);
  });

  it('does not read a figure twice once it carries a finding', () => {
    const model = modelOf(`Số đảng viên tăng thực ${movements.net + 1} đồng chí.`);
    const once = checkNarrativeFigures(model, stats, defaultRules.documents);
    const twice = checkNarrativeFigures(once.model, stats, defaultRules.documents);
    expect(once.mismatches).toHaveLength(1);
    expect(twice.mismatches).toEqual([]);
  });

  it('is part of prepareReport, with the documents of the rules given', () => {
    const template = ReportTemplate.parse(
      reportTemplate({
        parts: [
          { numeral: 'I', title: 'CHUNG', text: 'Theo Chỉ thị số 50-CT/TW ngày 20/12/2023.' },
        ],
        signature: { authority: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Người Ký' },
      }),
    );
    const report = prepareReport(buildDataset(), template, WINDOW);
    expect(report.mismatches.map((m) => [m.kind, m.placeholder])).toEqual([
      ['citation', '50-CT/TW'],
    ]);
    const without = prepareReport(buildDataset(), template, WINDOW, {
      ...defaultRules,
      documents: [],
    });
    expect(without.mismatches).toEqual([]);
  });
});
