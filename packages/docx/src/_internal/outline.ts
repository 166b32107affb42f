import type { ReportBlock, ReportModel } from '@org/party-core';

/** One heading of the report body with the blocks under it, in reading order. */
export interface OutlineEntry {
  /** 0 for the preamble (no heading), 1 for a part (`I.`), 2 for a section (`1.`), 3 for a subsection (`1.1.`). */
  readonly level: 0 | 1 | 2 | 3;
  /** The numbered heading as every renderer prints it, e.g. `I. TÌNH HÌNH CHUNG`, `1.1. Biến động`. */
  readonly heading: string;
  readonly blocks: readonly ReportBlock[];
}

/** The preamble, parts, sections and subsections of a report as a flat list (as `@org/party-preview` reads them). */
export function outline(model: ReportModel): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
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
