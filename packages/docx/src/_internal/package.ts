import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate';

/** What the post-processing needs to know about the document. */
export interface PackageFixes {
  /** The date of issue (`YYYY-MM-DD`): the document dates and the archive timestamps. */
  readonly date: string;
  /** Mirror the margins on even pages (`w:mirrorMargins` in the settings). */
  readonly mirrorMargins: boolean;
  /** Whether the document holds comments; without any, the comments part is left out. */
  readonly comments?: boolean;
}

/** The relationship and the content type of the comments part, as the library writes them. */
const COMMENTS_REL =
  /<Relationship Id="[^"]+" Type="[^"]+\/relationships\/comments" Target="comments\.xml"\/>/u;
const COMMENTS_TYPE =
  /<Override ContentType="[^"]+\.comments\+xml" PartName="\/word\/comments\.xml"\/>/u;

/** Parts that open a package, in this order; the rest follow by path. */
const FIRST = ['[Content_Types].xml', '_rels/.rels'];

/** `xs:dateTime` in `dcterms:created` / `dcterms:modified`. */
const CORE_DATE = /(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:\2>)/gu;

/**
 * The `footnoteRef` run the `docx` library puts into every footnote,
 * separators included. In the separator and continuation separator it
 * makes Word report unreadable content and repair the file, so it is
 * taken out of those two (it belongs in real notes only).
 */
const SEPARATOR_REF =
  /(<w:footnote w:type="(?:separator|continuationSeparator)" w:id="-?\d+"><w:p>(?:<w:pPr>.*?<\/w:pPr>)?)<w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteRef\/><\/w:r>/gu;

/** Applies `patch` to the text of one part, which must exist and change. */
function patchPart(
  files: Record<string, Uint8Array>,
  path: string,
  patch: (xml: string) => string,
): void {
  const data = files[path];
  if (!data) throw new Error(`DOCX part ${path} is missing`);
  const before = strFromU8(data);
  const after = patch(before);
  if (after === before) throw new Error(`DOCX part ${path} did not take its patch`);
  files[path] = strToU8(after);
}

/**
 * Makes the archive the `docx` library wrote deterministic and fixes what
 * its API cannot say. The library stamps `docProps/core.xml` and every
 * archive entry with the clock; here the document dates become the date of
 * issue at 00:00:00Z and the archive is written anew by fflate with that
 * date as the timestamp of every entry, entries in a fixed order, no
 * folder entries. Four patches of the generated XML, each checked to take
 * effect so that a change in the library shows at once:
 *
 * 1. `docProps/core.xml`: `dcterms:created` and `dcterms:modified` (the
 *    library takes them from the clock and has no option for them).
 * 2. `word/footnotes.xml`: no `footnoteRef` run in the two separator
 *    footnotes (see {@link SEPARATOR_REF}).
 * 3. `word/settings.xml`: `<w:mirrorMargins/>` when asked for; the library
 *    has no setting for it. It goes after `w:displayBackgroundShape`, the
 *    first element the library writes, as the schema orders them.
 * 4. Without comments, no `word/comments.xml` (and its relationships and
 *    content type), which the library writes even when empty.
 */
export function finishPackage(zip: Uint8Array, fixes: PackageFixes): Uint8Array {
  const files = unzipSync(zip);
  const stamp = `${fixes.date}T00:00:00Z`;
  patchPart(files, 'docProps/core.xml', (xml) => xml.replace(CORE_DATE, `$1${stamp}$3`));
  if (files['word/footnotes.xml']) {
    patchPart(files, 'word/footnotes.xml', (xml) => xml.replace(SEPARATOR_REF, '$1'));
  }
  if (fixes.comments !== true) {
    // The library always writes a comments part; a report without findings has none.
    patchPart(files, 'word/_rels/document.xml.rels', (xml) => xml.replace(COMMENTS_REL, ''));
    patchPart(files, '[Content_Types].xml', (xml) => xml.replace(COMMENTS_TYPE, ''));
    delete files['word/comments.xml'];
    delete files['word/_rels/comments.xml.rels'];
  }
  if (fixes.mirrorMargins) {
    patchPart(files, 'word/settings.xml', (xml) =>
      xml.replace('<w:displayBackgroundShape/>', '<w:displayBackgroundShape/><w:mirrorMargins/>'),
    );
  }
  // Local midnight of the date of issue: ZIP stores local date and time
  // fields, which fflate reads with the local getters, so every time zone
  // writes the same bytes.
  const [year, month, day] = fixes.date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day);
  const paths = Object.keys(files)
    .filter((path) => !path.endsWith('/') && !FIRST.includes(path))
    .sort();
  const entries: Zippable = {};
  for (const path of [...FIRST, ...paths]) {
    const data = files[path];
    if (data) entries[path] = [data, { mtime, level: 6 }];
  }
  return zipSync(entries);
}
