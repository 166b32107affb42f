import { strFromU8, unzipSync } from 'fflate';

/** The parts of a DOCX package as text, by path. */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

/** Decodes the entities the renderer (the docx library) writes. */
export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&');
}

/** The visible text of some WordprocessingML: `w:t` contents, `w:br` as a newline, `w:tab` as a tab. */
export function textOf(xml: string): string {
  const out: string[] = [];
  for (const match of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/gu)) {
    if (match[0] === '<w:br/>') out.push('\n');
    else if (match[0] === '<w:tab/>') out.push('\t');
    else out.push(decodeXml(match[1] ?? ''));
  }
  return out.join('');
}

/** Every `<w:p>…</w:p>` element, in order (paragraphs do not nest). */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p\/>/gu)].map((m) => m[0]);
}

/** Every table element (`<w:tbl>…</w:tbl>`), in order; the renderer never nests tables. */
export function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gu)].map((m) => m[0]);
}

/** The rows of a table, each as the visible text of its cells. */
export function tableCells(tbl: string): string[][] {
  return [...tbl.matchAll(/<w:tr>.*?<\/w:tr>/gu)].map((row) =>
    [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/gu)].map((cell) =>
      paragraphs(cell[0]).map(textOf).join('\n'),
    ),
  );
}

/** The body of `word/document.xml` without its tables. */
export function withoutTables(xml: string): string {
  return xml.replace(/<w:tbl>.*?<\/w:tbl>/gu, '');
}

/** The text of the body paragraphs outside tables, empty ones left out. */
export function bodyTexts(documentXml: string): string[] {
  return paragraphs(withoutTables(documentXml))
    .map(textOf)
    .filter((text) => text !== '');
}

/** The attributes of the first element named `tag` (e.g. `w:pgSz`), or `undefined`. */
export function attributes(xml: string, tag: string): Record<string, string> | undefined {
  const match = new RegExp(`<${tag}((?: [^>]*)?)/?>`, 'u').exec(xml);
  if (!match) return undefined;
  return Object.fromEntries(
    [...(match[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/gu)].map((m) => [m[1], m[2]]),
  );
}

/**
 * Checks that some XML is well formed as far as this renderer can break it:
 * one root, every tag closed in order, no raw `&` or `<` in text. Returns
 * the problems found (empty when fine).
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/u, '');
  const stack: string[] = [];
  let roots = 0;
  for (const token of body.matchAll(/<[^>]*>|[^<]+/gu)) {
    const text = token[0];
    if (!text.startsWith('<')) {
      if (/&(?!(amp|lt|gt|quot|apos);)/u.test(text)) problems.push(`raw & in ${text}`);
      continue;
    }
    const tag = /^<(\/?)([\w:]+)/u.exec(text);
    if (!tag) {
      problems.push(`bad tag ${text}`);
      continue;
    }
    const [, closing, name] = tag as unknown as [string, string, string];
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}>`);
    } else if (!text.endsWith('/>')) {
      if (stack.length === 0) roots += 1;
      stack.push(name);
    } else if (stack.length === 0) {
      roots += 1;
    }
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** Child element names of every `<tag>…</tag>` (direct children only, by a depth count). */
export function childOrders(xml: string, tag: string): string[][] {
  const orders: string[][] = [];
  for (const match of xml.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, 'gu'))) {
    const names: string[] = [];
    let depth = 0;
    for (const t of (match[1] ?? '').matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/gu)) {
      const [, closing, name, selfClosing] = t as unknown as [string, string, string, string];
      if (closing) depth -= 1;
      else {
        if (depth === 0) names.push(name);
        if (!selfClosing) depth += 1;
      }
    }
    orders.push(names);
  }
  return orders;
}
