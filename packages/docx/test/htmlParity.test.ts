import type { ReportModel } from '@org/party-core';
import { toHtml } from '@org/party-preview';
import { describe, expect, it } from 'vitest';
import { toDocx } from '../src/index';
import { bodyTexts, paragraphs, tableCells, tables, textOf, unzipDocx } from './docxXml';
import { largeModel } from './largeModel';
import { model } from './sampleModel';

/** HTML text of an element's content: tags dropped, entities decoded, `<br>` as a newline. */
const htmlText = (html: string) =>
  html
    .replace(/<sup>.*?<\/sup>/gu, '')
    .replace(/<br>/gu, '\n')
    .replace(/<[^>]+>/gu, '')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, '&');

/** The visible content of the HTML preview, in the same shape as {@link docxContent}. */
function htmlContent(html: string) {
  const [main = '', notes = ''] = html.split('<section class="footnotes">');
  const bodyOnly = main.replace(/<table[\s\S]*?<\/table>/gu, '');
  const body = [...bodyOnly.matchAll(/<(h[1-4]|p)(?: [^>]*)?>([\s\S]*?)<\/\1>/gu)]
    .map((m) => htmlText(m[2] ?? ''))
    .filter((text) => text !== '');
  const allTables = [...main.matchAll(/<table class="(\w+)">([\s\S]*?)<\/table>/gu)];
  const cellsOf = (tableHtml: string) =>
    [...tableHtml.matchAll(/<tr>([\s\S]*?)<\/tr>/gu)].map((row) =>
      [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/gu)].map((cell) =>
        // Lines of a header or closing cell are divs; of a data cell, the text itself.
        (cell[1] ?? '')
          .replace(/<\/div>|<br>/gu, '\n')
          .split('\n')
          .map(htmlText)
          .filter((line) => line !== '')
          .join('\n'),
      ),
    );
  const byClass = (name: string) =>
    allTables.filter((m) => m[1] === name).map((m) => cellsOf(m[2] ?? ''));
  const footnotes = [...notes.matchAll(/<p id="fn\d+"><a [^>]*>\d+<\/a>\. ([\s\S]*?)<\/p>/gu)].map(
    (m) => htmlText(m[1] ?? ''),
  );
  return {
    body,
    header: byClass('header')[0]?.[0] ?? [],
    data: byClass('data'),
    closing: byClass('closing')[0]?.[0] ?? [],
    footnotes,
  };
}

/** The visible content of the DOCX: body paragraphs, header columns, data tables, closing columns, footnotes. */
function docxContent(files: Record<string, string>) {
  const document = files['word/document.xml'] ?? '';
  const all = tables(document);
  const columns = (xml: string) => {
    const rows = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/gu)].map((row) =>
      [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/gu)].map((cell) => cell[0]),
    );
    return [0, 1].map((column) =>
      rows
        .flatMap((row) => paragraphs(row[column] ?? ''))
        .map(textOf)
        .filter((text) => text !== '')
        .join('\n'),
    );
  };
  const footnotes = [
    ...(files['word/footnotes.xml'] ?? '').matchAll(/<w:footnote w:id="\d+">(.*?)<\/w:footnote>/gu),
  ].map((m) => textOf(m[1] ?? '').trim());
  return {
    body: bodyTexts(document),
    header: columns(all[0] ?? ''),
    data: all.slice(1, -1).map(tableCells),
    closing: columns(all.at(-1) ?? ''),
    footnotes,
  };
}

describe.each([
  ['sample', model],
  ['large', largeModel],
] as [string, ReportModel][])(
  'the DOCX holds the content of the HTML preview (%s model)',
  (_, m) => {
    it('has the same headings and paragraphs, header, tables, closing block and footnotes', async () => {
      const html = htmlContent(toHtml(m));
      const docx = docxContent(unzipDocx(await toDocx(m)));
      expect(docx.body.length).toBeGreaterThan(4);
      expect(docx.body).toEqual(html.body);
      expect(docx.header).toEqual(html.header);
      expect(docx.data).toEqual(html.data);
      expect(docx.closing).toEqual(html.closing);
      // Word numbers footnotes in reading order, the preview in the order of the model.
      expect([...docx.footnotes].sort()).toEqual([...html.footnotes].sort());
      expect(docx.footnotes).toHaveLength(m.footnotes.length);
    });
  },
);
