import type { CitedDocument } from '../rules/schema';
import type { Stats } from '../stats/computeStats';
import {
  editParagraphs,
  isPlainText,
  joinRuns,
  type MarkedSpan,
  markSpans,
} from './_internal/paragraphSpans';
import { checkDeclaredFigures, type DeclaredFigureMismatch } from './checkDeclaredFigures';
import { compareCitation, findCitations } from './citations';
import type { FigureFinding, ReportModel } from './reportModel';
import { findTextFigures } from './textFigures';

/** What {@link checkNarrativeFigures} gives: the model with the findings marked, and the findings. */
export interface NarrativeCheck {
  readonly model: ReportModel;
  /** The findings, in reading order, with `kind` `text` or `citation`. */
  readonly mismatches: readonly DeclaredFigureMismatch[];
}

/**
 * Checks what the ward wrote in its own words (đối chiếu số liệu và văn bản
 * trong lời văn), beyond the figures it declares:
 *
 * - a figure written as plain text in a phrase of
 *   {@link TEXT_FIGURE_PATTERNS} (`tăng thực 17 đồng chí`, `nữ 40,5%`) is
 *   compared with the stats path the phrase names, as
 *   {@link checkDeclaredFigures} compares; a number the table does not
 *   read, or one the data does not give, is no finding;
 * - a document cited with its number and date (`Chỉ thị số 50-CT/TW ngày
 *   20/12/2023`) is compared with `documents`, the rules' registry
 *   ({@link compareCitation}); a document the registry does not know is no
 *   finding.
 *
 * Each finding becomes a text run of its own carrying `finding`, on the
 * number or the date, so that renderers show it as on a figure; figures
 * taken from the stats are not read again. The model given is not changed.
 *
 * @example
 * const { model, mismatches } = checkNarrativeFigures(built.model, stats, defaultRules.documents);
 * // mismatches: [{ section: 'II.1.3', placeholder: '50-CT/TW', stated: '20/12/2023', computed: '23/7/2025', kind: 'citation', … }]
 */
export function checkNarrativeFigures(
  model: ReportModel,
  stats: Stats,
  documents: readonly CitedDocument[],
): NarrativeCheck {
  const mismatches: DeclaredFigureMismatch[] = [];
  const checked = editParagraphs(model, (section, runs) => {
    const joined = joinRuns(runs);
    const spans: (MarkedSpan & { mismatch: DeclaredFigureMismatch })[] = [];
    for (const figure of findTextFigures(joined.text)) {
      if (!isPlainText(runs, joined, figure.start, figure.end)) continue;
      const [found] = checkDeclaredFigures(
        [{ section, placeholder: figure.path, stated: figure.stated }],
        stats,
      );
      if (found === undefined || found.reason !== 'different') continue;
      const mismatch = { ...found, kind: 'text' as const, context: figure.context };
      spans.push({ ...figure, finding: finding(mismatch), mismatch });
    }
    for (const citation of findCitations(joined.text)) {
      if (!isPlainText(runs, joined, citation.start, citation.end)) continue;
      const found = compareCitation(citation, documents);
      if (found === undefined) continue;
      const mismatch: DeclaredFigureMismatch = {
        section,
        placeholder: citation.symbol,
        stated: citation.stated,
        computed: found.computed,
        reason: 'different',
        how: found.how,
        kind: 'citation',
        context: citation.context,
      };
      spans.push({ ...citation, finding: finding(mismatch), mismatch });
    }
    if (spans.length === 0) return runs;
    spans.sort((a, b) => a.start - b.start);
    mismatches.push(...spans.map((span) => span.mismatch));
    return markSpans(runs, spans);
  });
  return { model: checked, mismatches };
}

function finding(mismatch: DeclaredFigureMismatch): FigureFinding {
  return {
    stated: String(mismatch.stated),
    computed: mismatch.computed,
    how: mismatch.how.vi,
    ...(mismatch.kind === 'citation' ? { basis: 'citation' as const } : {}),
  };
}
