import type { ReportModel } from '@org/party-core';
import { describe, expect, it } from 'vitest';
import { model } from '../test/sampleModel';
import { toHtml } from './html';
import { toMarkdown } from './markdown';

/** The sample model with a finding on its figure of members: the draft stated 99. */
function withFinding(m: ReportModel): ReportModel {
  const copy = structuredClone(m);
  const block = copy.parts[0]?.sections[0]?.blocks[0];
  if (block?.kind !== 'paragraph') throw new Error('the sample model changed');
  block.runs = block.runs.map((run) =>
    run.kind === 'figure' && run.path === 'members.total'
      ? { ...run, finding: { stated: '99', computed: run.text, how: 'đếm đảng viên <có tên>' } }
      : run,
  );
  return copy;
}

const annotated = withFinding(model);

describe('findings in HTML and Markdown', () => {
  it('puts a margin note beside the paragraph in HTML, hidden in print', () => {
    const html = toHtml(annotated);
    const notes = [...html.matchAll(/<aside class="finding"[^>]*>(.*?)<\/aside>\n<p>(.*?)<\/p>/gu)];
    expect(notes).toHaveLength(1);
    expect(notes[0]?.[1]).toBe(
      '<b>Kiểm tra số liệu:</b> dự thảo ghi 99; số tính từ dữ liệu 03. Cách tính: đếm đảng viên &lt;có tên&gt;.',
    );
    // The note stands beside the paragraph that holds the figure, which keeps its footnote mark.
    expect(notes[0]?.[2]).toContain(
      '<span class="figure finding" data-path="members.total">03</span>',
    );
    expect(notes[0]?.[2]).toContain('<sup><a href="#fn1" id="ref1">1</a></sup>');
    expect(html).toMatch(/@media print \{ aside\.finding \{ display: none; \}/u);
    expect(toHtml(model)).not.toContain('<aside');
  });

  it('puts a quoted note after the paragraph in Markdown, the footnote mark staying on the paragraph', () => {
    const text = toMarkdown(annotated);
    const lines = text.split('\n');
    const at = lines.findIndex((line) => line.startsWith('> **Kiểm tra số liệu:**'));
    expect(lines[at]).toBe(
      '> **Kiểm tra số liệu:** dự thảo ghi 99; số tính từ dữ liệu 03. Cách tính: đếm đảng viên \\<có tên\\>.',
    );
    expect(lines[at - 1]).toBe('');
    expect(lines[at - 2]).toMatch(/^Đến ngày .* 03 đảng viên; .*\[\^1\]$/u);
    expect(toMarkdown(model)).not.toContain('Kiểm tra số liệu');
  });
});

describe("findings on the ward's own words, and the findings slip", () => {
  /** The sample model with a date the ward typed, found other than the registry's. */
  function withCitation(m: ReportModel): ReportModel {
    const copy = structuredClone(m);
    const block = copy.parts[0]?.sections[0]?.blocks[0];
    if (block?.kind !== 'paragraph') throw new Error('the sample model changed');
    block.runs = [
      ...block.runs,
      { kind: 'text', text: ' Theo Chỉ thị số 50-CT/TW ngày ' },
      {
        kind: 'text',
        text: '20/12/2023',
        finding: {
          stated: '20/12/2023',
          computed: '23/7/2025',
          how: 'theo danh mục',
          basis: 'citation',
        },
      },
      { kind: 'text', text: '.' },
    ];
    return copy;
  }
  const cited = withCitation(model);

  it('marks the typed date and notes the registry date, in HTML and Markdown', () => {
    const html = toHtml(cited);
    expect(html).toContain('<span class="finding">20/12/2023</span>');
    expect(html).toContain(
      '<aside class="finding"><b>Kiểm tra số liệu:</b> dự thảo ghi 20/12/2023; danh mục văn bản ghi 23/7/2025.',
    );
    expect(html).toContain('aside.finding { float: right;');
    expect(toMarkdown(cited)).toContain(
      '> **Kiểm tra số liệu:** dự thảo ghi 20/12/2023; danh mục văn bản ghi 23/7/2025. Cách tính: theo danh mục.',
    );
  });

  it('writes each appendix after the report on a page of its own, only when there is one', () => {
    const slip: ReportModel = {
      ...model,
      appendices: [
        {
          title: 'PHIẾU ĐỐI CHIẾU SỐ LIỆU',
          blocks: [{ kind: 'table', header: ['TT', 'Mục'], rows: [['1', 'II.2.1']] }],
        },
      ],
    };
    const html = toHtml(slip);
    expect(html.indexOf('<section class="appendix">')).toBeGreaterThan(html.indexOf('Nơi nhận:'));
    expect(html).toContain('<h2>PHIẾU ĐỐI CHIẾU SỐ LIỆU</h2>');
    expect(html).toContain('section.appendix { break-before: page;');
    expect(toHtml(model)).not.toContain('section.appendix');
    const md = toMarkdown(slip);
    expect(md).toContain(
      '\n---\n\n## PHIẾU ĐỐI CHIẾU SỐ LIỆU\n\n| TT | Mục |\n| --- | --- |\n| 1 | II.2.1 |',
    );
    expect(md.indexOf('## PHIẾU')).toBeGreaterThan(md.indexOf('Nơi nhận:'));
  });
});
