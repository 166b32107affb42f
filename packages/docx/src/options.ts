import { z } from 'zod';

/** A font size in points, in half-point steps as Word stores them. */
const FontSize = z.number().min(6).max(72).multipleOf(0.5);

/** A length in millimetres. */
const Millimetres = (max: number) => z.number().min(0).max(max);

/**
 * Line spacing of body paragraphs (giãn dòng): a multiple of single spacing
 * (`{ rule: 'multiple', value: 1.15 }`) or an exact height in points
 * (`{ rule: 'exact', points: 18 }`).
 *
 * HD 36-HD/VPTW is not quoted on this point: the values in use range from
 * single to 1.5 lines, or exactly 17–19 pt (unsure).
 *
 * @example
 * LineSpacing.parse({ rule: 'exact', points: 18 })
 */
export const LineSpacing = z.discriminatedUnion('rule', [
  z.object({
    rule: z.literal('multiple'),
    /** Multiple of single spacing, from 1 to 3. */
    value: z.number().min(1).max(3),
  }),
  z.object({
    rule: z.literal('exact'),
    /** Exact line height in points, from 8 to 72. */
    points: z.number().min(8).max(72),
  }),
]);
/** Line spacing of body paragraphs. */
export type LineSpacing = z.infer<typeof LineSpacing>;

/**
 * Page margins in millimetres (lề trang). The defaults (top and bottom
 * 20 mm, left 30 mm, right 15 mm) are what the implementations of HD 36 and
 * HD 05 agree on (likely); an older handbook has 25/25/35/15 mm.
 *
 * @example
 * PageMargins.parse({}) // { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 }
 */
export const PageMargins = z.object({
  /** Top margin, default 20 mm. */
  topMm: Millimetres(60).default(20),
  /** Bottom margin, default 20 mm. */
  bottomMm: Millimetres(60).default(20),
  /** Left margin (the binding side), default 30 mm. */
  leftMm: Millimetres(60).default(30),
  /** Right margin, default 15 mm. */
  rightMm: Millimetres(60).default(15),
});
/** Page margins in millimetres. */
export type PageMargins = z.infer<typeof PageMargins>;

/**
 * The look of the `Nơi nhận:` label (nơi nhận). The Party format underlines
 * it (likely), unlike state documents under NĐ 30, which print it bold and
 * italic; set `bold` and `italic` for that look.
 *
 * @example
 * RecipientsTitleStyle.parse({ bold: true, italic: true })
 */
export const RecipientsTitleStyle = z.object({
  /** Underlined, default `true`. */
  underline: z.boolean().default(true),
  /** Bold, default `false`. */
  bold: z.boolean().default(false),
  /** Italic, default `false`. */
  italic: z.boolean().default(false),
});
/** The look of the `Nơi nhận:` label. */
export type RecipientsTitleStyle = z.infer<typeof RecipientsTitleStyle>;

/**
 * The style options of the DOCX renderer (tùy chọn trình bày), with
 * defaults after HD 36-HD/VPTW (2018) and QĐ 399-QĐ/TW (2026). Every choice
 * the sources leave unsure (line spacing, indent, paragraph spacing,
 * signature bolding, recipient size, page-number size) is an option here.
 * Sizes are in points, lengths in millimetres.
 *
 * @see HD 36-HD/VPTW (2018), Phụ lục 3; QĐ 399-QĐ/TW (09/01/2026)
 * @example
 * const options = DocxOptions.parse({ bodyFontSize: 15, lineSpacing: { rule: 'multiple', value: 1.3 } });
 */
export const DocxOptions = z.object({
  /** Font of every run, including East Asian and complex scripts. Default `Times New Roman`. */
  font: z.string().min(1).default('Times New Roman'),
  /** Body text size, 14–15 pt in the format; default 14. */
  bodyFontSize: FontSize.default(14),
  /** Line spacing of body paragraphs; default exactly 18 pt (unsure). */
  lineSpacing: LineSpacing.default({ rule: 'exact', points: 18 }),
  /** First-line indent of body paragraphs, 10–12.7 mm (unsure); default 12.7 mm. */
  firstLineIndentMm: Millimetres(50).default(12.7),
  /** Space before a body paragraph in points; default 0. */
  paragraphSpacingBeforePt: z.number().min(0).max(72).default(0),
  /** Space after a body paragraph in points (unsure); default 6. */
  paragraphSpacingAfterPt: z.number().min(0).max(72).default(6),
  /** Page margins (lề trang). */
  margins: PageMargins.prefault({}),
  /** Mirror the margins on even pages for double-sided printing (unsure); default `false`. */
  mirrorMargins: z.boolean().default(false),
  /** Size of the header lines (superior body, committee, number, date); default 14. */
  headerFontSize: FontSize.default(14),
  /** Size of `ĐẢNG CỘNG SẢN VIỆT NAM`; default 15. */
  partyFontSize: FontSize.default(15),
  /** Share of the text width taken by the left column of the header and of the closing table, in percent; default 50. */
  headerLeftColumnPercent: z.number().min(30).max(70).default(50),
  /**
   * How far the header table reaches into the left margin, in millimetres,
   * so that a long committee name and the date line each fit on one line;
   * default 10 (of the 30 mm margin).
   */
  headerOutdentMm: Millimetres(30).default(10),
  /** Size of the document type `BÁO CÁO`, 15–16 pt in the format; default 16. */
  documentTypeFontSize: FontSize.default(16),
  /** Size of the summary line (trích yếu), 14–15 pt; default 14. */
  summaryFontSize: FontSize.default(14),
  /** Size of part, section and subsection headings; default 14. */
  headingFontSize: FontSize.default(14),
  /** Style of subsection headings (`1.1.`), which the sources do not fix; default bold italic. */
  subsectionHeadingStyle: z.enum(['bold', 'bold-italic', 'italic']).default('bold-italic'),
  /** Give headings the first-line indent of body paragraphs; default `true`. */
  indentHeadings: z.boolean().default(true),
  /** Size of table text; default 13. */
  tableFontSize: FontSize.default(13),
  /** Size of footnote text, 10–12 pt; default 12. */
  footnoteFontSize: FontSize.default(12),
  /** Size of the recipient lines, 12–14 pt (unsure); default 12. `Nơi nhận:` itself uses `headerFontSize`. */
  recipientsFontSize: FontSize.default(12),
  /** Look of the `Nơi nhận:` label; default underlined only. */
  recipientsTitle: RecipientsTitleStyle.prefault({}),
  /** Print the signer's position (`BÍ THƯ`) in bold (unsure); default `true`. */
  positionBold: z.boolean().default(true),
  /** Empty lines left for the signature and the seal; default 4. */
  signatureSpaceLines: z.int().min(0).max(12).default(4),
  /** Print page numbers (centred in the top margin); default `true`. */
  pageNumbers: z.boolean().default(true),
  /** Number the first page too; the format leaves it unnumbered, so default `false`. */
  pageNumberOnFirstPage: z.boolean().default(false),
  /** Size of the page numbers, 13–14 pt; default 14. */
  pageNumberFontSize: FontSize.default(14),
  /** Distance from the top edge of the page to the page number, in millimetres; default 10. */
  headerDistanceMm: Millimetres(50).default(10),
  /**
   * Highlight figures from the stats for proofreading: `none`, only the
   * missing ones (`[[thiếu số liệu: …]]`, the default) or `all`.
   */
  highlightFigures: z.enum(['none', 'missing', 'all']).default('missing'),
});
/** The style options of the DOCX renderer, defaults applied. */
export type DocxOptions = z.infer<typeof DocxOptions>;
/** The style options of the DOCX renderer as callers write them: every field optional. */
export type DocxOptionsInput = z.input<typeof DocxOptions>;
