import type { Dataset } from '../dataset/dataset';
import type { Ward } from '../organization/organization';
import { defaultRules } from '../rules/defaultRules';
import type { CitedDocument, RuleSet } from '../rules/schema';
import { computeStats, type Stats, type StatsOptions } from '../stats/computeStats';
import { annotateFindings } from './annotateFindings';
import { type BuiltReport, fillTemplate, type ParsedReportTemplate } from './buildReport';
import { checkNarrativeFigures } from './checkNarrativeFigures';
import { missingFigures } from './missingFigures';
import { type ReportGap, reportGaps } from './reportGaps';
import type { ReportHeader } from './reportModel';

/**
 * Everything one report needs before rendering (một lần lập báo cáo): the
 * stats of the window, the report model, the placeholders that could not be
 * filled, the declared figures that differ from the data, and the stats paths
 * printed with the missing-data marker.
 */
export interface PreparedReport extends BuiltReport {
  readonly stats: Stats;
  /** The stats paths of the figures the data does not give, each once, in the order they stand. */
  readonly missing: readonly string[];
  /** The headings whose text needs figures the data does not give, with their titles and the figures' labels. */
  readonly gaps: readonly ReportGap[];
}

/**
 * The header of a report for the ward the data describes (phần đầu văn bản
 * theo đơn vị): the issuing committee, the superior body and the place come
 * from `don-vi` when it gives them, the narrative's front matter gives the
 * rest. A narrative written for another ward never heads that ward's report.
 *
 * @example
 * wardHeader(header, { committee: 'Đảng ủy phường Ngọc Hải' }).committee // 'Đảng ủy phường Ngọc Hải'
 */
export function wardHeader(header: ReportHeader, ward: Ward): ReportHeader {
  return {
    ...header,
    committee: ward.committee ?? header.committee,
    superior: ward.superior ?? header.superior,
    place: ward.place ?? header.place,
  };
}

/**
 * Completes a built report with what every caller checks next: the header
 * of the data's ward ({@link wardHeader}), the findings on the figures the
 * draft states ({@link annotateFindings}) and on the figures and cited
 * documents of its text ({@link checkNarrativeFigures}, against
 * `documents`, by default those of `defaultRules`), and the missing
 * figures. For hosts that build the model their own way from the stats.
 */
export function finishReport(
  stats: Stats,
  built: BuiltReport,
  documents: readonly CitedDocument[] = defaultRules.documents,
): PreparedReport {
  const annotated = annotateFindings(
    { ...built.model, header: wardHeader(built.model.header, stats.ward) },
    built.mismatches,
  );
  const text = checkNarrativeFigures(annotated, stats, documents);
  const { model } = text;
  const mismatches = [...built.mismatches, ...text.mismatches];
  return {
    stats,
    ...built,
    model,
    mismatches,
    missing: missingFigures(model),
    gaps: reportGaps(model),
  };
}

/**
 * The report pipeline (quy trình lập báo cáo), pure: computes the stats of
 * `dataset` for the window, fills the template with them and checks the
 * figures the draft states, in its list and in its text, and the dates of
 * the documents it cites (against `rules.documents`). The CLI, the web adapter and the sample app read
 * their inputs, call this, and render `model` when `errors` is empty.
 *
 * Throws `InvalidArgumentError` for a window that is not valid (check it
 * first with `checkWindow`); never throws on the ward's text.
 *
 * @example
 * const report = prepareReport(imported.data, narrative.template, { asOf: '2026-03-01', from: '2025-07-01' });
 * if (report.errors.length === 0) await docxRenderer.render(report.model);
 */
export function prepareReport(
  dataset: Dataset,
  template: ParsedReportTemplate,
  window: StatsOptions,
  rules: RuleSet = defaultRules,
): PreparedReport {
  const stats = computeStats(dataset, window, rules);
  return finishReport(stats, fillTemplate(template, stats), rules.documents);
}
