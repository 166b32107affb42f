import {
  type FigureFinding,
  formatDocumentDate,
  formatDocumentSymbol,
  InvalidArgumentError,
  type ReportBlock,
  ReportModel,
  type ReportRun,
  reportOutline,
  type TableBlock,
  toCalendarDate,
} from '@org/party-core';
import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  HighlightColor,
  type IBorderOptions,
  type ICommentOptions,
  type IParagraphOptions,
  type IRunOptions,
  type IStylesOptions,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlignTable,
  WidthType,
} from 'docx';

import { finishPackage } from './_internal/package';
import { cleanText, halfPoints, mmToTwips, ptToTwips } from './_internal/units';
import { DocxOptions, type DocxOptionsInput } from './options';

/** A4 portrait in twips (210 × 297 mm). */
const PAGE = { width: 11906, height: 16838 } as const;

/** The author of the comments that hold findings on figures. */
export const FINDING_AUTHOR = 'Kiểm tra số liệu';

/** The fixed first line of the right header column. */
const PARTY = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/**
 * Width of `ĐẢNG CỘNG SẢN VIỆT NAM` in Times New Roman Bold, in ems (from
 * the font's advance widths), so that the rule under it is as long as the text.
 */
const PARTY_WIDTH_EM = 13.777;

/** Hanging indent of the recipients, the width of `- ` at 12 pt (2.5 mm). */
const RECIPIENT_HANG = 142;

/** Cell margin of data tables, 1.5 mm. */
const TABLE_CELL_MARGIN = 85;

/** Style ids the document uses besides the library's built-in ones. */
const STYLE = {
  compact: 'PartyCompact',
  tableText: 'PartyTableText',
  footnoteText: 'FootnoteText',
  header: 'Header',
} as const;

/** A single black line: data table edges (1/2 pt) and the short rules (3/4 pt). */
const line = (size: number): IBorderOptions => ({
  style: BorderStyle.SINGLE,
  size,
  space: 0,
  color: '000000',
});
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const tableBorders = (border: IBorderOptions) => ({
  top: border,
  left: border,
  bottom: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
});

/** Single spacing with no space around, for the header, tables and closing block. */
const SINGLE = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

const upper = (text: string) => text.toLocaleUpperCase('vi-VN');

/** Character formatting as this renderer states it: sizes in points. */
interface RunStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
  readonly highlight?: boolean;
}

/** The library's run options for a {@link RunStyle}. */
function runOptions(style: RunStyle): IRunOptions {
  return {
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italics: true } : {}),
    ...(style.size === undefined ? {} : { size: halfPoints(style.size) }),
    // No `w:highlightCs`: the library writes it by default, but it is not in the schema.
    ...(style.highlight ? { highlight: HighlightColor.YELLOW, highlightComplexScript: false } : {}),
    ...(style.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  };
}

/** Runs of some text: a line break (`w:br`) for each newline, `w:tab` for each tab. */
function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  const options = runOptions(style);
  return cleanText(text)
    .split(/\r?\n/u)
    .map((lineText, index) => {
      const children: (string | Tab)[] = [];
      lineText.split('\t').forEach((piece, i) => {
        if (i > 0) children.push(new Tab());
        if (piece !== '') children.push(piece);
      });
      return new TextRun({ ...options, ...(index > 0 ? { break: 1 } : {}), children });
    });
}

/** The model, checked: a malformed one is a programming error. */
function checkedModel(model: ReportModel): ReportModel {
  const parsed = ReportModel.safeParse(model);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'model';
    throw new InvalidArgumentError(`invalid report model at ${where}: ${issue?.message}`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** The options, defaults applied; invalid options are a programming error. */
export function checkedOptions(options: DocxOptionsInput | undefined): DocxOptions {
  const parsed = DocxOptions.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'options';
    throw new InvalidArgumentError(`invalid DOCX option ${where}: ${issue?.message}`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** Builds the body of the document and the footnotes it references, as `docx` objects. */
class BodyWriter {
  readonly children: (Paragraph | Table)[] = [];
  /** Word footnotes by id, 1, 2, … in reading order. */
  readonly notes: Record<string, { children: Paragraph[] }> = {};
  private noteCount = 0;
  /** Tables with a title so far, for their numbers `Biểu 1.`, `Biểu 2.`. */
  private tableCount = 0;
  /** Word comments holding the findings on figures, ids 0, 1, … in reading order. */
  readonly comments: ICommentOptions[] = [];
  private readonly footnoteRuns: Map<string, readonly ReportRun[]>;
  readonly textWidth: number;

  constructor(
    private readonly model: ReportModel,
    private readonly options: DocxOptions,
  ) {
    this.footnoteRuns = new Map(model.footnotes.map((note) => [note.id, note.runs]));
    this.textWidth =
      PAGE.width - mmToTwips(options.margins.leftMm) - mmToTwips(options.margins.rightMm);
  }

  /** The two column widths of a table `width` wide, as for the header and the closing block. */
  private columns(width: number): [number, number] {
    const left = Math.round((width * this.options.headerLeftColumnPercent) / 100);
    return [left, width - left];
  }

  /** A single-spaced, unindented line (header, title block, closing block), centred unless told. */
  private line(text: string, run: RunStyle, props: IParagraphOptions = {}): Paragraph {
    return new Paragraph({
      style: STYLE.compact,
      alignment: AlignmentType.CENTER,
      ...props,
      children: text === '' ? [] : textRuns(text, run),
    });
  }

  /** An empty paragraph drawing a short rule (its bottom border), centred in `width`. */
  private rule(width: number, ruleWidth: number, before: number, after: number): Paragraph {
    const side = Math.max(0, Math.round((width - ruleWidth) / 2));
    return new Paragraph({
      style: STYLE.compact,
      border: { bottom: { ...line(6), space: 1 } },
      spacing: { before, after, line: 40, lineRule: LineRuleType.EXACT },
      indent: { left: side, right: side },
      run: { size: halfPoints(1) },
    });
  }

  private runs(list: readonly ReportRun[], comments = true): ParagraphChild[] {
    const mode = this.options.highlightFigures;
    return list.flatMap((run) => {
      const printed = textRuns(run.text, {
        highlight:
          run.kind === 'figure' && (mode === 'all' || (mode === 'missing' && run.value === null)),
      });
      // A finding marks a figure from the stats, or a number or date of the ward's own text.
      if (run.finding === undefined || !comments) return printed;
      const id = this.comment(run.finding);
      return [
        new CommentRangeStart(id),
        ...printed,
        new CommentRangeEnd(id),
        new TextRun({ children: [new CommentReference(id)] }),
      ];
    });
  }

  /**
   * A Word comment (chú thích kiểm tra) holding a finding: the value the
   * draft states, the value computed from the data and how it is computed.
   * Comments print nowhere and Word removes them with one click
   * (Review › Delete All Comments). Its id.
   */
  private comment(finding: FigureFinding): number {
    const id = this.comments.length;
    const paragraph = (label: string, text: string) =>
      new Paragraph({
        style: STYLE.compact,
        children: [new TextRun({ text: label, bold: true }), ...textRuns(text)],
      });
    this.comments.push({
      id,
      author: FINDING_AUTHOR,
      initials: 'KT',
      date: new Date(`${this.model.header.date}T00:00:00Z`),
      children: [
        paragraph('Dự thảo ghi: ', finding.stated),
        paragraph(
          finding.basis === 'citation' ? 'Danh mục văn bản ghi: ' : 'Số tính từ dữ liệu: ',
          finding.computed,
        ),
        paragraph('Cách tính: ', finding.how),
      ],
    });
    return id;
  }

  /** A borderless table of one or two rows of two cells, for the header and the closing block. */
  private layoutTable(
    rows: readonly (readonly [Paragraph[], Paragraph[]])[],
    widths: [number, number],
    indent = 0,
  ): Table {
    return new Table({
      width: { size: widths[0] + widths[1], type: WidthType.DXA },
      columnWidths: widths,
      indent: { size: indent, type: WidthType.DXA },
      borders: tableBorders(NO_BORDER),
      layout: TableLayoutType.FIXED,
      margins: { top: 0, bottom: 0, left: 0, right: 0, marginUnitType: WidthType.DXA },
      rows: rows.map(
        (cells) =>
          new TableRow({
            cantSplit: true,
            children: cells.map(
              (children, i) =>
                new TableCell({
                  width: { size: widths[i] as number, type: WidthType.DXA },
                  children,
                }),
            ),
          }),
      ),
    });
  }

  /** The two-column header: issuing bodies and number left; party name, rule and date right. */
  header(): void {
    const { header } = this.model;
    const size = this.options.headerFontSize;
    const outdent = mmToTwips(this.options.headerOutdentMm);
    const [left, right] = this.columns(this.textWidth + outdent);
    const partyWidth = Math.round(PARTY_WIDTH_EM * this.options.partyFontSize * 20);
    const date = `${header.place}, ${formatDocumentDate(toCalendarDate(header.date))}`;
    this.children.push(
      this.layoutTable(
        [
          [
            [
              this.line(upper(header.superior), { size }),
              this.line(upper(header.committee), { size, bold: true }),
              this.line('*', { size }),
            ],
            [
              this.line(PARTY, { size: this.options.partyFontSize, bold: true }),
              this.rule(right, partyWidth, 0, 0),
            ],
          ],
          [
            [this.line(formatDocumentSymbol(header.symbol), { size })],
            [this.line(date, { size, italic: true })],
          ],
        ],
        [left, right],
        -outdent,
      ),
    );
  }

  /** `BÁO CÁO`, the summary line and the short rule under it. */
  title(): void {
    this.children.push(
      this.line(
        this.model.documentType,
        { size: this.options.documentTypeFontSize, bold: true },
        { spacing: { before: 360 }, keepNext: true },
      ),
      this.line(
        this.model.summary,
        { size: this.options.summaryFontSize, bold: true },
        { keepNext: true },
      ),
      this.rule(this.textWidth, Math.round(this.textWidth / 4), 100, 240),
    );
  }

  /** The preamble, then the numbered parts, sections and subsections with their blocks. */
  outline(): void {
    const levels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];
    for (const entry of reportOutline(this.model)) {
      if (entry.level > 0) {
        this.children.push(
          new Paragraph({ heading: levels[entry.level - 1], children: textRuns(entry.heading) }),
        );
      }
      this.children.push(...this.blocks(entry.blocks));
    }
  }

  /** A new Word footnote with the text of the model's footnote `id`; its reference run. */
  private footnoteReference(id: string): FootnoteReferenceRun {
    this.noteCount += 1;
    this.notes[String(this.noteCount)] = {
      children: [
        new Paragraph({
          style: STYLE.footnoteText,
          children: [new TextRun(' '), ...this.runs(this.footnoteRuns.get(id) ?? [], false)],
        }),
      ],
    };
    return new FootnoteReferenceRun(this.noteCount);
  }

  /**
   * The blocks under one heading. A footnote reference attaches a real
   * footnote to the end of the paragraph before it; with no paragraph
   * before it (first block, or after a table) it stands in a paragraph of
   * its own, as in the HTML preview.
   */
  private blocks(list: readonly ReportBlock[]): (Paragraph | Table)[] {
    const out: (
      | { kind: 'paragraph'; runs: ParagraphChild[] }
      | { kind: 'table'; table: Table }
      | { kind: 'caption'; paragraph: Paragraph }
    )[] = [];
    for (const block of list) {
      switch (block.kind) {
        case 'paragraph':
          out.push({ kind: 'paragraph', runs: this.runs(block.runs) });
          break;
        case 'footnote-ref': {
          const reference = this.footnoteReference(block.footnoteId);
          const last = out[out.length - 1];
          if (last?.kind === 'paragraph') last.runs.push(reference);
          else out.push({ kind: 'paragraph', runs: [reference] });
          break;
        }
        case 'table':
          out.push(...this.tableCaption(block));
          out.push({ kind: 'table', table: this.dataTable(block) });
          break;
        default: {
          const unreachable: never = block;
          return unreachable;
        }
      }
    }
    // A small empty paragraph after each table: it keeps the table apart from
    // what follows, and two tables in a row would otherwise merge into one.
    return out.flatMap((item) =>
      item.kind === 'table'
        ? [item.table, new Paragraph({ style: STYLE.compact, run: { size: halfPoints(6) } })]
        : item.kind === 'caption'
          ? [item.paragraph]
          : [new Paragraph({ children: item.runs })],
    );
  }

  /**
   * The lines above a table with a title: `Biểu 1. …` bold and centred
   * (tables numbered in reading order), then `Đơn vị tính: …` italic at
   * the right, both kept with the table.
   */
  private tableCaption(block: TableBlock): { kind: 'caption'; paragraph: Paragraph }[] {
    const lines: { kind: 'caption'; paragraph: Paragraph }[] = [];
    const size = this.options.tableFontSize;
    if (block.title !== undefined) {
      this.tableCount += 1;
      lines.push({
        kind: 'caption',
        paragraph: this.line(
          `Biểu ${this.tableCount}. ${block.title}`,
          { bold: true, size },
          { keepNext: true, spacing: { before: 120, after: 0 } },
        ),
      });
    }
    if (block.unit !== undefined) {
      lines.push({
        kind: 'caption',
        paragraph: this.line(
          `Đơn vị tính: ${block.unit}`,
          { italic: true, size },
          { keepNext: true, alignment: AlignmentType.RIGHT, spacing: { after: 40 } },
        ),
      });
    }
    return lines;
  }

  /** A data table: full width, every border, a bold header row repeated on each page. */
  private dataTable(block: TableBlock): Table {
    const widths = columnWidths(block, this.textWidth - 2 * TABLE_CELL_MARGIN);
    const cell = (text: string, index: number, header: boolean) =>
      new TableCell({
        width: { size: widths[index] as number, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        children: [
          new Paragraph({
            style: STYLE.tableText,
            alignment: header
              ? AlignmentType.CENTER
              : isNumeric(text)
                ? AlignmentType.RIGHT
                : AlignmentType.LEFT,
            children: textRuns(text, { bold: header }),
          }),
        ],
      });
    // A group row (Giới tính, Độ tuổi…): its title bold across the whole row.
    const groupRow = (title: string) =>
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
            columnSpan: widths.length,
            verticalAlign: VerticalAlignTable.CENTER,
            children: [
              new Paragraph({
                style: STYLE.tableText,
                keepNext: true,
                children: textRuns(title, { bold: true }),
              }),
            ],
          }),
        ],
      });
    const row = (cells: readonly string[], header: boolean) =>
      !header && isGroupRow(cells)
        ? groupRow(cells[0] ?? '')
        : new TableRow({
            cantSplit: true,
            ...(header ? { tableHeader: true } : {}),
            children: cells.map((text, i) => cell(text, i, header)),
          });
    return new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      alignment: AlignmentType.CENTER,
      indent: { size: 0, type: WidthType.DXA },
      borders: tableBorders(line(4)),
      layout: TableLayoutType.FIXED,
      margins: {
        top: 0,
        bottom: 0,
        left: TABLE_CELL_MARGIN,
        right: TABLE_CELL_MARGIN,
        marginUnitType: WidthType.DXA,
      },
      rows: [row(block.header, true), ...block.rows.map((cells) => row(cells, false))],
    });
  }

  /**
   * The pages after the report (phụ lục), such as the findings slip
   * `PHIẾU ĐỐI CHIẾU SỐ LIỆU`: each starts a new page with its title,
   * centred and bold, then its blocks.
   */
  appendices(): void {
    for (const appendix of this.model.appendices ?? []) {
      this.children.push(
        this.line(
          appendix.title,
          { size: this.options.headingFontSize, bold: true },
          { pageBreakBefore: true, keepNext: true, spacing: { after: 240 } },
        ),
        ...this.blocks(appendix.blocks),
      );
    }
  }

  /** The recipients (left) beside the signature block (right), in a borderless table. */
  closing(): void {
    const { signature } = this.model;
    const size = this.options.headerFontSize;
    const title = this.options.recipientsTitle;
    const space = { spacing: { before: 240 } } as const;
    const recipients = [
      this.line('Nơi nhận:', { size, ...title }, { alignment: AlignmentType.LEFT, ...space }),
      // A hanging indent: a line that wraps goes on under the text, not under the dash.
      ...this.model.recipients.map((text) =>
        this.line(
          text,
          { size: this.options.recipientsFontSize },
          {
            alignment: AlignmentType.LEFT,
            indent: { left: RECIPIENT_HANG, hanging: RECIPIENT_HANG },
          },
        ),
      ),
    ];
    const signer = [
      this.line(signature.authority, { size, bold: true }, space),
      this.line(signature.position, { size, bold: this.options.positionBold }),
      ...Array.from({ length: this.options.signatureSpaceLines }, () =>
        this.line('', {}, { run: { size: halfPoints(size) } }),
      ),
      this.line(signature.name, { size, bold: true }),
    ];
    this.children.push(
      this.layoutTable([[recipients, signer]], this.columns(this.textWidth)),
      // A document cannot end with a table.
      new Paragraph({ style: STYLE.compact, run: { size: halfPoints(1) } }),
    );
  }
}

/** Whether a table cell holds a number, a percentage or a date (right-aligned), negatives (`−1`) too. */
function isNumeric(text: string): boolean {
  return (/\d/u.test(text) || text.trim() === '–') && /^[\d\s.,%+\-−–/()]+$/u.test(text.trim());
}

/** A row with text in its first cell only, in a table of more than one column: a group title. */
function isGroupRow(cells: readonly string[]): boolean {
  return (
    cells.length > 1 && cells[0]?.trim() !== '' && cells.slice(1).every((c) => c.trim() === '')
  );
}

/** Column widths in twips summing to `total`, in proportion to the longest line of each column. */
function columnWidths(block: TableBlock, total: number): number[] {
  const longest = block.header.map((head, i) => {
    const cells = [head, ...block.rows.map((row) => row[i] ?? '')];
    const length = Math.max(...cells.flatMap((cell) => cell.split('\n').map((l) => l.length)));
    return Math.min(Math.max(length, 4), 40);
  });
  const sum = longest.reduce((a, b) => a + b, 0);
  const widths = longest.map((weight) => Math.floor((total * weight) / sum));
  widths[0] = (widths[0] as number) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * The styles: Times New Roman for every script, the body size and
 * Vietnamese in the document defaults, and the justified body paragraph
 * with its first-line indent as the default paragraph (the library has no
 * way to mark a `Normal` style as the default, so the body formatting is
 * the document default and paragraphs of other kinds override it);
 * headings 1–3 for parts, sections and subsections (so Word's navigation
 * pane shows the outline), 4–6 like 3; compact styles for the header, tables and
 * closing block; footnote and page-header styles.
 */
function styles(options: DocxOptions): IStylesOptions {
  const font = cleanText(options.font);
  const indent = mmToTwips(options.firstLineIndentMm);
  const line =
    options.lineSpacing.rule === 'exact'
      ? { line: ptToTwips(options.lineSpacing.points), lineRule: LineRuleType.EXACT }
      : { line: Math.round(options.lineSpacing.value * 240), lineRule: LineRuleType.AUTO };
  const unindented = { spacing: SINGLE, indent: { firstLine: 0 } };
  // The body paragraph. The defaults type of the library leaves out
  // `widowControl`, which its paragraph properties (used for the defaults
  // too) write; typed as paragraph options, it passes through.
  const body: IParagraphOptions = {
    widowControl: true,
    spacing: {
      before: ptToTwips(options.paragraphSpacingBeforePt),
      after: ptToTwips(options.paragraphSpacingAfterPt),
      ...line,
    },
    indent: { firstLine: indent },
    alignment: AlignmentType.BOTH,
  };
  const sub = options.subsectionHeadingStyle;
  const heading = (level: number, bold: boolean, italics: boolean) => ({
    name: `heading ${level + 1}`,
    basedOn: undefined,
    run: {
      ...(bold ? { bold: true } : {}),
      ...(italics ? { italics: true } : {}),
      size: halfPoints(options.headingFontSize),
    },
    paragraph: {
      keepNext: true,
      keepLines: true,
      indent: { firstLine: options.indentHeadings ? indent : 0 },
      outlineLevel: level,
    },
  });
  return {
    default: {
      document: {
        run: {
          font: { ascii: font, hAnsi: font, eastAsia: font, cs: font },
          size: halfPoints(options.bodyFontSize),
          language: { value: 'vi-VN', eastAsia: 'vi-VN', bidirectional: 'ar-SA' },
        },
        paragraph: body,
      },
      heading1: heading(0, true, false),
      heading2: heading(1, true, false),
      heading3: heading(2, sub !== 'italic', sub !== 'bold'),
      // Not used by the renderer; styled like subsections so that a heading
      // added in Word stays black (the library's defaults are blue).
      heading4: heading(3, sub !== 'italic', sub !== 'bold'),
      heading5: heading(4, sub !== 'italic', sub !== 'bold'),
      heading6: heading(5, sub !== 'italic', sub !== 'bold'),
      footnoteText: {
        paragraph: { ...unindented, alignment: AlignmentType.BOTH },
        run: { size: halfPoints(options.footnoteFontSize) },
      },
      footnoteTextChar: { run: { size: halfPoints(options.footnoteFontSize) } },
    },
    paragraphStyles: [
      {
        id: STYLE.compact,
        name: 'Party compact',
        quickFormat: true,
        paragraph: { ...unindented, alignment: AlignmentType.LEFT },
      },
      {
        id: STYLE.tableText,
        name: 'Party table text',
        basedOn: STYLE.compact,
        quickFormat: true,
        paragraph: { spacing: { before: 20, after: 20 } },
        run: { size: halfPoints(options.tableFontSize) },
      },
      {
        id: STYLE.header,
        name: 'header',
        uiPriority: 99,
        unhideWhenUsed: true,
        paragraph: { ...unindented, alignment: AlignmentType.CENTER },
        run: { size: halfPoints(options.pageNumberFontSize) },
      },
    ],
  };
}

/** The section: A4, margins, page-number headers, a different first page. */
function section(writer: BodyWriter, options: DocxOptions) {
  const { margins } = options;
  const distance = mmToTwips(options.headerDistanceMm);
  const firstPageApart = options.pageNumbers && !options.pageNumberOnFirstPage;
  const pageNumber = new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });
  return {
    properties: {
      titlePage: firstPageApart,
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
        margin: {
          top: mmToTwips(margins.topMm),
          right: mmToTwips(margins.rightMm),
          bottom: mmToTwips(margins.bottomMm),
          left: mmToTwips(margins.leftMm),
          header: distance,
          footer: distance,
          gutter: 0,
        },
      },
    },
    headers: options.pageNumbers
      ? {
          default: pageNumber,
          ...(firstPageApart
            ? { first: new Header({ children: [new Paragraph({ style: STYLE.header })] }) }
            : {}),
        }
      : {},
    children: writer.children,
  };
}

/** The report as a `docx` document, before packing. */
export function docxDocument(model: ReportModel, options: DocxOptions): Document {
  return docxParts(model, options).document;
}

/** The report as a `docx` document, and whether it holds comments. */
function docxParts(
  model: ReportModel,
  options: DocxOptions,
): { document: Document; comments: boolean } {
  const checked = checkedModel(model);
  const writer = new BodyWriter(checked, options);
  writer.header();
  writer.title();
  writer.outline();
  writer.closing();
  writer.appendices();
  const creator = cleanText(checked.header.committee);
  const document = new Document({
    title: cleanText(`${checked.documentType} ${checked.summary}`),
    creator,
    lastModifiedBy: creator,
    revision: 1,
    styles: styles(options),
    footnotes: writer.notes,
    comments: { children: writer.comments },
    sections: [section(writer, options)],
  });
  return { document, comments: writer.comments.length > 0 };
}

/**
 * Renders a report model as a Word document (DOCX) in the Party's document
 * format (thể thức văn bản của Đảng): A4 with margins 20/20/30/15 mm,
 * Times New Roman; the two-column header (superior body and issuing
 * committee with `*` and the number `Số 12-BC/ĐU`; `ĐẢNG CỘNG SẢN VIỆT NAM`
 * with a rule and the italic place and date); `BÁO CÁO` and the summary
 * line with a short rule; numbered headings (`I.`, `1.`, `1.1.`) and
 * justified body paragraphs; tables with borders and a bold header row;
 * real Word footnotes; each finding on a figure (a figure the draft states
 * with another value, in its list or in its own words, or the date of a
 * cited document) as a Word comment by `Kiểm tra số liệu` anchored on
 * the figure, which prints nowhere (no comments part when there are none);
 * page numbers centred at the top from page 2; the
 * recipients (nơi nhận) beside the signature block; then each appendix
 * of the model (the findings slip `PHIẾU ĐỐI CHIẾU SỐ LIỆU`) on a page of
 * its own.
 *
 * The document is built with the `docx` library. The output is
 * deterministic: the document dates and the archive timestamps come from
 * the date of issue, never from the clock, so the same model and options
 * always give the same bytes. Footnotes never referenced in the body are
 * not printed (a Word footnote needs an anchor); a footnote referenced
 * twice is printed twice. Throws `InvalidArgumentError` for a malformed
 * model or options.
 *
 * @see HD 36-HD/VPTW (2018); QĐ 399-QĐ/TW (09/01/2026)
 * @example
 * const bytes = await toDocx(model, { lineSpacing: { rule: 'multiple', value: 1.2 } });
 * await writeFile('bao-cao.docx', bytes);
 */
export async function toDocx(model: ReportModel, options?: DocxOptionsInput): Promise<Uint8Array> {
  const checked = checkedOptions(options);
  const { document, comments } = docxParts(model, checked);
  const packed = new Uint8Array(await Packer.toArrayBuffer(document));
  return finishPackage(packed, {
    date: model.header.date,
    mirrorMargins: checked.mirrorMargins,
    comments,
  });
}
