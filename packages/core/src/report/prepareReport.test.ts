import { describe, expect, it } from 'vitest';
import { reportTemplate, WINDOW } from '../../test/reportStats';
import { InvalidArgumentError, MissingFiguresError } from '../errors';
import { computeStats } from '../stats/computeStats';
import { buildDataset } from '../testing/builders';
import { annotateFindings, reportFindings } from './annotateFindings';
import { buildReport, ReportTemplate } from './buildReport';
import { missingFigures } from './missingFigures';
import { finishReport, prepareReport, wardHeader } from './prepareReport';
import { describeGaps, reportGaps, requireCompleteReport } from './reportGaps';
import { templateFromText } from './templateFromText';

const template = ReportTemplate.parse(
  reportTemplate({
    parts: [
      {
        numeral: 'I',
        title: 'TÌNH HÌNH CHUNG',
        text: 'Có {{members.total}} đảng viên; năm {{classification.distribution.years.0.year}}, lại {{classification.distribution.years.0.year}}.',
      },
    ],
    signature: { authority: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Người Ký' },
    declared: [{ section: 'I', placeholder: 'members.total', stated: '99' }],
  }),
);

describe('prepareReport', () => {
  it('gives what computing the stats and building the report by hand gives', () => {
    const dataset = buildDataset();
    const report = prepareReport(dataset, template, WINDOW);
    const stats = computeStats(dataset, WINDOW);
    expect(report.stats).toEqual(stats);
    const built = buildReport(template, stats);
    expect(report.model).toEqual(
      annotateFindings(
        { ...built.model, header: wardHeader(built.model.header, dataset.ward) },
        built.mismatches,
      ),
    );
    expect(report.errors).toEqual(built.errors);
    expect(report.mismatches).toEqual(built.mismatches);
    expect(report.mismatches).toHaveLength(1);
  });

  it('marks the figure the draft states with another value, so renderers can show the finding', () => {
    const report = prepareReport(buildDataset(), template, WINDOW);
    const [finding] = reportFindings(report.model);
    expect(finding?.section).toBe('I');
    expect(finding?.run.placeholder).toBe('members.total');
    expect(finding?.run.finding).toEqual({
      stated: '99',
      computed: report.mismatches[0]?.computed,
      how: report.mismatches[0]?.how.vi,
    });
    expect(finding?.run.finding?.computed).not.toBe('99');
  });

  it('lists each missing figure once, in the order it stands', () => {
    const report = prepareReport(buildDataset({ classifications: [] }), template, WINDOW);
    expect(report.missing).toEqual(['classification.distribution.years.0.year']);
  });

  it('completes a host-built report the same way', () => {
    const stats = computeStats(buildDataset(), WINDOW);
    const built = buildReport(template, stats);
    const model = annotateFindings(
      { ...built.model, header: wardHeader(built.model.header, stats.ward) },
      built.mismatches,
    );
    expect(finishReport(stats, built)).toEqual({
      stats,
      ...built,
      model,
      missing: missingFigures(model),
      gaps: reportGaps(model),
    });
  });

  it('heads the report with the ward of the data, whatever the narrative says', () => {
    const other = buildDataset({
      ward: {
        name: 'Đảng bộ phường Ngọc Hải',
        committee: 'Đảng ủy phường Ngọc Hải',
        superior: 'Đảng bộ thành phố Hải Phòng',
        place: 'Ngọc Hải',
      },
    });
    const narrative = ReportTemplate.parse({
      ...template,
      header: { ...template.header, committee: 'Đảng ủy phường Dương Kinh', place: 'Dương Kinh' },
    });
    const { header } = prepareReport(other, narrative, WINDOW).model;
    expect(header).toMatchObject({ committee: 'Đảng ủy phường Ngọc Hải', place: 'Ngọc Hải' });
    expect(header.symbol).toEqual(narrative.header.symbol);
    // What don-vi does not give, the narrative gives.
    expect(wardHeader(narrative.header, {}).committee).toBe('Đảng ủy phường Dương Kinh');
  });

  it('tells which headings need which data, in words, and refuses them unless a draft', () => {
    const report = prepareReport(buildDataset({ classifications: [] }), template, WINDOW);
    expect(report.gaps).toEqual([
      {
        section: 'I',
        title: 'TÌNH HÌNH CHUNG',
        figures: [
          {
            path: 'classification.distribution.years.0.year',
            label: {
              vi: 'Xếp loại chất lượng › Kết quả xếp loại › Năm › mục thứ 1 › Năm xếp loại',
              en: 'Quality classification › Ratings › Years › item 1 › Year',
            },
          },
        ],
      },
    ]);
    expect(describeGaps(report.gaps, 'vi')).toEqual([
      'Mục I (TÌNH HÌNH CHUNG): Xếp loại chất lượng › Kết quả xếp loại › Năm › mục thứ 1 › Năm xếp loại',
    ]);
    expect(() => requireCompleteReport(report)).toThrow(MissingFiguresError);
    try {
      requireCompleteReport(report);
    } catch (error) {
      const message = (error as MissingFiguresError).messageIn('vi');
      expect(message).toContain('Mục I (TÌNH HÌNH CHUNG)');
      expect(message).not.toContain('classification.');
    }
    expect(() => requireCompleteReport(report, { draft: true })).not.toThrow();
    const whole = prepareReport(buildDataset(), template, WINDOW);
    expect(whole.gaps).toEqual([]);
    expect(() => requireCompleteReport(whole)).not.toThrow();
  });

  it('refuses a window with from after asOf', () => {
    expect(() =>
      prepareReport(buildDataset(), template, { asOf: '2025-01-01', from: '2026-01-01' }),
    ).toThrow(InvalidArgumentError);
  });
});

describe('templateFromText', () => {
  it('reads a JSON template, with or without a byte-order mark', () => {
    const text = JSON.stringify(template);
    expect(templateFromText(text)).toEqual({ ok: true, template });
    expect(templateFromText(`\uFEFF${text}`, 'json')).toEqual({ ok: true, template });
  });

  it('says why JSON is not a template: syntax, then missing entries with their paths', () => {
    expect(templateFromText('{ nope')).toMatchObject({ ok: false, reason: 'json-syntax' });
    const missing = templateFromText('{}');
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.reason).toBe('template');
      expect(missing.problems.map((p) => p.path)).toContain('summary');
    }
  });

  it('reads Markdown with the problems and their lines', () => {
    const result = templateFromText('không có tiêu đề\n');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('markdown');
      expect(result.problems.length).toBeGreaterThan(0);
      for (const problem of result.problems) expect(problem.path).toBe('');
    }
  });
});
