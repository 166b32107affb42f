import { z } from 'zod';
import { ReportBlock, type ReportModel } from './reportModel';

/**
 * One heading of a report's body with the blocks under it (một mục của
 * báo cáo), in reading order: level 0 is the opening (no heading), 1 a part
 * (`I.`), 2 a section (`1.`), 3 a subsection (`1.1.`); the heading is printed
 * as every renderer prints it, e.g. `I. TÌNH HÌNH CHUNG`, `1.1. Biến động`.
 *
 * @example
 * ReportOutlineEntry.parse({ level: 1, heading: 'I. TÌNH HÌNH CHUNG', blocks: [] })
 */
export const ReportOutlineEntry = z.object({
  level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  heading: z.string(),
  blocks: z.array(ReportBlock),
});
/** One heading of a report's body with the blocks under it. */
export type ReportOutlineEntry = z.infer<typeof ReportOutlineEntry>;

/**
 * The opening, parts, sections and subsections of a report as one flat list
 * (dàn ý báo cáo), so that every renderer walks the body the same way and
 * prints the same headings.
 *
 * @example
 * for (const entry of reportOutline(model)) print(entry.level, entry.heading, entry.blocks);
 */
export function reportOutline(model: ReportModel): ReportOutlineEntry[] {
  const entries: ReportOutlineEntry[] = [];
  if (model.preamble.length > 0) entries.push({ level: 0, heading: '', blocks: model.preamble });
  for (const part of model.parts) {
    entries.push({ level: 1, heading: `${part.numeral}. ${part.title}`, blocks: part.blocks });
    for (const section of part.sections) {
      entries.push({
        level: 2,
        heading: `${section.number} ${section.title}`,
        blocks: section.blocks,
      });
      for (const sub of section.subsections) {
        entries.push({ level: 3, heading: `${sub.number} ${sub.title}`, blocks: sub.blocks });
      }
    }
  }
  return entries;
}
