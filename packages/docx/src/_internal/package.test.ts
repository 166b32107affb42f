import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { finishPackage } from './package';

const CORE =
  '<cp:coreProperties xmlns:cp="cp" xmlns:dcterms="dc" xmlns:xsi="xsi"><dcterms:created xsi:type="dcterms:W3CDTF">2031-07-09T13:45:12.345Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2031-07-09T13:45:12.346Z</dcterms:modified></cp:coreProperties>';
const SEPARATORS =
  '<w:footnotes><w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t>Ghi chú.</w:t></w:r></w:p></w:footnote></w:footnotes>';
const SETTINGS = '<w:settings><w:displayBackgroundShape/><w:compat/></w:settings>';

/** An archive as the docx library writes it: folder entries, clock timestamps, its own order. */
function libraryZip(parts: Record<string, string>, mtime = new Date(2031, 6, 9, 13, 45)) {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [path, text] of Object.entries(parts)) entries[path] = [strToU8(text), { mtime }];
  return zipSync(entries);
}

/** The comments part, its relationship and content type, which the library writes even when empty. */
const DOCUMENT_RELS =
  '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>';
const CONTENT_TYPES =
  '<Types><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml" PartName="/word/comments.xml"/></Types>';
const COMMENTS = '<w:comments/>';

const parts = {
  'word/': '',
  'word/document.xml': '<w:document/>',
  'word/_rels/document.xml.rels': DOCUMENT_RELS,
  'word/comments.xml': COMMENTS,
  'docProps/core.xml': CORE,
  'word/footnotes.xml': SEPARATORS,
  'word/settings.xml': SETTINGS,
  '_rels/.rels': '<Relationships/>',
  '[Content_Types].xml': CONTENT_TYPES,
};

/** The path, DOS time and DOS date of each local file header, in archive order. */
function entryHeaders(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: { path: string; time: number; date: number }[] = [];
  let offset = 0;
  while (view.getUint32(offset, true) === 0x04034b50) {
    const size = view.getUint32(offset + 18, true);
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    const name = bytes.subarray(offset + 30, offset + 30 + nameLength);
    out.push({
      path: strFromU8(name),
      time: view.getUint16(offset + 10, true),
      date: view.getUint16(offset + 12, true),
    });
    offset += 30 + nameLength + extraLength + size;
  }
  return out;
}

const fixes = { date: '2026-02-05', mirrorMargins: false };
const text = (bytes: Uint8Array, path: string) =>
  strFromU8(unzipSync(bytes)[path] ?? new Uint8Array());

describe('finishPackage', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  it('dates the document from the date of issue, not from the library clock', () => {
    const core = text(finishPackage(libraryZip(parts), fixes), 'docProps/core.xml');
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-05T00:00:00Z</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-05T00:00:00Z</dcterms:modified>',
    );
    expect(core).not.toContain('2031');
  });

  it('writes the content types first, no folders, every entry stamped 00:00 on the date of issue', () => {
    const bytes = finishPackage(libraryZip(parts), fixes);
    const headers = entryHeaders(bytes);
    expect(headers.map((h) => h.path)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/footnotes.xml',
      'word/settings.xml',
    ]);
    for (const header of headers) {
      expect(header.time).toBe(0);
      expect(header.date).toBe(((2026 - 1980) << 9) | (2 << 5) | 5);
    }
  });

  it('gives the same bytes whatever the library clock and the time zone', () => {
    process.env.TZ = 'America/Los_Angeles';
    const west = finishPackage(libraryZip(parts, new Date(2031, 0, 1)), fixes);
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    const east = finishPackage(libraryZip(parts, new Date(2032, 5, 30, 23, 59)), fixes);
    expect(Buffer.from(west).equals(Buffer.from(east))).toBe(true);
    const later = finishPackage(libraryZip(parts), { ...fixes, date: '2026-02-06' });
    expect(Buffer.from(later).equals(Buffer.from(east))).toBe(false);
  });

  it('takes the footnote mark out of the two separators only', () => {
    const notes = text(finishPackage(libraryZip(parts), fixes), 'word/footnotes.xml');
    expect(notes.match(/<w:footnoteRef\/>/gu)).toHaveLength(1);
    expect(notes).toContain(
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
    );
    expect(notes).toContain('<w:r><w:continuationSeparator/></w:r>');
    expect(notes).toContain(
      '<w:footnote w:id="1"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>',
    );
  });

  it('mirrors the margins only when asked, in schema order', () => {
    expect(text(finishPackage(libraryZip(parts), fixes), 'word/settings.xml')).toBe(SETTINGS);
    expect(
      text(
        finishPackage(libraryZip(parts), { ...fixes, mirrorMargins: true }),
        'word/settings.xml',
      ),
    ).toBe('<w:settings><w:displayBackgroundShape/><w:mirrorMargins/><w:compat/></w:settings>');
  });

  it('leaves out the comments part, its relationship and content type when there are no comments', () => {
    const bare = unzipSync(finishPackage(libraryZip(parts), fixes));
    expect(bare['word/comments.xml']).toBeUndefined();
    expect(strFromU8(bare['word/_rels/document.xml.rels'] ?? new Uint8Array())).toBe(
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    );
    expect(strFromU8(bare['[Content_Types].xml'] ?? new Uint8Array())).not.toContain('comments');
    const kept = unzipSync(finishPackage(libraryZip(parts), { ...fixes, comments: true }));
    expect(strFromU8(kept['word/comments.xml'] ?? new Uint8Array())).toBe(COMMENTS);
    expect(strFromU8(kept['word/_rels/document.xml.rels'] ?? new Uint8Array())).toBe(DOCUMENT_RELS);
    expect(strFromU8(kept['[Content_Types].xml'] ?? new Uint8Array())).toBe(CONTENT_TYPES);
  });

  it('fails loudly when the library output changes so that a patch no longer applies', () => {
    const noDates = { ...parts, 'docProps/core.xml': '<cp:coreProperties/>' };
    expect(() => finishPackage(libraryZip(noDates), fixes)).toThrow(/docProps\/core.xml/u);
    const fixedNotes = { ...parts, 'word/footnotes.xml': '<w:footnotes/>' };
    expect(() => finishPackage(libraryZip(fixedNotes), fixes)).toThrow(/footnotes.xml/u);
    const { 'word/settings.xml': _, ...noSettings } = parts;
    expect(() => finishPackage(libraryZip(noSettings), { ...fixes, mirrorMargins: true })).toThrow(
      /settings.xml is missing/u,
    );
  });
});
