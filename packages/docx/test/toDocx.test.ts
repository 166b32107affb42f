import { InvalidArgumentError, type ReportModel, selectRenderers } from '@org/party-core';
import { describe, expect, it, vi } from 'vitest';
import {
  createDocxRenderer,
  DOCX_MEDIA_TYPE,
  DocxOptions,
  docxRenderer,
  toDocx,
} from '../src/index';
import { FINDING_AUTHOR } from '../src/toDocx';
import {
  attributes,
  bodyTexts,
  childOrders,
  paragraphs,
  tableCells,
  tables,
  textOf,
  unzipDocx,
  withoutTables,
  xmlProblems,
} from './docxXml';
import { largeModel } from './largeModel';
import { model } from './sampleModel';

const render = async (m: ReportModel, options?: Parameters<typeof toDocx>[1]) =>
  unzipDocx(await toDocx(m, options));

const sample = await render(model);
const large = await render(largeModel);
const doc = (files: Record<string, string>) => files['word/document.xml'] ?? '';

/** The paragraph whose visible text is `text`. */
const paragraphWith = (xml: string, text: string) =>
  paragraphs(xml).find((p) => textOf(p) === text) ?? '';

const TWIPS_PER_MM = 1440 / 25.4;

describe('toDocx: package', () => {
  it('is a ZIP holding the parts of a WordprocessingML document, all well formed', () => {
    // The parts the docx library writes: besides the ones the document uses,
    // empty numbering, endnotes and custom properties, and a
    // (possibly empty) relationship part for each part that may refer to others.
    expect(Object.keys(sample).sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'docProps/app.xml',
        'docProps/core.xml',
        'docProps/custom.xml',
        'word/_rels/document.xml.rels',
        'word/_rels/endnotes.xml.rels',
        'word/_rels/fontTable.xml.rels',
        'word/_rels/footnotes.xml.rels',
        'word/_rels/header1.xml.rels',
        'word/_rels/header2.xml.rels',
        'word/document.xml',
        'word/endnotes.xml',
        'word/fontTable.xml',
        'word/footnotes.xml',
        'word/header1.xml',
        'word/header2.xml',
        'word/numbering.xml',
        'word/settings.xml',
        'word/styles.xml',
      ].sort(),
    );
    for (const [path, xml] of [...Object.entries(sample), ...Object.entries(large)]) {
      expect(xmlProblems(xml), path).toEqual([]);
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"'), path).toBe(true);
    }
    const types = sample['[Content_Types].xml'] ?? '';
    for (const part of ['document', 'styles', 'settings', 'footnotes', 'header1', 'header2']) {
      expect(types).toContain(`PartName="/word/${part}.xml"`);
    }
    const rels = sample['word/_rels/document.xml.rels'] ?? '';
    for (const target of ['styles.xml', 'settings.xml', 'footnotes.xml', 'header1.xml']) {
      expect(rels).toContain(`Target="${target}"`);
    }
  });

  it('writes paragraph and run properties in the order of the schema (Word rejects others)', () => {
    const pPr = [
      'w:pStyle',
      'w:keepNext',
      'w:keepLines',
      'w:widowControl',
      'w:pBdr',
      'w:spacing',
      'w:ind',
      'w:jc',
      'w:outlineLvl',
      'w:rPr',
    ];
    const rPr = [
      'w:rStyle',
      'w:rFonts',
      'w:b',
      'w:bCs',
      'w:i',
      'w:iCs',
      'w:color',
      'w:sz',
      'w:szCs',
      'w:highlight',
      'w:u',
      'w:vertAlign',
      'w:lang',
    ];
    const xml = Object.values(large).join('');
    const inOrder = (names: string[], schema: string[]) =>
      names.every(
        (name, i) => i === 0 || schema.indexOf(name) > schema.indexOf(names[i - 1] ?? ''),
      );
    const pOrders = childOrders(xml, 'w:pPr');
    const rOrders = childOrders(xml, 'w:rPr');
    expect(pOrders.length).toBeGreaterThan(20);
    expect(rOrders.length).toBeGreaterThan(20);
    for (const names of pOrders) expect(inOrder(names, pPr), names.join(',')).toBe(true);
    for (const names of rOrders) expect(inOrder(names, rPr), names.join(',')).toBe(true);
  });
});

describe('toDocx: page', () => {
  it('is A4 portrait with margins 20/20/30/15 mm, in twips', () => {
    expect(Math.round(20 * TWIPS_PER_MM)).toBe(1134);
    expect(Math.round(30 * TWIPS_PER_MM)).toBe(1701);
    expect(Math.round(15 * TWIPS_PER_MM)).toBe(850);
    const xml = doc(sample);
    expect(attributes(xml, 'w:pgSz')).toEqual({
      'w:w': '11906',
      'w:h': '16838',
      'w:orient': 'portrait',
    });
    expect(attributes(xml, 'w:pgMar')).toEqual({
      'w:top': '1134',
      'w:right': '850',
      'w:bottom': '1134',
      'w:left': '1701',
      'w:header': '567',
      'w:footer': '567',
      'w:gutter': '0',
    });
  });

  it('takes other margins as options', async () => {
    const xml = doc(await render(model, { margins: { topMm: 25, leftMm: 35 } }));
    expect(attributes(xml, 'w:pgMar')).toMatchObject({
      'w:top': '1417',
      'w:left': '1984',
      'w:bottom': '1134',
      'w:right': '850',
    });
    const mirrored = await render(model, { mirrorMargins: true });
    expect(mirrored['word/settings.xml']).toContain('<w:mirrorMargins/>');
    expect(sample['word/settings.xml']).not.toContain('mirrorMargins');
  });

  it('sets Times New Roman for every script, 14 pt, Vietnamese', async () => {
    const styles = sample['word/styles.xml'] ?? '';
    expect(attributes(styles, 'w:rFonts')).toEqual({
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
      'w:eastAsia': 'Times New Roman',
      'w:cs': 'Times New Roman',
    });
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:sz w:val="28"\/><w:szCs w:val="28"\/>/u);
    expect(styles).toContain('<w:lang w:val="vi-VN"');
    // No other font anywhere: no run font but Times New Roman, and the font
    // table (left empty by the docx library) names no other.
    let runFonts = 0;
    for (const xml of Object.values(sample)) {
      for (const fonts of xml.matchAll(/<w:rFonts [^>]*>/gu)) {
        runFonts += 1;
        for (const m of fonts[0].matchAll(/="([^"]*)"/gu)) expect(m[1]).toBe('Times New Roman');
      }
      for (const m of xml.matchAll(/<w:font w:name="([^"]*)"/gu))
        expect(m[1]).toBe('Times New Roman');
    }
    expect(runFonts).toBeGreaterThan(0);
    const custom = (await render(model, { font: 'Liberation Serif' }))['word/styles.xml'];
    expect(attributes(custom ?? '', 'w:rFonts')).toEqual({
      'w:ascii': 'Liberation Serif',
      'w:hAnsi': 'Liberation Serif',
      'w:eastAsia': 'Liberation Serif',
      'w:cs': 'Liberation Serif',
    });
  });

  it('numbers pages centred at the top from page 2: a PAGE field and a different first page', () => {
    const header = sample['word/header1.xml'] ?? '';
    expect(header).toContain(
      '<w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">PAGE</w:instrText><w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/>',
    );
    expect(header).toContain('<w:pStyle w:val="Header"/>');
    expect(sample['word/styles.xml']).toMatch(
      /w:styleId="Header">.*?<w:jc w:val="center"\/>.*?<\/w:style>/u,
    );
    expect(textOf(sample['word/header2.xml'] ?? '')).toBe('');
    expect(sample['word/header2.xml']).not.toContain('PAGE');
    // header1 is the page number on default pages, header2 the empty first page.
    const rels = sample['word/_rels/document.xml.rels'] ?? '';
    const relId = (target: string) =>
      new RegExp(
        `<Relationship Id="(rId\\d+)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="${target}"/>`,
        'u',
      ).exec(rels)?.[1];
    expect(relId('header1.xml')).toBeDefined();
    expect(relId('header2.xml')).toBeDefined();
    const sect = /<w:sectPr>.*<\/w:sectPr>/u.exec(doc(sample))?.[0] ?? '';
    expect(sect).toContain(`<w:headerReference w:type="default" r:id="${relId('header1.xml')}"/>`);
    expect(sect).toContain(`<w:headerReference w:type="first" r:id="${relId('header2.xml')}"/>`);
    expect(sect).toContain('<w:titlePg/>');
  });

  it('numbers page 1 too, or no page, on request', async () => {
    const all = await render(model, { pageNumberOnFirstPage: true });
    expect(doc(all)).not.toContain('<w:titlePg/>');
    expect(doc(all)).not.toContain('w:type="first"');
    expect(all['word/header2.xml']).toBeUndefined();
    expect(all['word/header1.xml']).toContain('>PAGE</w:instrText>');
    const none = await render(model, { pageNumbers: false });
    expect(doc(none)).not.toContain('headerReference');
    expect(none['word/header1.xml']).toBeUndefined();
    expect(none['[Content_Types].xml']).not.toContain('header');
  });
});

describe('toDocx: header and title', () => {
  const [headerTable] = tables(doc(sample));

  it('is a borderless two-column table: bodies and number left, party name and date right', () => {
    for (const edge of ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV']) {
      expect(attributes(headerTable ?? '', edge)?.['w:val'], edge).toBe('none');
    }
    expect(/<w:tblBorders>.*?<\/w:tblBorders>/u.exec(headerTable ?? '')?.[0]).not.toContain(
      'single',
    );
    expect(headerTable).not.toContain('<w:tcBorders>');
    const rows = tableCells(headerTable ?? '');
    expect(rows).toEqual([
      ['ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\nĐẢNG ỦY PHƯỜNG MẪU\n*', 'ĐẢNG CỘNG SẢN VIỆT NAM\n'],
      ['Số 07-BC/ĐU', 'Hải Phòng, ngày 05 tháng 02 năm 2026'],
    ]);
  });

  it('formats each header line as the format says', () => {
    const xml = headerTable ?? '';
    expect(paragraphWith(xml, 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG')).not.toContain('<w:b/>');
    expect(paragraphWith(xml, 'ĐẢNG ỦY PHƯỜNG MẪU')).toContain('<w:b/>');
    const party = paragraphWith(xml, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(party).toContain('<w:b/>');
    expect(party).toContain('<w:sz w:val="30"/>');
    expect(paragraphWith(xml, 'Hải Phòng, ngày 05 tháng 02 năm 2026')).toContain('<w:i/>');
    expect(paragraphWith(xml, 'Số 07-BC/ĐU')).not.toMatch(/<w:[bi]\/>/u);
    for (const p of paragraphs(xml).filter((p) => textOf(p) !== '')) {
      expect(p).toContain('<w:jc w:val="center"/>');
    }
  });

  it('draws a rule under ĐẢNG CỘNG SẢN VIỆT NAM about as long as the text', () => {
    const cells = /<w:tc>.*?<\/w:tc><w:tc>(.*?)<\/w:tc>/u.exec(headerTable ?? '')?.[1] ?? '';
    const rule = paragraphs(cells).find((p) => p.includes('<w:pBdr>')) ?? '';
    expect(rule).toContain('<w:bottom w:val="single"');
    expect(textOf(rule)).toBe('');
    const cellWidth = Number(attributes(cells, 'w:tcW')?.['w:w']);
    const indent = Number(attributes(rule, 'w:ind')?.['w:left']);
    const ruleMm = (cellWidth - 2 * indent) / TWIPS_PER_MM;
    // The text is about 73 mm wide in Times New Roman Bold 15 pt.
    expect(ruleMm).toBeGreaterThan(68);
    expect(ruleMm).toBeLessThan(78);
  });

  it('reaches 10 mm into the left margin so long names fit on one line', () => {
    expect(attributes(headerTable ?? '', 'w:tblInd')).toEqual({ 'w:w': '-567', 'w:type': 'dxa' });
    const widths = [...(headerTable ?? '').matchAll(/<w:gridCol w:w="(\d+)"\/>/gu)].map((m) =>
      Number(m[1]),
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBe(11906 - 1701 - 850 + 567);
  });

  it('prints BÁO CÁO bold 16 pt and the bold summary line, centred, with a short rule under it', () => {
    const body = withoutTables(doc(sample));
    const type = paragraphWith(body, 'BÁO CÁO');
    expect(type).toContain('<w:b/>');
    expect(type).toContain('<w:sz w:val="32"/>');
    expect(type).toContain('<w:jc w:val="center"/>');
    const summary = paragraphWith(body, 'tình hình đội ngũ đảng viên');
    expect(summary).toContain('<w:b/>');
    expect(summary).toContain('<w:jc w:val="center"/>');
    const all = paragraphs(body);
    const rule = all[all.indexOf(summary) + 1] ?? '';
    expect(rule).toContain('<w:pBdr><w:bottom w:val="single"');
    const indent = Number(attributes(rule, 'w:ind')?.['w:left']);
    expect(9355 - 2 * indent).toBeGreaterThan(1500);
    expect(9355 - 2 * indent).toBeLessThan(3000);
  });
});

describe('toDocx: body', () => {
  it('numbers headings I., 1., 1.1. with heading styles: bold, bold, bold italic', () => {
    const body = doc(large);
    expect(paragraphWith(body, 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025')).toContain(
      '<w:pStyle w:val="Heading1"/>',
    );
    expect(paragraphWith(body, '1. Công tác xây dựng Đảng')).toContain(
      '<w:pStyle w:val="Heading2"/>',
    );
    expect(paragraphWith(body, '1.1. Công tác chính trị, tư tưởng')).toContain(
      '<w:pStyle w:val="Heading3"/>',
    );
    const styles = large['word/styles.xml'] ?? '';
    const style = (id: string) =>
      new RegExp(`w:styleId="${id}">.*?</w:style>`, 'u').exec(styles)?.[0];
    expect(style('Heading1')).toMatch(/<w:outlineLvl w:val="0"\/>.*<w:b\/>/u);
    expect(style('Heading2')).toMatch(/<w:outlineLvl w:val="1"\/>.*<w:b\/>/u);
    expect(style('Heading2')).not.toContain('<w:i/>');
    expect(style('Heading3')).toMatch(/<w:b\/>.*<w:i\/>/u);
    for (const id of ['Heading1', 'Heading2', 'Heading3'])
      expect(style(id)).toContain('<w:keepNext/>');
  });

  it('styles subsection headings as asked', async () => {
    const styles = (await render(largeModel, { subsectionHeadingStyle: 'italic' }))[
      'word/styles.xml'
    ];
    const heading3 = /w:styleId="Heading3">.*?<\/w:style>/u.exec(styles ?? '')?.[0];
    expect(heading3).toContain('<w:i/>');
    expect(heading3).not.toContain('<w:b/>');
  });

  it('justifies body paragraphs, 14 pt, first-line indent 12.7 mm, 6 pt after, exactly 18 pt', () => {
    // The body paragraph is the default paragraph (document defaults): the
    // docx library cannot mark a Normal style as the default one.
    const styles = sample['word/styles.xml'] ?? '';
    const normal = /<w:pPrDefault>.*?<\/w:pPrDefault>/u.exec(styles)?.[0] ?? '';
    expect(normal).toContain('<w:widowControl/>');
    expect(normal).toContain('<w:jc w:val="both"/>');
    expect(attributes(normal, 'w:ind')).toEqual({ 'w:firstLine': '720' });
    expect(attributes(normal, 'w:spacing')).toEqual({
      'w:before': '0',
      'w:after': '120',
      'w:line': '360',
      'w:lineRule': 'exact',
    });
    const paragraph = paragraphWith(
      doc(sample),
      'Đến ngày 01/3/2026, Đảng bộ có 03 đảng viên; nữ chiếm 33,3%.',
    );
    // Normal style, no direct formatting.
    expect(paragraph.startsWith('<w:p><w:r>')).toBe(true);
  });

  it('takes body sizes, spacing and indent as options', async () => {
    const styles =
      (
        await render(model, {
          bodyFontSize: 15,
          lineSpacing: { rule: 'multiple', value: 1.5 },
          firstLineIndentMm: 10,
          paragraphSpacingAfterPt: 3,
          paragraphSpacingBeforePt: 2,
        })
      )['word/styles.xml'] ?? '';
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:sz w:val="30"\/>/u);
    const normal = /<w:pPrDefault>.*?<\/w:pPrDefault>/u.exec(styles)?.[0] ?? '';
    expect(attributes(normal, 'w:spacing')).toEqual({
      'w:before': '40',
      'w:after': '60',
      'w:line': '360',
      'w:lineRule': 'auto',
    });
    expect(attributes(normal, 'w:ind')).toEqual({ 'w:firstLine': '567' });
  });

  it('prints figures with their text and highlights the missing ones', async () => {
    const body = doc(large);
    for (const figure of ['01/3/2026', '03', '33,3%']) {
      expect(body).toContain(`<w:t xml:space="preserve">${figure}</w:t>`);
    }
    const missing = paragraphWith(
      body,
      'Số đảng viên bị kỷ luật: [[thiếu số liệu: inspection.disciplined]].',
    );
    expect(missing).toMatch(
      /<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">\[\[thiếu số liệu/u,
    );
    expect(body.match(/<w:highlight /gu)).toHaveLength(1);
    const none = doc(await render(largeModel, { highlightFigures: 'none' }));
    expect(none).not.toContain('<w:highlight');
    const all = doc(await render(largeModel, { highlightFigures: 'all' }));
    expect(all).toContain(
      '<w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">03</w:t>',
    );
  });

  it('escapes text and drops characters XML cannot hold', async () => {
    const files = await render({ ...model, summary: 'a <b> & "c"\u0007' });
    expect(xmlProblems(doc(files))).toEqual([]);
    expect(doc(files)).toContain('a &lt;b&gt; &amp; &quot;c&quot;</w:t>');
    expect(files['docProps/core.xml']).toContain(
      '<dc:title>BÁO CÁO a &lt;b&gt; &amp; &quot;c&quot;</dc:title>',
    );
  });

  it('normalises Vietnamese text to NFC', async () => {
    const decomposed = 'tình hình đội ngũ đảng viên'.normalize('NFD');
    const files = await render({ ...model, summary: decomposed });
    expect(doc(files)).toContain('tình hình đội ngũ đảng viên'.normalize('NFC'));
  });
});

describe('toDocx: footnotes', () => {
  it('attaches a real Word footnote to the end of the paragraph before the reference', () => {
    const paragraph = paragraphWith(
      doc(sample),
      'Đến ngày 01/3/2026, Đảng bộ có 03 đảng viên; nữ chiếm 33,3%.',
    );
    expect(paragraph).toMatch(
      />\.<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="1"\/><\/w:r><\/w:p>$/u,
    );
    const notes = sample['word/footnotes.xml'] ?? '';
    expect(notes).toContain('<w:footnote w:type="separator" w:id="-1">');
    expect(notes).toContain('<w:footnote w:type="continuationSeparator" w:id="0">');
    const note = /<w:footnote w:id="1">(.*?)<\/w:footnote>/u.exec(notes)?.[1] ?? '';
    expect(note).toContain('<w:footnoteRef/>');
    expect(textOf(note)).toBe(' Số liệu của Văn phòng Đảng ủy.');
    // The separators hold their separator and no footnote mark (Word repairs a
    // file whose separators hold one, as the docx library writes them).
    for (const type of ['separator', 'continuationSeparator']) {
      const separator =
        new RegExp(`<w:footnote w:type="${type}" w:id="-?\\d">.*?</w:footnote>`, 'u').exec(
          notes,
        )?.[0] ?? '';
      expect(separator).toContain(`<w:${type}/>`);
      expect(separator).not.toContain('footnoteRef');
      expect(separator).not.toContain('FootnoteReference');
    }
    expect(sample['[Content_Types].xml']).toContain('PartName="/word/footnotes.xml"');
    expect(sample['word/styles.xml']).toMatch(
      /w:styleId="FootnoteReference">.*?<w:vertAlign w:val="superscript"\/>/u,
    );
  });

  it('prints footnote text at 12 pt (an option, 10–12 pt)', async () => {
    const style = (files: Record<string, string>) =>
      /w:styleId="FootnoteText">.*?<\/w:style>/u.exec(files['word/styles.xml'] ?? '')?.[0];
    expect(style(sample)).toContain('<w:sz w:val="24"/>');
    expect(style(await render(model, { footnoteFontSize: 10 }))).toContain('<w:sz w:val="20"/>');
  });

  it('numbers footnotes in reading order, each referenced once, after tables and at section starts too', () => {
    const body = doc(large);
    const refs = [...body.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/gu)].map((m) => m[1]);
    expect(refs).toEqual(['1', '2', '3', '4']);
    const notes = large['word/footnotes.xml'] ?? '';
    const texts = [...notes.matchAll(/<w:footnote w:id="(\d+)">(.*?)<\/w:footnote>/gu)].map((m) => [
      m[1],
      textOf(m[2] ?? '').trim(),
    ]);
    expect(texts).toEqual([
      ['1', 'Số liệu do Văn phòng Đảng ủy tổng hợp.'],
      ['2', 'Bảng do Ban Xây dựng Đảng lập.'],
      ['3', 'Theo kế hoạch học tập của Ban Thường vụ.'],
      ['4', 'Chú thích đứng đầu mục.'],
    ]);
    // After a table and at the start of a section, the reference stands in its own paragraph.
    const alone = paragraphs(withoutTables(body)).filter(
      (p) => p.includes('footnoteReference') && textOf(p) === '',
    );
    expect(alone).toHaveLength(2);
  });

  it('prints a footnote referenced twice twice, and leaves out one never referenced', async () => {
    const section = model.parts[0]?.sections[0];
    if (!section) throw new Error('sample model changed');
    const twice: ReportModel = {
      ...model,
      parts: [
        {
          ...(model.parts[0] as ReportModel['parts'][number]),
          sections: [
            {
              ...section,
              blocks: [
                ...section.blocks,
                { kind: 'paragraph', runs: [] },
                section.blocks[1],
              ] as typeof section.blocks,
            },
          ],
        },
      ],
      footnotes: [
        ...model.footnotes,
        { id: 'unused', runs: [{ kind: 'text', text: 'Không dùng.' }] },
      ],
    };
    const files = await render(twice);
    expect(doc(files).match(/<w:footnoteReference /gu)).toHaveLength(2);
    const notes = files['word/footnotes.xml'] ?? '';
    expect(notes.match(/Số liệu của Văn phòng Đảng ủy\./gu)).toHaveLength(2);
    expect(notes).not.toContain('Không dùng.');
  });
});

/** The sample model with a finding on its first figure of members (the draft stated 99). */
function withFinding(m: ReportModel): ReportModel {
  const copy = structuredClone(m);
  const runs = copy.parts[0]?.sections[0]?.blocks[0];
  if (runs?.kind !== 'paragraph') throw new Error('the sample model changed');
  const index = runs.runs.findIndex((run) => run.kind === 'figure' && run.path === 'members.total');
  const run = runs.runs[index];
  if (run?.kind !== 'figure') throw new Error('the sample model changed');
  runs.runs[index] = {
    ...run,
    finding: { stated: '99', computed: run.text, how: 'đếm đảng viên có tên trong danh sách' },
  };
  return copy;
}

describe('toDocx: findings as comments', () => {
  it('has no comments part, relationship or content type without findings', () => {
    expect(sample['word/comments.xml']).toBeUndefined();
    expect(sample['word/_rels/document.xml.rels']).not.toContain('comments');
    expect(sample['[Content_Types].xml']).not.toContain('comments');
    expect(doc(sample)).not.toContain('w:comment');
  });

  it('anchors a Word comment on the figure: stated value, computed value and how', async () => {
    const annotated = withFinding(model);
    const figure = annotated.parts[0]?.sections[0]?.blocks[0];
    const text =
      figure?.kind === 'paragraph'
        ? figure.runs.find((run) => run.kind === 'figure' && run.finding)?.text
        : undefined;
    const files = await render(annotated);
    const comments = files['word/comments.xml'] ?? '';
    expect(xmlProblems(comments)).toEqual([]);
    expect(files['word/_rels/document.xml.rels']).toContain('Target="comments.xml"');
    expect(files['[Content_Types].xml']).toContain('PartName="/word/comments.xml"');
    const entries = [...comments.matchAll(/<w:comment .*?<\/w:comment>/gu)].map((m) => m[0]);
    expect(entries).toHaveLength(1);
    expect(attributes(entries[0] ?? '', 'w:comment')).toMatchObject({
      'w:id': '0',
      'w:author': FINDING_AUTHOR,
      'w:date': '2026-02-05T00:00:00.000Z',
    });
    expect(paragraphs(entries[0] ?? '').map(textOf)).toEqual([
      'Dự thảo ghi: 99',
      `Số tính từ dữ liệu: ${text}`,
      'Cách tính: đếm đảng viên có tên trong danh sách',
    ]);
    // The range covers exactly the figure's run; the reference follows it.
    const anchored =
      /<w:commentRangeStart w:id="0"\/>(.*?)<w:commentRangeEnd w:id="0"\/><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:commentReference w:id="0"\/><\/w:r>/u.exec(
        doc(files),
      );
    expect(textOf(anchored?.[1] ?? '')).toBe(text);
    // The comment does not change the printed text.
    expect(bodyTexts(doc(files))).toEqual(bodyTexts(doc(sample)));
  });

  it("anchors a comment on a date of the ward's own text, naming the registry of documents", async () => {
    const cited = structuredClone(model);
    const block = cited.parts[0]?.sections[0]?.blocks[0];
    if (block?.kind !== 'paragraph') throw new Error('the sample model changed');
    block.runs.push(
      { kind: 'text', text: ' Chỉ thị số 50-CT/TW ngày ' },
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
    );
    const files = await render(cited);
    const comments = files['word/comments.xml'] ?? '';
    const entries = [...comments.matchAll(/<w:comment .*?<\/w:comment>/gu)].map((m) => m[0]);
    expect(paragraphs(entries[0] ?? '').map(textOf)).toEqual([
      'Dự thảo ghi: 20/12/2023',
      'Danh mục văn bản ghi: 23/7/2025',
      'Cách tính: theo danh mục',
    ]);
    const anchored = /<w:commentRangeStart w:id="0"\/>(.*?)<w:commentRangeEnd w:id="0"\/>/u.exec(
      doc(files),
    );
    expect(textOf(anchored?.[1] ?? '')).toBe('20/12/2023');
  });
});

describe('toDocx: appendices', () => {
  it('prints none without appendices', () => {
    expect(doc(sample)).not.toContain('w:pageBreakBefore');
  });

  it('starts each appendix on a new page after the signature, its title centred and bold, then its blocks', async () => {
    const files = await render({
      ...model,
      appendices: [
        {
          title: 'PHIẾU ĐỐI CHIẾU SỐ LIỆU',
          blocks: [
            { kind: 'paragraph', runs: [{ kind: 'text', text: 'Phiếu dùng để rà soát.' }] },
            { kind: 'table', header: ['TT', 'Mục'], rows: [['1', 'II.2.1']] },
          ],
        },
      ],
    });
    const xml = doc(files);
    const all = paragraphs(xml);
    const title = all.find((p) => textOf(p) === 'PHIẾU ĐỐI CHIẾU SỐ LIỆU') ?? '';
    expect(title).toContain('<w:pageBreakBefore/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('<w:b/>');
    expect(xml.indexOf('PHIẾU ĐỐI CHIẾU')).toBeGreaterThan(xml.indexOf(model.signature.name));
    expect(tableCells(tables(xml).at(-1) ?? '')).toEqual([
      ['TT', 'Mục'],
      ['1', 'II.2.1'],
    ]);
    expect(xmlProblems(xml)).toEqual([]);
  });
});

describe('toDocx: tables', () => {
  it('draws data tables with every border and a bold header row repeated on each page', () => {
    const [, data] = tables(doc(sample));
    const borders = /<w:tblBorders>.*?<\/w:tblBorders>/u.exec(data ?? '')?.[0] ?? '';
    for (const edge of ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV']) {
      expect(attributes(borders, edge), edge).toEqual({
        'w:val': 'single',
        'w:color': '000000',
        'w:sz': '4',
        'w:space': '0',
      });
    }
    expect(tableCells(data ?? '')).toEqual([
      ['Chỉ tiêu', 'Số lượng'],
      ['Đảng viên | chính thức', '3'],
      ['Dự bị', '0'],
    ]);
    const [header, ...rows] = [...(data ?? '').matchAll(/<w:tr>.*?<\/w:tr>/gu)].map((m) => m[0]);
    expect(header).toContain('<w:tblHeader/>');
    expect(paragraphs(header ?? '').every((p) => p.includes('<w:b/>'))).toBe(true);
    for (const row of rows) {
      expect(row).not.toContain('<w:tblHeader/>');
      expect(row).not.toContain('<w:b/>');
    }
    // Widths fill the text width less the cell margins.
    const widths = [...(data ?? '').matchAll(/<w:gridCol w:w="(\d+)"\/>/gu)].map((m) =>
      Number(m[1]),
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9355 - 170);
  });

  it('numbers titled tables, prints their unit, right-aligns numbers and spans group rows in bold', async () => {
    const table = (title: string) => ({
      kind: 'table' as const,
      title,
      unit: 'đảng viên',
      header: ['Chỉ tiêu', 'Số đảng viên', 'Tỷ lệ'],
      rows: [
        ['Giới tính', '', ''],
        ['- Nam', '2', '66,7%'],
        ['Chuyển đi', '−1', '0'],
      ],
    });
    const m = structuredClone(model);
    const section = m.parts[0]?.sections[0];
    if (!section) throw new Error('the sample model changed');
    section.blocks = [table('Cơ cấu đội ngũ đảng viên'), table('Biến động')];
    const xml = doc(await render(m));
    const body = bodyTexts(xml);
    expect(body).toContain('Biểu 1. Cơ cấu đội ngũ đảng viên');
    expect(body).toContain('Biểu 2. Biến động');
    const title = paragraphWith(xml, 'Biểu 1. Cơ cấu đội ngũ đảng viên');
    expect(title).toContain('<w:keepNext/>');
    expect(title).toContain('<w:b/>');
    const unit = paragraphWith(xml, 'Đơn vị tính: đảng viên');
    expect(attributes(unit, 'w:jc')).toEqual({ 'w:val': 'right' });
    expect(unit).toContain('<w:i/>');
    const [first] = tables(xml).filter((t) => t.includes('Giới tính'));
    const rows = [...(first ?? '').matchAll(/<w:tr>.*?<\/w:tr>/gu)].map((r) => r[0]);
    // The group row: one bold cell across the three columns.
    expect(tableCells(rows[1] ?? '')).toEqual([['Giới tính']]);
    expect(attributes(rows[1] ?? '', 'w:gridSpan')).toEqual({ 'w:val': '3' });
    expect(rows[1]).toContain('<w:b/>');
    // Numbers, negatives and zeros at the right; labels at the left.
    const alignOf = (row: string) =>
      paragraphs(row).map((p) => attributes(p, 'w:jc')?.['w:val'] ?? 'left');
    expect(alignOf(rows[2] ?? '')).toEqual(['left', 'right', 'right']);
    expect(alignOf(rows[3] ?? '')).toEqual(['left', 'right', 'right']);
  });

  it('keeps line breaks in cells, and tables in a row apart', () => {
    const body = doc(large);
    const data = tables(body).slice(1, -1);
    expect(data).toHaveLength(3);
    expect(tableCells(data[0] ?? '')[2]?.[0]).toBe('Đảng viên dự bị\n(kết nạp trong năm)');
    // Every data table is followed by a paragraph, so adjacent tables never merge.
    expect(body.match(/<\/w:tbl><w:tbl>/gu)).toBeNull();
  });
});

describe('toDocx: recipients and signature', () => {
  const closing = (files: Record<string, string>) => tables(doc(files)).at(-1) ?? '';

  it('sets the recipients beside the signature in a borderless table at the end', () => {
    const xml = closing(sample);
    for (const edge of ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV']) {
      expect(attributes(xml, edge)?.['w:val'], edge).toBe('none');
    }
    expect(/<w:tblBorders>.*?<\/w:tblBorders>/u.exec(xml)?.[0]).not.toContain('single');
    expect(xml).not.toContain('<w:tcBorders>');
    const [[left, right] = []] = tableCells(xml);
    expect(left?.split('\n').filter(Boolean)).toEqual([
      'Nơi nhận:',
      '- Ban Tổ chức Thành ủy;',
      '- Lưu VPĐU.',
    ]);
    expect(right?.split('\n')).toEqual([
      'T/M BAN THƯỜNG VỤ',
      'BÍ THƯ',
      '',
      '',
      '',
      '',
      'Nguyễn Văn Mẫu',
    ]);
    // Nothing but an empty paragraph follows it.
    const after = doc(sample).split('</w:tbl>').at(-1) ?? '';
    expect(textOf(after)).toBe('');
  });

  it('keeps wrapped recipient lines under the text: a hanging indent after the dash', () => {
    const [left] = tableCells(tables(doc(sample)).at(-1) ?? '')[0] ?? [];
    expect(left).toContain('- Lưu VPĐU.');
    const line = paragraphWith(doc(sample), '- Lưu VPĐU.');
    expect(attributes(line, 'w:ind')).toEqual({ 'w:left': '142', 'w:hanging': '142' });
  });

  it('underlines Nơi nhận: (Party style), recipients 12 pt, signature lines bold', () => {
    const xml = closing(sample);
    const title = paragraphWith(xml, 'Nơi nhận:');
    expect(title).toContain('<w:u w:val="single"/>');
    expect(title).not.toMatch(/<w:[bi]\/>/u);
    expect(paragraphWith(xml, '- Lưu VPĐU.')).toContain('<w:sz w:val="24"/>');
    expect(paragraphWith(xml, '- Lưu VPĐU.')).toContain('<w:jc w:val="left"/>');
    for (const line of ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Văn Mẫu']) {
      expect(paragraphWith(xml, line)).toContain('<w:b/>');
      expect(paragraphWith(xml, line)).toContain('<w:jc w:val="center"/>');
    }
  });

  it('takes the look of Nơi nhận:, the position and the signature space as options', async () => {
    const xml = closing(
      await render(model, {
        recipientsTitle: { bold: true, italic: true },
        positionBold: false,
        signatureSpaceLines: 2,
        recipientsFontSize: 13,
      }),
    );
    const title = paragraphWith(xml, 'Nơi nhận:');
    expect(title).toContain('<w:b/>');
    expect(title).toContain('<w:i/>');
    expect(title).toContain('<w:u w:val="single"/>');
    expect(paragraphWith(xml, 'BÍ THƯ')).not.toContain('<w:b/>');
    expect(paragraphWith(xml, '- Lưu VPĐU.')).toContain('<w:sz w:val="26"/>');
    expect(tableCells(xml)[0]?.[1]?.split('\n')).toHaveLength(5);
  });
});

describe('toDocx: determinism and metadata', () => {
  it('gives byte-identical output for the same model', async () => {
    const a = await toDocx(largeModel);
    const b = await toDocx(structuredClone(largeModel));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(a.length).toBeGreaterThan(3000);
  });

  it('takes nothing from the clock or from Math.random (which the docx library may use)', async () => {
    const a = await toDocx(largeModel);
    vi.useFakeTimers({ toFake: ['Date'] });
    const random = vi.spyOn(Math, 'random');
    try {
      vi.setSystemTime(new Date('2031-07-09T13:45:12.345Z'));
      random.mockReturnValue(0.123);
      const b = await toDocx(largeModel);
      vi.setSystemTime(new Date('2040-12-31T23:59:59.999Z'));
      random.mockReturnValue(0.987);
      const c = await toDocx(largeModel);
      expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
      expect(Buffer.from(c).equals(Buffer.from(a))).toBe(true);
    } finally {
      random.mockRestore();
      vi.useRealTimers();
    }
  });

  it('dates the document from its date of issue, not the clock, and names no person', async () => {
    const core = sample['docProps/core.xml'] ?? '';
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-05T00:00:00Z</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-05T00:00:00Z</dcterms:modified>',
    );
    expect(core).toContain('<dc:creator>Đảng ủy phường Mẫu</dc:creator>');
    expect(core).not.toContain('Nguyễn Văn Mẫu');
    const later = await render({ ...model, header: { ...model.header, date: '2026-03-10' } });
    expect(later['docProps/core.xml']).toContain('2026-03-10T00:00:00Z');
    expect(tableCells(tables(doc(later))[0] ?? '')[1]?.[1]).toBe(
      'Hải Phòng, ngày 10 tháng 3 năm 2026',
    );
  });
});

describe('toDocx: errors', () => {
  it('rejects a malformed model and invalid options with InvalidArgumentError', async () => {
    const broken = {
      ...model,
      parts: [
        {
          ...(model.parts[0] as ReportModel['parts'][number]),
          blocks: [{ kind: 'footnote-ref' as const, footnoteId: 'missing' }],
        },
      ],
    };
    await expect(toDocx(broken)).rejects.toThrow(InvalidArgumentError);
    await expect(toDocx(broken)).rejects.toThrow(/unknown footnote missing/u);
    await expect(toDocx(model, { bodyFontSize: 14.3 })).rejects.toThrow(
      /invalid DOCX option bodyFontSize/u,
    );
    await expect(
      toDocx(model, { lineSpacing: { rule: 'exact', points: 2 } }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
  });
});

describe('DocxOptions', () => {
  it('has the defaults of the Party format', () => {
    const defaults = DocxOptions.parse({});
    expect(defaults).toMatchObject({
      font: 'Times New Roman',
      bodyFontSize: 14,
      lineSpacing: { rule: 'exact', points: 18 },
      firstLineIndentMm: 12.7,
      paragraphSpacingAfterPt: 6,
      margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 },
      partyFontSize: 15,
      documentTypeFontSize: 16,
      footnoteFontSize: 12,
      recipientsFontSize: 12,
      recipientsTitle: { underline: true, bold: false, italic: false },
      pageNumberOnFirstPage: false,
      pageNumbers: true,
    });
    expect(DocxOptions.parse({ margins: { leftMm: 35 } }).margins).toEqual({
      topMm: 20,
      bottomMm: 20,
      leftMm: 35,
      rightMm: 15,
    });
  });
});

describe('docxRenderer', () => {
  it('is the docx plugin, rendering the same bytes as toDocx', async () => {
    expect(docxRenderer).toMatchObject({ format: 'docx', extension: 'docx' });
    expect(docxRenderer.mediaType).toBe(DOCX_MEDIA_TYPE);
    expect(DOCX_MEDIA_TYPE).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(selectRenderers([docxRenderer], ['DOCX'])).toEqual([docxRenderer]);
    const bytes = await docxRenderer.render(model);
    expect(Buffer.from(bytes).equals(Buffer.from(await toDocx(model)))).toBe(true);
  });

  it('can be made with options, checked when it is made', async () => {
    const plugin = createDocxRenderer({ bodyFontSize: 15 });
    expect(plugin.format).toBe('docx');
    const files = unzipDocx(await plugin.render(model));
    expect(files['word/styles.xml']).toMatch(/<w:rPrDefault><w:rPr>.*<w:sz w:val="30"\/>/u);
    expect(() => createDocxRenderer({ headerFontSize: 200 })).toThrow(InvalidArgumentError);
  });
});

describe('bodyTexts', () => {
  it('reads the visible body text outside tables, in order, the preamble before part I', () => {
    expect(bodyTexts(doc(sample))).toEqual([
      'BÁO CÁO',
      'tình hình đội ngũ đảng viên',
      'Theo yêu cầu của Ban Tổ chức Thành ủy, Ban Thường vụ báo cáo như sau:',
      'I. TÌNH HÌNH CHUNG',
      '1. Đội ngũ đảng viên',
      'Đến ngày 01/3/2026, Đảng bộ có 03 đảng viên; nữ chiếm 33,3%.',
    ]);
  });
});
