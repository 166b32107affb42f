import { createHash } from 'node:crypto';
import type { ReportModel } from '@org/party-core';
import { DEFAULT_RENDERERS } from '@org/party-renderers';
import { describe, expect, it } from 'vitest';
import { reportStyleHashes } from './reportStyle';

/** The base64 SHA-256 of each `<style>` element of an HTML page, as a CSP names it. */
function styleHashes(html: string): string[] {
  return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/giu)].map((m) =>
    createHash('sha256')
      .update(m[1] ?? '')
      .digest('base64'),
  );
}

const report = (finding: boolean): ReportModel => ({
  header: {
    superior: 'Đảng bộ thành phố',
    committee: 'Đảng ủy phường Mẫu',
    symbol: { number: 7, type: 'BC', issuer: 'ĐU' },
    place: 'Mẫu',
    date: '2026-03-01',
  },
  documentType: 'BÁO CÁO',
  summary: 'kết quả',
  preamble: [
    {
      kind: 'paragraph',
      runs: [
        { kind: 'text', text: 'Tổng số ' },
        {
          kind: 'figure',
          text: '23',
          placeholder: 'movements.net',
          path: 'movements.net',
          value: 23,
          ...(finding ? { finding: { stated: '+17', computed: '23', how: 'tính lại' } } : {}),
        },
      ],
    },
  ],
  parts: [],
  footnotes: [],
  recipients: ['- Lưu VPĐU.'],
  signature: { authority: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Nguyễn Văn A' },
});

describe('reportStyleHashes', () => {
  it('allows the stylesheets of a report with findings and of one without', async () => {
    const html = DEFAULT_RENDERERS.find((r) => r.format === 'html');
    expect(html).toBeDefined();
    const allowed = await reportStyleHashes(DEFAULT_RENDERERS);
    const render = async (model: ReportModel) =>
      new TextDecoder().decode(await html?.render(model));
    const appendix = { appendices: [{ title: 'PHIẾU ĐỐI CHIẾU SỐ LIỆU', blocks: [] }] };
    const pages = await Promise.all([
      render(report(false)),
      render(report(true)),
      render({ ...report(false), ...appendix }),
      render({ ...report(true), ...appendix }),
    ]);
    const hashes = pages.map(styleHashes);
    // Four different stylesheets (the notes' style, the appendix page's), all allowed.
    expect(new Set(hashes.map((h) => h.join())).size).toBe(4);
    for (const hash of hashes.flat()) expect(allowed).toContain(hash);
  });

  it('allows nothing without an HTML renderer', async () => {
    await expect(
      reportStyleHashes(DEFAULT_RENDERERS.filter((r) => r.format !== 'html')),
    ).resolves.toEqual([]);
  });
});
