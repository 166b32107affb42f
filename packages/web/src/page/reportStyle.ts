import type { RendererPlugin, ReportModel } from '@org/party-core';

/** The smallest valid report model, to see which stylesheets an HTML renderer writes. */
const PROBE: ReportModel = {
  header: {
    superior: 'Đảng bộ',
    committee: 'Đảng ủy',
    symbol: { number: 1, type: 'BC', issuer: 'ĐU' },
    place: 'Hà Nội',
    date: '2026-01-01',
  },
  documentType: 'BÁO CÁO',
  summary: 'mẫu',
  preamble: [],
  parts: [],
  footnotes: [],
  recipients: ['- Lưu VPĐU.'],
  signature: { authority: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Mẫu' },
};

/**
 * The probe with one finding: renderers add the style of their notes only
 * to a report that has some (and the style of appendix pages only to one
 * with appendices, so each probe is rendered without and with one).
 */
const PROBE_WITH_FINDING: ReportModel = {
  ...PROBE,
  preamble: [
    {
      kind: 'paragraph',
      runs: [
        {
          kind: 'figure',
          text: '1',
          placeholder: 'members.total',
          path: 'members.total',
          value: 1,
          finding: { stated: '2', computed: '1', how: 'mẫu' },
        },
      ],
    },
  ],
};

async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)),
  );
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The SHA-256 hashes (base64) of the `<style>` elements the HTML renderer
 * writes, so the page's CSP can let exactly those stylesheets style the report
 * preview (a sandboxed frame inherits the page's CSP) without allowing inline
 * styles in general. The renderer's stylesheet depends on the report only in
 * whether it has findings (the style of their margin notes) and appendices
 * (their page), so four probe renders find every stylesheet it writes.
 * Empty when there is no HTML renderer.
 *
 * @internal
 */
export async function reportStyleHashes(renderers: readonly RendererPlugin[]): Promise<string[]> {
  const html = renderers.find((renderer) => renderer.format === 'html');
  if (!html) return [];
  try {
    const styles = new Set<string>();
    const appendix = { appendices: [{ title: 'PHỤ LỤC', blocks: [] }] };
    const probes = [PROBE, PROBE_WITH_FINDING].flatMap((p) => [p, { ...p, ...appendix }]);
    for (const probe of probes) {
      const text = new TextDecoder().decode(await html.render(probe));
      for (const m of text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/giu)) styles.add(m[1] ?? '');
    }
    return Promise.all([...styles].map(sha256Base64));
  } catch {
    return [];
  }
}
