import { z } from 'zod';

/**
 * Bilingual text of a message (thông báo song ngữ): Vietnamese first, English
 * for the CLI `--lang en`.
 *
 * @example
 * BilingualText.parse({ vi: 'thiếu số liệu', en: 'missing data' })
 */
export const BilingualText = z.object({ vi: z.string(), en: z.string() });
/** Bilingual text of a message. */
export type BilingualText = z.infer<typeof BilingualText>;

/**
 * The number and symbol of a document (số và ký hiệu), printed
 * `Số 12-BC/ĐU`: the number, the abbreviation of the document type (`BC`
 * for báo cáo) and of the issuing body (`ĐU` for đảng ủy). Numbers run from
 * 01 for each document type within one term of the committee; numbers below
 * 10 are printed with a leading zero (see {@link formatDocumentSymbol}).
 *
 * @see HD 36-HD/VPTW (2018); QĐ 399-QĐ/TW (09/01/2026)
 * @example
 * DocumentSymbol.parse({ number: 12, type: 'BC', issuer: 'ĐU' })
 */
export const DocumentSymbol = z.object({
  /** Number within the term and the document type (số). */
  number: z.int().positive(),
  /** Abbreviation of the document type (ký hiệu loại văn bản), e.g. `BC`. */
  type: z.string().min(1),
  /** Abbreviation of the issuing body (ký hiệu cơ quan ban hành), e.g. `ĐU`. */
  issuer: z.string().min(1),
});
/** The number and symbol of a document. */
export type DocumentSymbol = z.infer<typeof DocumentSymbol>;

/**
 * The number and symbol as the header prints them (số, ký hiệu): no colon
 * after `Số`, a hyphen between number and type, numbers below 10 with a
 * leading zero.
 *
 * @see HD 36-HD/VPTW (2018), §II.1.3; QĐ 399-QĐ/TW (09/01/2026)
 * @example
 * formatDocumentSymbol({ number: 12, type: 'BC', issuer: 'ĐU' }) // 'Số 12-BC/ĐU'
 * formatDocumentSymbol({ number: 5, type: 'BC', issuer: 'ĐU' }) // 'Số 05-BC/ĐU'
 */
export function formatDocumentSymbol(symbol: DocumentSymbol): string {
  const number = symbol.number < 10 ? `0${symbol.number}` : String(symbol.number);
  return `Số ${number}-${symbol.type}/${symbol.issuer}`;
}

/**
 * The header of a Party document (thể thức phần đầu văn bản): the superior
 * body (tên cơ quan cấp trên trực tiếp), the issuing committee (tên cơ quan
 * ban hành), the number and symbol (số và ký hiệu), the place and the date
 * (địa danh, ngày tháng năm ban hành). `ĐẢNG CỘNG SẢN VIỆT NAM` is fixed and
 * left to the renderers.
 *
 * @see HD 36-HD/VPTW (2018); QĐ 399-QĐ/TW (09/01/2026)
 * @example
 * ReportHeader.parse({
 *   superior: 'Đảng bộ thành phố Hải Phòng',
 *   committee: 'Đảng ủy phường Dương Kinh',
 *   symbol: { number: 12, type: 'BC', issuer: 'ĐU' },
 *   place: 'Hải Phòng',
 *   date: '2026-02-05',
 * })
 */
export const ReportHeader = z.object({
  /** Directly superior body (cơ quan cấp trên trực tiếp), e.g. `Đảng bộ thành phố Hải Phòng`. */
  superior: z.string().min(1),
  /** Issuing committee (cơ quan ban hành), e.g. `Đảng ủy phường Dương Kinh`. */
  committee: z.string().min(1),
  /** Number and symbol (số và ký hiệu), printed `Số 12-BC/ĐU`. */
  symbol: DocumentSymbol,
  /** Place of issue (địa danh), e.g. `Hải Phòng`. */
  place: z.string().min(1),
  /** Date of issue (ngày ban hành), ISO `yyyy-mm-dd`. */
  date: z.iso.date(),
});
/** The header of a Party document. */
export type ReportHeader = z.infer<typeof ReportHeader>;

/**
 * A finding on a figure (kết quả đối chiếu số liệu): the draft states one
 * value, the data gives another. Renderers show it beside the figure as a
 * note that never prints as part of the report: a Word comment, an HTML
 * margin note, a Markdown note after the paragraph.
 *
 * @example
 * FigureFinding.parse({ stated: '+17', computed: '23', how: 'kết nạp và chuyển đến trừ chuyển đi, …' })
 */
export const FigureFinding = z.object({
  /** The value as the draft states it, e.g. `+17`. */
  stated: z.string(),
  /** The value computed from the data, formatted as reports print it, e.g. `23`. */
  computed: z.string(),
  /** How the computed value is computed, in Vietnamese. */
  how: z.string(),
  /**
   * `citation` when the finding is on the date of a cited document: the
   * other value is the date the registry of documents gives, not a figure
   * of the data.
   */
  basis: z.literal('citation').optional(),
});
/** A finding on a figure. */
export type FigureFinding = z.infer<typeof FigureFinding>;

/**
 * A run of plain text in a paragraph (đoạn văn bản thường). A number or a
 * date the ward wrote itself that the check finds different from the data
 * or from the registry of documents (`checkNarrativeFigures`) is a run of
 * its own with the `finding`, which renderers show as on a figure.
 *
 * @example
 * TextRun.parse({ kind: 'text', text: 'Toàn Đảng bộ có ' })
 */
export const TextRun = z.object({
  kind: z.literal('text'),
  text: z.string(),
  /** The finding when this text states a figure or a date with another value. */
  finding: FigureFinding.optional(),
});
/** A run of plain text. */
export type TextRun = z.infer<typeof TextRun>;

/**
 * A figure taken from the stats (số liệu): the text as printed, the
 * placeholder it came from (with its filter), the stats path and the raw
 * value, so that a figure in a rendered report can be traced back to its
 * computation. `value` is `null` when the stats have no data for the path;
 * the text is then the visible marker `[[thiếu số liệu: path]]`.
 *
 * @see HD 36-HD/VPTW (2018); QĐ 399-QĐ/TW (09/01/2026)
 * @example
 * FigureRun.parse({
 *   kind: 'figure',
 *   text: '1.239',
 *   placeholder: 'members.total',
 *   path: 'members.total',
 *   value: 1239,
 * })
 */
export const FigureRun = z.object({
  kind: z.literal('figure'),
  /** The figure as printed, e.g. `1.239`, `77,4%`, `03`, `16/6/2022`. */
  text: z.string(),
  /** The placeholder as written between the braces, filter included, e.g. `members.total|pad`. */
  placeholder: z.string(),
  /** The stats path, e.g. `members.gender.female.percent`. */
  path: z.string(),
  /** The raw value before formatting; `null` when the data is missing. */
  value: z.union([z.number(), z.string(), z.null()]),
  /** The finding when the draft states this figure with another value (see `annotateFindings`). */
  finding: FigureFinding.optional(),
});
/** A figure taken from the stats. */
export type FigureRun = z.infer<typeof FigureRun>;

/**
 * A run of a paragraph: plain text or a figure.
 *
 * @example
 * ReportRun.parse({ kind: 'text', text: 'đảng viên' })
 */
export const ReportRun = z.discriminatedUnion('kind', [TextRun, FigureRun]);
/** A run of a paragraph. */
export type ReportRun = z.infer<typeof ReportRun>;

/**
 * A paragraph of body text (đoạn văn): a list of runs.
 *
 * @example
 * ParagraphBlock.parse({ kind: 'paragraph', runs: [{ kind: 'text', text: 'Kết quả' }] })
 */
export const ParagraphBlock = z.object({
  kind: z.literal('paragraph'),
  runs: z.array(ReportRun),
});
/** A paragraph of body text. */
export type ParagraphBlock = z.infer<typeof ParagraphBlock>;

/**
 * A table (bảng, biểu): an optional title and unit, one header row and rows
 * of text cells, every row as wide as the header. Renderers number the
 * tables with a title in reading order (`Biểu 1.`, `Biểu 2.`).
 *
 * @example
 * TableBlock.parse({ kind: 'table', header: ['Chỉ tiêu', 'Số lượng'], rows: [['Đảng viên', '1.239']] })
 */
export const TableBlock = z
  .object({
    kind: z.literal('table'),
    /** The title (tên biểu), printed after the table's number: `Biểu 1. Cơ cấu đội ngũ đảng viên`. */
    title: z.string().min(1).optional(),
    /** The unit of its figures (đơn vị tính), printed `Đơn vị tính: đảng viên`. */
    unit: z.string().min(1).optional(),
    header: z.array(z.string()).min(1),
    /**
     * The rows; a row with text in its first cell only is a group row
     * (`Giới tính`, `Độ tuổi`), printed bold across the table.
     */
    rows: z.array(z.array(z.string())),
  })
  .refine((table) => table.rows.every((row) => row.length === table.header.length), {
    message: 'every row has as many cells as the header',
    path: ['rows'],
  });
/** A table. */
export type TableBlock = z.infer<typeof TableBlock>;

/**
 * A reference to a footnote (chú thích) collected in {@link ReportModel}
 * `footnotes`, by id.
 *
 * @example
 * FootnoteRefBlock.parse({ kind: 'footnote-ref', footnoteId: 'fn1' })
 */
export const FootnoteRefBlock = z.object({
  kind: z.literal('footnote-ref'),
  footnoteId: z.string().min(1),
});
/** A reference to a footnote. */
export type FootnoteRefBlock = z.infer<typeof FootnoteRefBlock>;

/**
 * A block of a report: a paragraph, a table or a footnote reference.
 *
 * @example
 * ReportBlock.parse({ kind: 'footnote-ref', footnoteId: 'fn1' })
 */
export const ReportBlock = z.discriminatedUnion('kind', [
  ParagraphBlock,
  TableBlock,
  FootnoteRefBlock,
]);
/** A block of a report. */
export type ReportBlock = z.infer<typeof ReportBlock>;

/**
 * A footnote (chú thích) with its id and its runs, printed at the foot of
 * the page of its first reference.
 *
 * @example
 * ReportFootnote.parse({ id: 'fn1', runs: [{ kind: 'text', text: 'Số liệu đến ngày 1/3/2026.' }] })
 */
export const ReportFootnote = z.object({ id: z.string().min(1), runs: z.array(ReportRun) });
/** A footnote. */
export type ReportFootnote = z.infer<typeof ReportFootnote>;

/**
 * A subsection (mục), numbered `1.1.` under its section.
 *
 * @example
 * ReportSubsection.parse({ number: '1.1.', title: 'Công tác tư tưởng', blocks: [] })
 */
export const ReportSubsection = z.object({
  /** Arabic numbering with a trailing dot, e.g. `1.1.`. */
  number: z.string().regex(/^\d+\.\d+\.$/),
  title: z.string(),
  blocks: z.array(ReportBlock),
});
/** A subsection. */
export type ReportSubsection = z.infer<typeof ReportSubsection>;

/**
 * A section (mục), numbered `1.` under its part, with its blocks and
 * subsections.
 *
 * @example
 * ReportSection.parse({ number: '1.', title: 'Công tác xây dựng Đảng', blocks: [], subsections: [] })
 */
export const ReportSection = z.object({
  /** Arabic numbering with a trailing dot, e.g. `1.`. */
  number: z.string().regex(/^\d+\.$/),
  title: z.string(),
  blocks: z.array(ReportBlock),
  subsections: z.array(ReportSubsection),
});
/** A section. */
export type ReportSection = z.infer<typeof ReportSection>;

/**
 * A part (phần) of a report, numbered with a roman numeral (`I`, `II`, …),
 * with a title, the blocks before its first section and its sections.
 *
 * @see HD 36-HD/VPTW (2018) (labels of parts and sections)
 * @example
 * ReportPart.parse({ numeral: 'I', title: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ', blocks: [], sections: [] })
 */
export const ReportPart = z.object({
  /** Roman numeral, e.g. `I`, `IV`. */
  numeral: z.string().regex(/^[IVXLC]+$/),
  title: z.string().min(1),
  blocks: z.array(ReportBlock),
  sections: z.array(ReportSection),
});
/** A part of a report. */
export type ReportPart = z.infer<typeof ReportPart>;

/**
 * The signature block (thể thức chữ ký): the signing authority (quyền hạn
 * ký), e.g. `T/M BAN THƯỜNG VỤ`; the position (chức vụ) `BÍ THƯ` or `PHÓ BÍ
 * THƯ` (a committee is a collective: a deputy secretary signs `T/M`, never
 * `K/T`); the full name without titles.
 *
 * @see HD 36-HD/VPTW (2018); QĐ 399-QĐ/TW (09/01/2026)
 * @example
 * ReportSignature.parse({ authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Nguyễn Văn An' })
 */
export const ReportSignature = z.object({
  authority: z.enum(['T/M BAN THƯỜNG VỤ', 'T/M ĐẢNG ỦY', 'T/M CHI BỘ']),
  position: z.enum(['BÍ THƯ', 'PHÓ BÍ THƯ']),
  name: z.string().min(1),
});
/** The signature block. */
export type ReportSignature = z.infer<typeof ReportSignature>;

/**
 * A page added after the report (phụ lục, phiếu kèm theo), such as the
 * findings slip `PHIẾU ĐỐI CHIẾU SỐ LIỆU` (see `findingsAppendix`): it
 * starts on a new page, after the signature, with its title and its blocks.
 *
 * @example
 * ReportAppendix.parse({ title: 'PHIẾU ĐỐI CHIẾU SỐ LIỆU', blocks: [] })
 */
export const ReportAppendix = z.object({
  /** Title, printed centred and bold at the top of its page. */
  title: z.string().min(1),
  blocks: z.array(ReportBlock),
});
/** A page added after the report. */
export type ReportAppendix = z.infer<typeof ReportAppendix>;

/**
 * The document model of an official Party report (báo cáo), independent of
 * any output format: the header (phần đầu), the document type `BÁO CÁO`
 * (tên loại văn bản), the summary line (trích yếu), the numbered parts, the
 * footnotes (chú thích) referenced by id, the recipients (nơi nhận; the last
 * line files a copy, `- Lưu VPĐU.`) and the signature. Every footnote
 * reference must name a footnote, and footnote ids are unique.
 *
 * @see HD 36-HD/VPTW (2018); QĐ 399-QĐ/TW (09/01/2026)
 * @example
 * const model = ReportModel.parse({
 *   header, documentType: 'BÁO CÁO', summary: 'tình hình thực hiện nhiệm vụ năm 2026',
 *   parts: [], footnotes: [], recipients: ['- Ban Thường vụ Thành ủy,', '- Lưu VPĐU.'],
 *   signature: { authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Nguyễn Văn An' },
 * });
 */
export const ReportModel = z
  .object({
    header: ReportHeader,
    /**
     * Document type (tên loại văn bản): a report (`BÁO CÁO`) or a list
     * (`DANH SÁCH`, such as the members proposed for the party badge).
     */
    documentType: z.enum(['BÁO CÁO', 'DANH SÁCH']),
    /** Summary line (trích yếu), lowercase, e.g. `tình hình thực hiện nhiệm vụ năm 2026`. */
    summary: z.string().min(1),
    /** Opening paragraphs before part I (phần mở đầu), usually the document the report answers. */
    preamble: z.array(ReportBlock).default([]),
    parts: z.array(ReportPart),
    footnotes: z.array(ReportFootnote),
    /** Recipients (nơi nhận), one line each as printed; the last one files a copy (`- Lưu VPĐU.`). */
    recipients: z
      .array(z.string().regex(/^- /))
      .min(1)
      .refine((lines) => lines.at(-1)?.startsWith('- Lưu ') === true, {
        message: 'the last recipient files a copy ("- Lưu VPĐU.")',
      }),
    signature: ReportSignature,
    /** Pages after the report, each from a new page (phụ lục); none by default. */
    appendices: z.array(ReportAppendix).optional(),
  })
  .superRefine((model, ctx) => {
    const ids = new Set<string>();
    for (const [index, footnote] of model.footnotes.entries()) {
      if (ids.has(footnote.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate footnote id ${footnote.id}`,
          path: ['footnotes', index, 'id'],
        });
      }
      ids.add(footnote.id);
    }
    for (const id of footnoteReferences(model.parts, model.preamble)) {
      if (!ids.has(id)) {
        ctx.addIssue({ code: 'custom', message: `unknown footnote ${id}`, path: ['parts'] });
      }
    }
  });
/** The document model of an official Party report. */
export type ReportModel = z.infer<typeof ReportModel>;

function footnoteReferences(
  parts: readonly ReportPart[],
  preamble: readonly ReportBlock[],
): string[] {
  const ids: string[] = [];
  const collect = (blocks: readonly ReportBlock[]) => {
    for (const block of blocks) if (block.kind === 'footnote-ref') ids.push(block.footnoteId);
  };
  collect(preamble);
  for (const part of parts) {
    collect(part.blocks);
    for (const section of part.sections) {
      collect(section.blocks);
      for (const subsection of section.subsections) collect(subsection.blocks);
    }
  }
  return ids;
}
