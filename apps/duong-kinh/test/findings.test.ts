import {
  checkNarrativeFigures,
  defaultRules,
  FINDINGS_APPENDIX_TITLE,
  findTextFigures,
  prepareReport,
  type ReportModel,
  type ReportRun,
  reportOutline,
  withFindings,
} from '@org/party-core';
import { docxRenderer } from '@org/party-docx';
import { toHtml, toMarkdown } from '@org/party-preview';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA, WINDOW } from '../src/config';
import { buildSampleReport, readSampleNarrative, type SampleReport } from '../src/report';

let sample: SampleReport;

beforeAll(async () => {
  sample = await buildSampleReport(DATA.csv);
}, 60_000);

/**
 * The sample's report as if the ward had typed every figure: each figure
 * from the stats becomes plain text, as the data gives it, unless `typed`
 * writes another value for its path.
 */
function typedByHand(model: ReportModel, typed: Record<string, string> = {}): ReportModel {
  const flat = (runs: readonly ReportRun[]): ReportRun[] => [
    {
      kind: 'text',
      text: runs
        .map((run) => (run.kind === 'figure' ? (typed[run.path] ?? run.text) : run.text))
        .join(''),
    },
  ];
  const blocks = (list: ReportModel['preamble']) =>
    list.map((block) =>
      block.kind === 'paragraph' ? { ...block, runs: flat(block.runs) } : block,
    );
  return {
    ...model,
    preamble: blocks(model.preamble),
    parts: model.parts.map((part) => ({
      ...part,
      blocks: blocks(part.blocks),
      sections: part.sections.map((section) => ({
        ...section,
        blocks: blocks(section.blocks),
        subsections: section.subsections.map((sub) => ({ ...sub, blocks: blocks(sub.blocks) })),
      })),
    })),
  };
}

const textFindings = (model: ReportModel) =>
  checkNarrativeFigures(model, sample.report.stats, defaultRules.documents).mismatches.filter(
    (m) => m.kind === 'text',
  );

describe('the findings on the Dương Kinh narrative beyond its declared figures', () => {
  it('reads 19 figures of the whole narrative written as plain text, all right: no finding', () => {
    const typed = typedByHand(sample.report.model);
    const read = reportOutline(typed).flatMap((entry) =>
      entry.blocks.flatMap((block) =>
        block.kind === 'paragraph'
          ? findTextFigures(block.runs.map((run) => run.text).join('')).map((f) => f.path)
          : [],
      ),
    );
    // The phrases the table reads in the sample, so that a pattern that stops reading shows.
    expect(read).toHaveLength(19);
    expect(new Set(read)).toEqual(
      new Set([
        'organizations.direct',
        'members.total',
        'members.probationary',
        'movements.admitted',
        'movements.transferredIn',
        'movements.transferredOut',
        'movements.struckOff',
        'movements.deceased',
        'movements.net',
        'members.gender.male.percent',
        'members.gender.female.percent',
        'members.ageBands.under-30.percent',
        'members.ageBands.60-plus.percent',
        'members.ethnicity.minority',
        'members.religion.catholic',
      ]),
    );
    expect(textFindings(typed)).toEqual([]);
  });

  it('finds exactly the net change when the narrative writes “tăng thực 17 đồng chí”', () => {
    const typed = typedByHand(sample.report.model, { 'movements.net': '17' });
    expect(textFindings(typed)).toEqual([
      expect.objectContaining({
        section: 'II.2.1',
        placeholder: 'movements.net',
        stated: '17',
        computed: '23',
        reason: 'different',
        context: 'tăng thực 17 đồng chí',
      }),
    ]);
  });

  it('finds the date of Chỉ thị 50-CT/TW and no other citation of the narrative', () => {
    const citations = sample.report.mismatches.filter((m) => m.kind === 'citation');
    expect(citations).toEqual([
      expect.objectContaining({
        section: 'II.1.3',
        placeholder: '50-CT/TW',
        stated: '20/12/2023',
        computed: '23/7/2025',
        context: 'Chỉ thị số 50-CT/TW ngày 20/12/2023',
      }),
    ]);
    expect(sample.report.mismatches.filter((m) => m.kind === 'text')).toEqual([]);
  });
});

describe('the findings slip (Phiếu đối chiếu số liệu)', () => {
  const slip = () => withFindings(sample.report.model, sample.report.mismatches, 'appendix');

  it('is one page at the end of the DOCX listing both findings, after the signature', async () => {
    const files = unzipSync(await docxRenderer.render(slip()));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    const start = xml.indexOf(FINDINGS_APPENDIX_TITLE);
    expect(start).toBeGreaterThan(xml.indexOf('PHÓ BÍ THƯ'));
    expect(xml.lastIndexOf('<w:pageBreakBefore/>', start)).toBeGreaterThan(
      xml.indexOf('PHÓ BÍ THƯ'),
    );
    const page = xml.slice(start).replace(/<[^>]+>/gu, ' ');
    for (const text of [
      'Chỉ thị số 50-CT/TW ngày 20/12/2023',
      '23/7/2025',
      '+17',
      'II.2.1',
      'II.1.3',
    ])
      expect(page, text).toContain(text);
    // The comments stay.
    expect(files['word/comments.xml']).toBeDefined();
  });

  it('is in the HTML and the Markdown too, and in none of them by default', () => {
    expect(toHtml(slip())).toContain(
      `<section class="appendix">\n<h2>${FINDINGS_APPENDIX_TITLE}</h2>`,
    );
    expect(toMarkdown(slip())).toContain(`## ${FINDINGS_APPENDIX_TITLE}`);
    expect(toHtml(sample.report.model)).not.toContain(FINDINGS_APPENDIX_TITLE);
    expect(toMarkdown(sample.report.model)).not.toContain(FINDINGS_APPENDIX_TITLE);
  });

  it('is not there, nor any comment, when the narrative has no finding', async () => {
    const narrative = await readSampleNarrative();
    const corrected = JSON.parse(
      JSON.stringify({ ...narrative, declared: [] }).replace(
        'Chỉ thị số 50-CT/TW ngày 20/12/2023',
        'Chỉ thị số 50-CT/TW ngày 23/7/2025',
      ),
    );
    const report = prepareReport(sample.imported.data, corrected, WINDOW);
    expect(report.mismatches).toEqual([]);
    const model = withFindings(report.model, report.mismatches, 'appendix');
    expect(model.appendices).toBeUndefined();
    const files = unzipSync(await docxRenderer.render(model));
    expect(files['word/comments.xml']).toBeUndefined();
    expect(strFromU8(files['word/document.xml'] as Uint8Array)).not.toContain(
      FINDINGS_APPENDIX_TITLE,
    );
    expect(toHtml(model)).not.toContain('class="finding"');
  });
});
