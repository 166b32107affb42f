import { z } from 'zod';
import { ClassificationRules, Ratings } from '../classification/codes';
import type { ExcellentCap } from '../classification/excellentCap';
import { formatCount, formatPercent } from '../common/format';
import type { Dataset } from '../dataset/dataset';
import { defaultRules } from '../rules/defaultRules';
import type { RuleSet } from '../rules/schema';
import type { Stats } from '../stats/computeStats';
import { layOutline } from './_internal/layOutline';
import { annotateFindings } from './annotateFindings';
import {
  fillTemplate,
  type ParsedReportTemplate,
  punctuateRecipients,
  type ReportTemplate,
} from './buildReport';
import { DeclaredFigure } from './checkDeclaredFigures';
import {
  type ClassificationReviewFigures,
  classificationReviewFigures,
  RATING_LEVELS,
  type RatingDistribution,
} from './classificationReviewFigures';
import { missingFigures } from './missingFigures';
import type { OutlineHeading } from './nq21InterimReview';
import { type PreparedReport, wardHeader } from './prepareReport';
import { reportGaps } from './reportGaps';
import {
  type ReportBlock,
  ReportHeader,
  ReportModel,
  type ReportPart,
  ReportSignature,
  type TableBlock,
} from './reportModel';

/**
 * The outline of the annual report on the review and classification of the
 * quality of party organisations and members (đề cương báo cáo kết quả kiểm
 * điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên): the
 * results (organisations, members, the cap on "excellent", the scores, the
 * year before), the cases the automatic rules flag, the assessment, the
 * tasks, and the summary tables as an appendix. The toolkit writes parts I,
 * II and V from the data; the ward writes III and IV (and may add to any).
 *
 * @see QĐ 366-QĐ/TW (30/8/2025); HD 43-HD/BTCTW (31/10/2025)
 * @example
 * CLASSIFICATION_REVIEW_OUTLINE.map((h) => h.key) // ['I', 'I.1', …, 'V']
 */
export const CLASSIFICATION_REVIEW_OUTLINE: readonly OutlineHeading[] = [
  { key: 'I', title: 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG' },
  { key: 'I.1', title: 'Đối với tổ chức đảng' },
  { key: 'I.2', title: 'Đối với đảng viên' },
  { key: 'I.3', title: 'Tỷ lệ hoàn thành xuất sắc nhiệm vụ' },
  { key: 'I.4', title: 'Đối chiếu mức xếp loại với điểm đánh giá' },
  { key: 'I.5', title: 'So sánh với năm trước' },
  { key: 'II', title: 'CÁC TRƯỜNG HỢP CẦN XEM XÉT LẠI' },
  { key: 'III', title: 'ĐÁNH GIÁ CHUNG' },
  { key: 'III.1', title: 'Ưu điểm' },
  { key: 'III.2', title: 'Hạn chế, khuyết điểm và nguyên nhân' },
  { key: 'IV', title: 'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM TỚI' },
  { key: 'V', title: 'PHỤ LỤC: CÁC BIỂU TỔNG HỢP' },
];

/** The outline key of the appendix, and the title its page carries. */
const APPENDIX_KEY = 'V';
const APPENDIX_TITLE = 'PHỤ LỤC: CÁC BIỂU TỔNG HỢP';

const OUTLINE_KEYS = new Set(CLASSIFICATION_REVIEW_OUTLINE.map((heading) => heading.key));

/** The summary line of the classification report of `year`. */
export function classificationReviewSummary(year: number): string {
  return `kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm ${year}`;
}

/**
 * What a ward writes for its classification report (nội dung báo cáo xếp
 * loại chất lượng), in the shape of every outline of `REPORT_OUTLINES`: the
 * header, its own text under the headings of
 * {@link CLASSIFICATION_REVIEW_OUTLINE} (keyed `I`, `I.3`, `III.1`, …),
 * footnotes, recipients, signature and the figures it states.
 *
 * @example
 * ClassificationReviewInput.parse({ header, summary: classificationReviewSummary(2025), text: { 'III.1': '…' }, recipients: ['- Lưu VPĐU.'], signature })
 */
export const ClassificationReviewInput = z.object({
  header: ReportHeader,
  /** The summary line; by default without the year, which the ward should add. */
  summary: z
    .string()
    .min(1)
    .default('kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên'),
  preamble: z.string().default(''),
  text: z
    .record(z.string(), z.string())
    .default({})
    .superRefine((text, ctx) => {
      for (const key of Object.keys(text)) {
        if (!OUTLINE_KEYS.has(key)) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `"${key}" is not a heading of the classification report; the headings are ${[...OUTLINE_KEYS].join(', ')}`,
          });
        }
      }
    }),
  tables: z.boolean().default(true),
  footnotes: z.array(z.object({ id: z.string().min(1), text: z.string() })).default([]),
  recipients: z.array(z.string()).min(1),
  signature: ReportSignature,
  declared: z.array(DeclaredFigure).default([]),
});
/** What a ward writes for its classification report. */
export type ClassificationReviewInput = z.input<typeof ClassificationReviewInput>;

/**
 * Lays a ward's text into the outline of the classification report (mẫu
 * báo cáo xếp loại chất lượng): every heading in order with the ward's
 * text under it. The figures and tables of the year are added by
 * {@link prepareClassificationReport}. Throws a zod error naming a key that
 * is not a heading.
 *
 * @example
 * const template = classificationReview({ header, summary, text: { IV: 'Năm tới …' }, recipients, signature });
 */
export function classificationReview(input: ClassificationReviewInput): ReportTemplate {
  const parsed = ClassificationReviewInput.parse(input);
  return layOutline(CLASSIFICATION_REVIEW_OUTLINE, parsed);
}

const count = (n: number) => formatCount(n);
const levelLabel = (level: (typeof RATING_LEVELS)[number]) => Ratings.labels[level].vi;
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const paragraph = (text: string): ReportBlock => ({
  kind: 'paragraph',
  runs: [{ kind: 'text', text }],
});

const NOUN = { organization: 'tổ chức đảng', member: 'đảng viên' } as const;

/** `- Hoàn thành xuất sắc nhiệm vụ: 5 tổ chức đảng (11,6%);` for each level. */
function levelLines(group: RatingDistribution, noun: string): ReportBlock[] {
  return RATING_LEVELS.map((level, index) =>
    paragraph(
      `- ${levelLabel(level)}: ${count(group.byLevel[level])} ${noun} (${formatPercent(group.shares[level])})${index === RATING_LEVELS.length - 1 ? '.' : ';'}`,
    ),
  );
}

function distributionBlocks(
  group: RatingDistribution,
  subject: keyof typeof NOUN,
  year: number,
  notToBeRated?: number,
): ReportBlock[] {
  const noun = NOUN[subject];
  if (group.rated === 0) {
    return [paragraph(`Năm ${year}, dữ liệu không có ${noun} nào được xếp loại theo bốn mức.`)];
  }
  const blocks = [
    paragraph(
      `Tổng số ${noun} được đánh giá, xếp loại năm ${year}: ${count(group.rated)}; trong đó:`,
    ),
    ...levelLines(group, noun),
  ];
  const apart: string[] = [];
  if (group.unrated > 0) apart.push(`${count(group.unrated)} ${noun} ghi “Không xếp loại”`);
  if (notToBeRated !== undefined && notToBeRated > 0) {
    apart.push(
      `${count(notToBeRated)} đảng viên trong danh sách thuộc diện không đánh giá, xếp loại (miễn sinh hoạt đảng, hoặc vào Đảng chưa đủ 6 tháng tính đến 31/12/${year})`,
    );
  }
  if (apart.length > 0) blocks.push(paragraph(`Ngoài ra: ${apart.join('; ')}.`));
  return blocks;
}

function capSentence(cap: ExcellentCap, subject: keyof typeof NOUN): string {
  const noun = NOUN[subject];
  const base =
    cap.base === 'good' ? 'hoàn thành tốt nhiệm vụ' : 'hoàn thành tốt và xuất sắc nhiệm vụ';
  const head = `- Về ${noun}: ${count(cap.excellent)} ${noun} hoàn thành xuất sắc nhiệm vụ; mức tối đa là ${count(cap.cap)} (${formatPercent(cap.rate * 100)} của ${count(cap.baseCount)} ${noun} ${base})`;
  return cap.exceeds
    ? `${head}: vượt ${count(cap.excess)}, chưa đúng quy định`
    : `${head}: bảo đảm đúng quy định`;
}

function capBlocks(figures: ClassificationReviewFigures): ReportBlock[] {
  const { organization, member } = figures.excellentCap;
  return [
    paragraph(
      `Số được xếp loại hoàn thành xuất sắc nhiệm vụ không vượt quá ${formatPercent(member.rate * 100)} số được xếp loại hoàn thành tốt nhiệm vụ (Điều 11 Quy định số 366-QĐ/TW).`,
    ),
    paragraph(`${capSentence(organization, 'organization')};`),
    paragraph(`${capSentence(member, 'member')}.`),
  ];
}

function scoreBlocks(figures: ClassificationReviewFigures): ReportBlock[] {
  const { organization, member, scoreFindings, year } = figures;
  if (organization.scored + member.scored === 0) {
    return [
      paragraph(
        `Dữ liệu năm ${year} chưa ghi điểm đánh giá theo khung 100 điểm (cột “Điểm” của tệp xếp loại), nên chưa đối chiếu được mức xếp loại với điểm.`,
      ),
    ];
  }
  const blocks = [
    paragraph(
      `Có ${count(organization.scored)} tổ chức đảng và ${count(member.scored)} đảng viên có điểm đánh giá theo khung 100 điểm (hoàn thành xuất sắc nhiệm vụ từ 90 điểm, hoàn thành tốt nhiệm vụ từ 70 đến dưới 90 điểm, hoàn thành nhiệm vụ từ 50 đến dưới 70 điểm).`,
    ),
  ];
  if (scoreFindings.length === 0) {
    blocks.push(paragraph('Không có trường hợp nào được xếp loại cao hơn mức điểm cho phép.'));
    return blocks;
  }
  blocks.push(
    paragraph(
      `Có ${count(scoreFindings.length)} trường hợp được xếp loại cao hơn mức điểm cho phép, cần xem xét lại:`,
    ),
  );
  for (const [index, f] of scoreFindings.entries()) {
    const score = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(f.score);
    blocks.push(
      paragraph(
        `- ${f.subjectType === 'organization' ? 'Tổ chức đảng' : 'Đảng viên'} mã ${f.subject}: ${score} điểm, xếp loại “${lower(Ratings.labels[f.rating].vi)}”, mức cao nhất theo điểm là “${lower(Ratings.labels[f.allowed].vi)}”${index === scoreFindings.length - 1 ? '.' : ';'}`,
      ),
    );
  }
  return blocks;
}

const signed = (n: number) =>
  n > 0 ? `tăng ${count(n)}` : n < 0 ? `giảm ${count(-n)}` : 'không đổi';

function comparisonBlocks(figures: ClassificationReviewFigures): ReportBlock[] {
  const { previous, year } = figures;
  if (!previous) {
    return [
      paragraph(
        `Dữ liệu không có kết quả xếp loại năm ${year - 1} nên chưa so sánh được với năm trước.`,
      ),
    ];
  }
  const line = (subject: keyof typeof NOUN, last: boolean) => {
    const now = figures[subject];
    const then = previous[subject];
    const levels = RATING_LEVELS.map(
      (level) =>
        `${lower(levelLabel(level))} ${count(now.byLevel[level])} (${signed(now.byLevel[level] - then.byLevel[level])})`,
    ).join(', ');
    return paragraph(
      `- ${NOUN[subject].charAt(0).toUpperCase()}${NOUN[subject].slice(1)}: ${levels}${last ? '.' : ';'}`,
    );
  };
  return [
    paragraph(`So với năm ${previous.year}, số được xếp loại ở từng mức như sau:`),
    line('organization', false),
    line('member', true),
  ];
}

function ruleBlocks(figures: ClassificationReviewFigures): ReportBlock[] {
  const total =
    figures.ruleCases.reduce((sum, rule) => sum + rule.count, 0) + figures.scoreFindings.length;
  const blocks = [
    paragraph(
      total === 0
        ? `Đối chiếu kết quả xếp loại năm ${figures.year} với các quy định tự động kiểm tra được từ dữ liệu (Điều 5 và Điều 11 Quy định số 366-QĐ/TW), không có trường hợp nào cần xem xét lại.`
        : `Đối chiếu kết quả xếp loại năm ${figures.year} với các quy định tự động kiểm tra được từ dữ liệu, có ${count(total)} trường hợp cần xem xét lại (ghi theo mã trong dữ liệu):`,
    ),
  ];
  if (total === 0) return blocks;
  const lines = figures.ruleCases.map((rule) => {
    const label = ClassificationRules.labels[rule.code].vi;
    const which =
      rule.count === 0
        ? 'không có'
        : `${count(rule.count)} trường hợp (mã ${rule.subjects.join(', ')})`;
    return `- ${label}: ${which}`;
  });
  const scored = figures.scoreFindings;
  lines.push(
    `- Xếp loại cao hơn mức điểm cho phép: ${scored.length === 0 ? 'không có' : `${count(scored.length)} trường hợp (mã ${scored.map((f) => f.subject).join(', ')})`}`,
  );
  for (const [index, text] of lines.entries()) {
    blocks.push(paragraph(`${text}${index === lines.length - 1 ? '.' : ';'}`));
  }
  return blocks;
}

function distributionTable(
  figures: ClassificationReviewFigures,
  subject: keyof typeof NOUN,
): TableBlock {
  const now = figures[subject];
  const then = figures.previous?.[subject];
  const previousYear = figures.previous?.year ?? figures.year - 1;
  const dash = '–';
  const withShare = (n: number, share: number) => `${count(n)} (${formatPercent(share)})`;
  const change = (a: number, b: number | undefined) =>
    b === undefined ? dash : a - b > 0 ? `+${count(a - b)}` : a - b < 0 ? `−${count(b - a)}` : '0';
  const rows = RATING_LEVELS.map((level) => [
    levelLabel(level),
    then ? withShare(then.byLevel[level], then.shares[level]) : dash,
    withShare(now.byLevel[level], now.shares[level]),
    change(now.byLevel[level], then?.byLevel[level]),
  ]);
  rows.push([
    'Tổng số được xếp loại',
    then ? withShare(then.rated, then.rated === 0 ? 0 : 100) : dash,
    withShare(now.rated, now.rated === 0 ? 0 : 100),
    change(now.rated, then?.rated),
  ]);
  rows.push([
    Ratings.labels.unrated.vi,
    then ? count(then.unrated) : dash,
    count(now.unrated),
    change(now.unrated, then?.unrated),
  ]);
  const title = `Kết quả xếp loại chất lượng ${NOUN[subject]} năm ${figures.year}`;
  const unit = `${NOUN[subject]}, %`;
  if (!then) {
    // No year before in the data: the year's column alone.
    const header = ['Mức xếp loại', `Năm ${figures.year}`];
    return {
      kind: 'table',
      title,
      unit,
      header,
      rows: rows.map((row) => [row[0] ?? '', row[2] ?? '']),
    };
  }
  return {
    kind: 'table',
    title,
    unit,
    header: ['Mức xếp loại', `Năm ${previousYear}`, `Năm ${figures.year}`, 'Tăng, giảm'],
    rows,
  };
}

function capTable(figures: ClassificationReviewFigures): TableBlock {
  const { organization, member } = figures.excellentCap;
  const both = (label: string, cell: (cap: ExcellentCap) => string) => [
    label,
    cell(organization),
    cell(member),
  ];
  return {
    kind: 'table',
    title: `Tỷ lệ hoàn thành xuất sắc nhiệm vụ năm ${figures.year}`,
    unit: 'tổ chức đảng, đảng viên',
    header: ['Chỉ tiêu', 'Tổ chức đảng', 'Đảng viên'],
    rows: [
      both('Hoàn thành tốt nhiệm vụ', (cap) => count(cap.baseCount)),
      both(
        `Tối đa được xếp loại hoàn thành xuất sắc nhiệm vụ (${formatPercent(member.rate * 100)})`,
        (cap) => count(cap.cap),
      ),
      both('Hoàn thành xuất sắc nhiệm vụ', (cap) => count(cap.excellent)),
      both('Vượt mức tối đa', (cap) => count(cap.excess)),
      both('Đánh giá', (cap) => (cap.exceeds ? 'Chưa đúng quy định' : 'Đúng quy định')),
    ],
  };
}

function casesTable(figures: ClassificationReviewFigures): TableBlock {
  return {
    kind: 'table',
    title: `Các trường hợp cần xem xét lại năm ${figures.year}`,
    unit: 'trường hợp',
    header: ['Quy định', 'Số trường hợp'],
    rows: [
      ...figures.ruleCases.map((rule) => [
        ClassificationRules.labels[rule.code].vi,
        count(rule.count),
      ]),
      ['Xếp loại cao hơn mức điểm cho phép', count(figures.scoreFindings.length)],
    ],
  };
}

/**
 * The blocks the toolkit writes from the data under each heading of the
 * classification report (nội dung tự động theo số liệu), keyed as
 * {@link CLASSIFICATION_REVIEW_OUTLINE}: the text of parts I and II, and the
 * summary tables (`Biểu`) in the appendix, part V. Pure; Vietnamese,
 * figures in the vi-VN way (`1.239`, `77,4%`); organisations and members are
 * named by their codes only.
 *
 * @example
 * classificationReviewBlocks(classificationReviewFigures(dataset, 2025))['I.3']
 */
export function classificationReviewBlocks(
  figures: ClassificationReviewFigures,
): Readonly<Record<string, readonly ReportBlock[]>> {
  return {
    'I.1': distributionBlocks(figures.organization, 'organization', figures.year),
    'I.2': distributionBlocks(figures.member, 'member', figures.year, figures.notToBeRated),
    'I.3': capBlocks(figures),
    'I.4': scoreBlocks(figures),
    'I.5': comparisonBlocks(figures),
    II: ruleBlocks(figures),
    V: [
      distributionTable(figures, 'organization'),
      distributionTable(figures, 'member'),
      capTable(figures),
      casesTable(figures),
    ],
  };
}

/**
 * The frame of a classification report when the ward gives no text (khung
 * mặc định): the header from the ward's record (`don-vi`), number `01` and a
 * generic signature, to be changed; the opening names the regulation the
 * review follows.
 */
function defaultFrame(ward: Dataset['ward'], year: number, date: string) {
  const committee = ward.committee ?? ward.name ?? 'Đảng ủy';
  return {
    header: ReportHeader.parse({
      superior: ward.superior ?? 'Đảng bộ cấp trên',
      committee,
      symbol: { number: 1, type: 'BC', issuer: 'ĐU' },
      place: ward.place ?? '…',
      date,
    }),
    documentType: 'BÁO CÁO' as const,
    summary: classificationReviewSummary(year),
    preamble: [
      paragraph(
        `Thực hiện Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị và Hướng dẫn số 43-HD/BTCTW ngày 31/10/2025 của Ban Tổ chức Trung ương về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm, ${committee} báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm ${year} như sau:`,
      ),
    ],
    footnotes: [],
    recipients: punctuateRecipients(['- Đảng ủy cấp trên (để báo cáo)', '- Lưu Văn phòng']),
    signature: ReportSignature.parse({
      authority: 'T/M ĐẢNG ỦY',
      position: 'BÍ THƯ',
      name: '(ký, ghi rõ họ tên)',
    }),
  };
}

/** Options of {@link prepareClassificationReport}. */
export interface ClassificationReportOptions {
  /** The year assessed (năm đánh giá): one the data has ratings for. */
  readonly year: number;
  /** Date of issue (ngày ban hành), ISO `yyyy-mm-dd`; the toolkit has no clock. */
  readonly date: string;
  /**
   * The ward's own text, laid into {@link CLASSIFICATION_REVIEW_OUTLINE}
   * (a narrative with `Mẫu: xep-loai`), with the stats its placeholders are
   * filled from; without it, a default header, opening and signature.
   */
  readonly narrative?: { readonly template: ParsedReportTemplate; readonly stats: Stats };
  /** The rule set (the cap on "excellent"); `defaultRules` by default. */
  readonly rules?: RuleSet;
}

/** A classification report ready to render: the report, and the figures it was written from. */
export interface PreparedClassificationReport extends Omit<PreparedReport, 'stats'> {
  readonly figures: ClassificationReviewFigures;
}

/** Where a block of the filled template stands, as an outline key: `I`, `I.3`. */
function keyedBlocks(model: ReportModel): Map<string, readonly ReportBlock[]> {
  const blocks = new Map<string, readonly ReportBlock[]>();
  for (const part of model.parts) {
    blocks.set(part.numeral, part.blocks);
    for (const section of part.sections) {
      blocks.set(`${part.numeral}.${section.number.slice(0, -1)}`, section.blocks);
    }
  }
  return blocks;
}

const NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/**
 * The annual report on the review and classification of the quality of
 * party organisations and members (báo cáo kết quả kiểm điểm, đánh giá,
 * xếp loại chất lượng tổ chức đảng và đảng viên năm …), pure: the figures
 * of `year` ({@link classificationReviewFigures}) written under the headings
 * of {@link CLASSIFICATION_REVIEW_OUTLINE}, the ward's own text after them
 * when given, the summary tables in the appendix (a page after the
 * signature, `appendices`). A heading with neither is left out, and the
 * parts are numbered as they stand.
 *
 * Throws `YearNotInDataError` (code `year-not-in-data`) for a year the data
 * has no rating for.
 *
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 5.2 and 11; HD 43-HD/BTCTW (31/10/2025)
 * @example
 * const report = prepareClassificationReport(dataset, { year: 2025, date: '2026-01-10' });
 * await docxRenderer.render(report.model);
 */
export function prepareClassificationReport(
  dataset: Dataset,
  options: ClassificationReportOptions,
): PreparedClassificationReport {
  const figures = classificationReviewFigures(dataset, options.year, options.rules ?? defaultRules);
  const generated = classificationReviewBlocks(figures);
  const filled = options.narrative
    ? fillTemplate(options.narrative.template, options.narrative.stats)
    : undefined;
  const frame = filled?.model ?? defaultFrame(dataset.ward, options.year, options.date);
  const own = filled ? keyedBlocks(filled.model) : new Map<string, readonly ReportBlock[]>();
  const blocksOf = (key: string) => [...(generated[key] ?? []), ...(own.get(key) ?? [])];
  const parts: ReportPart[] = [];
  // Part V, the summary tables, is the appendix (phụ lục): a page of its
  // own after the signature, not a numbered part of the report.
  for (const part of CLASSIFICATION_REVIEW_OUTLINE.filter(
    (h) => !h.key.includes('.') && h.key !== APPENDIX_KEY,
  )) {
    const sections = CLASSIFICATION_REVIEW_OUTLINE.filter((h) => h.key.startsWith(`${part.key}.`))
      .map((h) => ({
        number: `${h.key.split('.')[1]}.`,
        title: h.title,
        blocks: blocksOf(h.key),
        subsections: [],
      }))
      .filter((section) => section.blocks.length > 0);
    const blocks = blocksOf(part.key);
    if (blocks.length === 0 && sections.length === 0) continue;
    parts.push({ numeral: NUMERALS[parts.length] ?? 'X', title: part.title, blocks, sections });
  }
  const appendix = blocksOf(APPENDIX_KEY);
  const mismatches = filled?.mismatches ?? [];
  const model = annotateFindings(
    ReportModel.parse({
      ...frame,
      header: wardHeader(frame.header, dataset.ward),
      parts,
      ...(appendix.length > 0 ? { appendices: [{ title: APPENDIX_TITLE, blocks: appendix }] } : {}),
    }),
    mismatches,
  );
  return {
    model,
    errors: filled?.errors ?? [],
    mismatches,
    missing: missingFigures(model),
    gaps: reportGaps(model),
    figures,
  };
}
