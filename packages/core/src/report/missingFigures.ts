import type { ReportModel } from './reportModel';

/**
 * The stats paths of the figures a report prints with the missing-data marker
 * (số liệu còn thiếu), each once, in the order they first stand: the preamble,
 * the parts, then the footnotes.
 *
 * @example
 * missingFigures(report.model) // ['classification.distribution.members.excellent']
 */
export function missingFigures(model: ReportModel): string[] {
  const paths = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value !== null && typeof value === 'object') {
      const run = value as { kind?: unknown; value?: unknown; path?: unknown };
      if (run.kind === 'figure' && run.value === null) paths.add(String(run.path));
      else for (const item of Object.values(value)) visit(item);
    }
  };
  visit([model.preamble, model.parts, model.footnotes]);
  return [...paths];
}
