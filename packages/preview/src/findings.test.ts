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
