import { z } from 'zod';
import { type ReportTemplate, ReportTemplate as ReportTemplateSchema } from './buildReport';
import { DeclaredFigure } from './checkDeclaredFigures';
import { ReportHeader, ReportSignature } from './reportModel';
import { StatsTableName } from './statsTables';

/**
 * One heading of a fixed report outline (mục của đề cương báo cáo), with the
 * stats table printed under it by default.
 *
 * @example
 * OutlineHeading.parse({ key: 'II.2.1', title: 'Đội ngũ đảng viên', table: 'members.composition' })
 */
export const OutlineHeading = z.object({
  /** The key of the heading: `I`, `II.1`, `II.1.1`. */
  key: z.string().regex(/^[IVXLC]+(\.\d+){0,2}$/u),
  title: z.string().min(1),
  table: StatsTableName.optional(),
});
/** One heading of a fixed report outline. */
export type OutlineHeading = z.infer<typeof OutlineHeading>;

/**
 * The outline of the interim review of Resolution 21-NQ/TW (đề cương sơ kết
 * Nghị quyết 21-NQ/TW), keyed `I`, `II.1`, `II.1.1`, …: the situation; the
 * results for party organisations, for members, for inspection and
 * supervision and for the Front and mass organisations; the assessment; the
 * tasks and proposals. Headings with a stats table print it by default.
 *
 * @see NQ 21-NQ/TW (16/6/2022) of the 13th Central Committee
 * @example
 * NQ21_INTERIM_REVIEW_OUTLINE.find((h) => h.key === 'II.2.1')?.table // 'members.composition'
 */
export const NQ21_INTERIM_REVIEW_OUTLINE: readonly OutlineHeading[] = [
  { key: 'I', title: 'ĐẶC ĐIỂM TÌNH HÌNH' },
  { key: 'II', title: 'KẾT QUẢ THỰC HIỆN' },
  { key: 'II.1', title: 'Củng cố tổ chức đảng, nâng cao năng lực lãnh đạo và sức chiến đấu' },
  {
    key: 'II.1.1',
    title: 'Kiện toàn các loại hình tổ chức đảng',
    table: 'organizations.structure',
  },
  { key: 'II.1.2', title: 'Chức năng, nhiệm vụ và quan hệ công tác của tổ chức cơ sở đảng' },
  { key: 'II.1.3', title: 'Phương thức lãnh đạo và chất lượng sinh hoạt chi bộ' },
  { key: 'II.1.4', title: 'Bồi dưỡng đội ngũ cấp ủy viên cơ sở', table: 'training' },
  { key: 'II.2', title: 'Nâng cao chất lượng đội ngũ đảng viên' },
  { key: 'II.2.1', title: 'Đội ngũ đảng viên', table: 'members.composition' },
  { key: 'II.2.2', title: 'Giáo dục chính trị, tư tưởng cho đảng viên' },
  {
    key: 'II.2.3',
    title: 'Quản lý đảng viên; sàng lọc đảng viên không đủ tư cách',
    table: 'movements',
  },
  { key: 'II.2.4', title: 'Kết nạp đảng viên' },
  { key: 'II.3', title: 'Kiểm tra, giám sát và kỷ luật đảng', table: 'inspection' },
  {
    key: 'II.4',
    title: 'Vai trò của Mặt trận Tổ quốc và các đoàn thể trong xây dựng Đảng',
  },
  { key: 'III', title: 'ĐÁNH GIÁ CHUNG' },
  { key: 'III.1', title: 'Ưu điểm' },
  { key: 'III.1.1', title: 'Ưu điểm' },
  { key: 'III.1.2', title: 'Nguyên nhân của ưu điểm' },
  { key: 'III.2', title: 'Hạn chế, khó khăn và nguyên nhân' },
  { key: 'III.2.1', title: 'Hạn chế, khó khăn, vướng mắc' },
  { key: 'III.2.2', title: 'Nguyên nhân' },
  { key: 'III.3', title: 'Bài học kinh nghiệm' },
  { key: 'IV', title: 'NHIỆM VỤ, GIẢI PHÁP VÀ ĐỀ XUẤT, KIẾN NGHỊ' },
  { key: 'IV.1', title: 'Nhiệm vụ, giải pháp' },
  { key: 'IV.1.1', title: 'Phương thức lãnh đạo và sinh hoạt chi bộ' },
  { key: 'IV.1.2', title: 'Kết nạp đảng viên' },
  { key: 'IV.1.3', title: 'Quản lý và sàng lọc đảng viên' },
  { key: 'IV.1.4', title: 'Kiểm tra, giám sát' },
  { key: 'IV.1.5', title: 'Vai trò của Mặt trận Tổ quốc và các đoàn thể' },
  { key: 'IV.2', title: 'Đề xuất, kiến nghị' },
];

const OUTLINE_KEYS = new Set(NQ21_INTERIM_REVIEW_OUTLINE.map((heading) => heading.key));

/** The summary line of the interim review: the full title of the resolution. */
export const NQ21_INTERIM_REVIEW_SUMMARY =
  'sơ kết việc thực hiện Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương (khóa XIII) về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới';

/**
 * What a ward writes for its interim review of Resolution 21-NQ/TW (nội dung
 * báo cáo sơ kết Nghị quyết 21-NQ/TW): the header, the opening text, its own
 * text under each heading of {@link NQ21_INTERIM_REVIEW_OUTLINE} (keyed `I`,
 * `II.1.1`, …; headings left out stay empty), footnotes, recipients,
 * signature and the figures the draft states. `tables: false` leaves out the
 * default stats tables.
 *
 * @example
 * Nq21InterimReviewInput.parse({ header, text: { I: 'Phường có {{members.total}} đảng viên.' }, recipients: ['- Lưu VPĐU.'], signature })
 */
export const Nq21InterimReviewInput = z.object({
  header: ReportHeader,
  summary: z.string().min(1).default(NQ21_INTERIM_REVIEW_SUMMARY),
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
            message: `"${key}" is not a heading of the NQ 21 interim review; the headings are ${[...OUTLINE_KEYS].join(', ')}`,
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
/** What a ward writes for its interim review of Resolution 21-NQ/TW. */
export type Nq21InterimReviewInput = z.input<typeof Nq21InterimReviewInput>;

/**
 * Lays a ward's text into the outline of the interim review of Resolution
 * 21-NQ/TW (mẫu báo cáo sơ kết Nghị quyết 21-NQ/TW) and returns a report
 * template for {@link buildReport}: every heading of the outline in order,
 * the ward's text under it, and the default stats table after the text of
 * the headings that have one, unless the text already places a
 * `{{table:…}}` itself. Throws a zod error naming a key that is not a
 * heading.
 *
 * @see NQ 21-NQ/TW (16/6/2022)
 * @example
 * const { model, mismatches } = buildReport(nq21InterimReview(input), stats);
 */
export function nq21InterimReview(input: Nq21InterimReviewInput): ReportTemplate {
  const parsed = Nq21InterimReviewInput.parse(input);
  const textOf = (heading: OutlineHeading): string => {
    const own = parsed.text[heading.key] ?? '';
    if (!parsed.tables || !heading.table || own.includes('{{table:')) return own;
    return own.trim() === ''
      ? `{{table:${heading.table}}}`
      : `${own}\n\n{{table:${heading.table}}}`;
  };
  const children = (prefix: string) =>
    NQ21_INTERIM_REVIEW_OUTLINE.filter(
      (heading) =>
        heading.key.startsWith(`${prefix}.`) &&
        heading.key.split('.').length === prefix.split('.').length + 1,
    );
  const numberOf = (key: string) => `${key.split('.').slice(1).join('.')}.`;
  return ReportTemplateSchema.parse({
    header: parsed.header,
    summary: parsed.summary,
    preamble: parsed.preamble,
    parts: NQ21_INTERIM_REVIEW_OUTLINE.filter((heading) => !heading.key.includes('.')).map(
      (part) => ({
        numeral: part.key,
        title: part.title,
        text: textOf(part),
        sections: children(part.key).map((section) => ({
          number: numberOf(section.key),
          title: section.title,
          text: textOf(section),
          subsections: children(section.key).map((sub) => ({
            number: numberOf(sub.key),
            title: sub.title,
            text: textOf(sub),
          })),
        })),
      }),
    ),
    footnotes: parsed.footnotes,
    recipients: parsed.recipients,
    signature: parsed.signature,
    declared: parsed.declared,
  });
}
