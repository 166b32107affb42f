import type { DeclaredFigureMismatch } from './checkDeclaredFigures';
import type { ReportBlock, ReportModel, ReportRun } from './reportModel';

/** `II.2.1.` and `II.2.1` name the same heading. */
const sectionKey = (section: string) => section.trim().replace(/\.+$/u, '');

/** A placeholder as written, without the spaces around its parts. */
const placeholderKey = (placeholder: string) => placeholder.replace(/\s+/gu, '');

/** Each heading of the model by its label (`I`, `II.2`, `II.2.1`), with every block under it. */
function blocksByHeading(model: ReportModel): Map<string, ReportBlock[][]> {
  const headings = new Map<string, ReportBlock[][]>();
  const add = (label: string, blocks: ReportBlock[]) => {
    const key = sectionKey(label);
    headings.set(key, [...(headings.get(key) ?? []), blocks]);
  };
  add('preamble', model.preamble);
  for (const part of model.parts) {
    add(part.numeral, part.blocks);
    for (const section of part.sections) {
      // A finding on a part or a section may stand in any heading under it.
      add(part.numeral, section.blocks);
      add(`${part.numeral}.${section.number}`, section.blocks);
      for (const sub of section.subsections) {
        add(part.numeral, sub.blocks);
        add(`${part.numeral}.${section.number}`, sub.blocks);
        add(`${part.numeral}.${sub.number}`, sub.blocks);
      }
    }
  }
  return headings;
}

/**
 * Puts the declared-figure findings into the report model (ghi kết quả đối
 * chiếu vào báo cáo): each mismatch whose stated value differs from the
 * computed one (`different`, or `unreadable` stated text) marks the first
 * figure of its heading that prints the same placeholder, so that renderers
 * can show the finding beside the figure (a Word comment, an HTML margin
 * note, a Markdown note). A mismatch with no such figure in its heading,
 * and `missing` or `unknown` ones, leave the model as it is; they stay in
 * `mismatches`. The model given is not changed.
 *
 * @example
 * annotateFindings(model, [{ section: 'II.2.1', placeholder: 'movements.net', stated: '+17', computed: '23', reason: 'different', how }])
 * // the figure `{{movements.net}}` of II.2.1 gets finding { stated: '+17', computed: '23', how: how.vi }
 */
export function annotateFindings(
  model: ReportModel,
  mismatches: readonly DeclaredFigureMismatch[],
): ReportModel {
  const marks = new Map<ReportRun, DeclaredFigureMismatch>();
  const headings = blocksByHeading(model);
  for (const mismatch of mismatches) {
    if (mismatch.reason !== 'different' && mismatch.reason !== 'unreadable') continue;
    const wanted = placeholderKey(mismatch.placeholder);
    const scope = headings.get(sectionKey(mismatch.section)) ?? [];
    const run = scope
      .flat()
      .flatMap((block) => (block.kind === 'paragraph' ? block.runs : []))
      .find(
        (candidate) =>
          candidate.kind === 'figure' &&
          !marks.has(candidate) &&
          placeholderKey(candidate.placeholder) === wanted,
      );
    if (run !== undefined) marks.set(run, mismatch);
  }
  if (marks.size === 0) return model;
  const mapBlocks = (blocks: readonly ReportBlock[]): ReportBlock[] =>
    blocks.map((block) =>
      block.kind !== 'paragraph'
        ? block
        : {
            ...block,
            runs: block.runs.map((run) => {
              const mismatch = marks.get(run);
              if (run.kind !== 'figure' || mismatch === undefined) return run;
              return {
                ...run,
                finding: {
                  stated: String(mismatch.stated),
                  computed: mismatch.computed,
                  how: mismatch.how.vi,
                },
              };
            }),
          },
    );
  return {
    ...model,
    preamble: mapBlocks(model.preamble),
    parts: model.parts.map((part) => ({
      ...part,
      blocks: mapBlocks(part.blocks),
      sections: part.sections.map((section) => ({
        ...section,
        blocks: mapBlocks(section.blocks),
        subsections: section.subsections.map((sub) => ({ ...sub, blocks: mapBlocks(sub.blocks) })),
      })),
    })),
  };
}

/**
 * The figures of a model that carry a finding, in reading order (for a
 * list of findings such as the appendix `Phiếu đối chiếu số liệu`).
 *
 * @example
 * reportFindings(model) // [{ section: 'II.2.1', run: { kind: 'figure', text: '23', …, finding } }]
 */
export function reportFindings(
  model: ReportModel,
): { section: string; run: Extract<ReportRun, { kind: 'figure' }> }[] {
  const found: { section: string; run: Extract<ReportRun, { kind: 'figure' }> }[] = [];
  const collect = (section: string, blocks: readonly ReportBlock[]) => {
    for (const block of blocks)
      if (block.kind === 'paragraph')
        for (const run of block.runs)
          if (run.kind === 'figure' && run.finding !== undefined) found.push({ section, run });
  };
  collect('preamble', model.preamble);
  for (const part of model.parts) {
    collect(part.numeral, part.blocks);
    for (const section of part.sections) {
      collect(sectionKey(`${part.numeral}.${section.number}`), section.blocks);
      for (const sub of section.subsections)
        collect(sectionKey(`${part.numeral}.${sub.number}`), sub.blocks);
    }
  }
  return found;
}
