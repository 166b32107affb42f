/**
 * The reports of the web adapter on core's pipeline: the request's narrative
 * read by `templateFromText`, filled by `prepareReport` (or the host's
 * builder completed by `finishReport`), rendered by the format asked.
 *
 * @internal
 * @packageDocumentation
 */
import {
  computeStats,
  type Dataset,
  type FindingsMode,
  finishReport,
  genericNarrative,
  InvalidArgumentError,
  type NarrativeTextProblem,
  narrativeNamesOtherWard,
  type OtherWard,
  type ParsedReportTemplate,
  type PreparedReport,
  prepareClassificationReport,
  prepareReport,
  type RendererPlugin,
  requireCompleteReport,
  type StatsWindow,
  selectRenderers,
  templateFromText,
  withFindings,
} from '@org/party-core';
import { shown } from './download';
import { BadRequestError } from './errors';
import type { ResolvedOptions } from './options';
import type { FindingsResponse } from './schemas';

function templateError(vi: string, en: string) {
  return new BadRequestError({ vi, en }, 'invalid-template');
}

/** The places of the first five problems: template paths, `(gốc)` for the template as a whole. */
const where = (problems: readonly { readonly path: string }[]) =>
  problems
    .slice(0, 5)
    .map((problem) => problem.path || '(gốc)')
    .join(', ');

/** The 400 for a narrative that is not a template, worded by the step that failed. */
function narrativeError(
  reason: 'markdown' | 'json-syntax' | 'template',
  problems: readonly NarrativeTextProblem[],
): BadRequestError {
  switch (reason) {
    case 'markdown': {
      const at = (line: number) => (line > 0 ? `dòng ${line}: ` : '');
      const atEn = (line: number) => (line > 0 ? `line ${line}: ` : '');
      const first = problems.slice(0, 5);
      return templateError(
        `Nội dung báo cáo còn chỗ chưa đúng — ${first.map((p) => `${at(p.line)}${p.message.vi}`).join('; ')}.`,
        `The narrative has problems — ${first.map((p) => `${atEn(p.line)}${p.message.en}`).join('; ')}.`,
      );
    }
    case 'json-syntax':
      return templateError(
        'Mẫu báo cáo không phải JSON hợp lệ. Hãy kiểm tra lại tệp mẫu.',
        'The report template is not valid JSON. Check the template file.',
      );
    case 'template':
      return templateError(
        `Mẫu báo cáo thiếu hoặc sai các mục: ${where(problems)}. Hãy sửa mẫu theo hướng dẫn.`,
        `The report template has missing or wrong entries: ${where(problems)}. Correct the template.`,
      );
  }
}

/**
 * The template of the request's `template` field: the ward's narrative in
 * Markdown (docs/report.md) or a JSON `ReportTemplate`. Leading blank space
 * (a byte-order mark included) is dropped first, as the page has always
 * sent it. Throws the 400 `invalid-template` that says what to fix.
 */
export function uploadedTemplate(text: string): ParsedReportTemplate {
  const narrative = templateFromText(text.trimStart());
  if (!narrative.ok) throw narrativeError(narrative.reason, narrative.problems);
  return narrative.template;
}

/** Whether an error is a schema's refusal (a zod error, from any copy of zod). */
function isSchemaError(error: unknown): error is Error & { issues: { path: PropertyKey[] }[] } {
  return error instanceof Error && 'issues' in error && Array.isArray(error.issues);
}

/** Fills a template; a template that gives no valid document is the request's 400. */
function filled(
  dataset: Dataset,
  template: ParsedReportTemplate,
  window: StatsWindow,
): PreparedReport {
  try {
    return prepareReport(dataset, template, window);
  } catch (cause) {
    if (!isSchemaError(cause)) throw cause;
    const paths = cause.issues.map((issue) => ({ path: issue.path.map(String).join('.') }));
    throw templateError(
      `Mẫu báo cáo không lập được văn bản hợp lệ (${where(paths)}). Hãy sửa mẫu theo hướng dẫn.`,
      `The report template does not give a valid document (${where(paths)}). Correct the template.`,
    );
  }
}

/** A report the toolkit writes from the data alone (`kind=xep-loai&year=2025`). */
export interface ReportKindAsk {
  readonly kind: 'xep-loai';
  readonly year: number;
}

/** A report built for a request, and whether its narrative names another ward than the data's. */
export interface RequestedReport {
  readonly report: Omit<PreparedReport, 'stats'>;
  readonly otherWard: OtherWard | undefined;
}

/**
 * Builds the report of a valid dataset for the window: from core's generic
 * narrative when asked (`narrative=generic`), else the request's template,
 * else the host's `template`, else the host's `report` builder. Throws 400
 * when there is none, or when the template has placeholders that cannot be
 * filled.
 */
export async function buildRequestedReport(
  config: Pick<ResolvedOptions, 'template' | 'report'>,
  dataset: Dataset,
  window: StatsWindow,
  templateText: string | undefined,
  narrative?: 'generic',
  kind?: ReportKindAsk,
): Promise<RequestedReport> {
  if (kind !== undefined) return kindReport(dataset, window, templateText, kind);
  let report: PreparedReport;
  let header: PreparedReport['model']['header'] | undefined;
  const fromTemplate = (template: ParsedReportTemplate) => {
    header = template.header;
    return filled(dataset, template, window);
  };
  if (narrative === 'generic') {
    report = fromTemplate(genericNarrative(dataset.ward, window.asOf));
  } else if (templateText !== undefined) {
    report = fromTemplate(uploadedTemplate(templateText));
  } else if (config.template) {
    report = fromTemplate(config.template);
  } else if (config.report) {
    const stats = computeStats(dataset, window);
    const built = await config.report({ dataset, stats, ...window });
    header = built.model.header;
    report = finishReport(stats, built);
  } else {
    throw new BadRequestError(
      {
        vi: 'Máy chủ chưa có mẫu báo cáo. Hãy chọn tệp nội dung báo cáo (.md) hoặc mẫu báo cáo (.json) rồi thử lại.',
        en: 'The server has no report template. Choose a narrative (.md) or a report template (.json) and try again.',
      },
      'no-report-template',
    );
  }
  if (report.errors.length > 0) {
    const list = report.errors
      .slice(0, 5)
      .map((e) => `{{${e.placeholder}}} (${e.section})`)
      .join(', ');
    throw templateError(
      `Mẫu báo cáo có ${report.errors.length} chỗ điền số liệu không hợp lệ: ${list}. Hãy sửa tên số liệu trong mẫu.`,
      `The report template has ${report.errors.length} placeholder(s) that cannot be filled: ${list}. Correct them.`,
    );
  }
  const otherWard = header && narrativeNamesOtherWard({ header }, dataset.ward);
  return { report, otherWard };
}

/**
 * The classification report of `kind.year` (core's
 * `prepareClassificationReport`), dated `asOf`; an uploaded narrative
 * (`Mẫu: xep-loai`) adds the ward's text, filled with the stats of the
 * window. A year the data lacks is core's `year-not-in-data` (422).
 */
function kindReport(
  dataset: Dataset,
  window: StatsWindow,
  templateText: string | undefined,
  kind: ReportKindAsk,
): RequestedReport {
  const template = templateText === undefined ? undefined : uploadedTemplate(templateText);
  const report = prepareClassificationReport(dataset, {
    year: kind.year,
    date: window.asOf,
    ...(template ? { narrative: { template, stats: computeStats(dataset, window) } } : {}),
  });
  const otherWard = template && narrativeNamesOtherWard(template, dataset.ward);
  return { report, otherWard };
}

/**
 * The renderer of the format asked (any case), with core's `selectRenderers`;
 * an unknown format is the request's 400, listing the server's formats.
 */
export function rendererFor(renderers: readonly RendererPlugin[], format: string): RendererPlugin {
  let renderer: RendererPlugin | undefined;
  try {
    [renderer] = selectRenderers(renderers, [format]);
  } catch (error) {
    if (!(error instanceof InvalidArgumentError)) throw error;
  }
  if (renderer) return renderer;
  const asked = shown(format.toLowerCase());
  const known = renderers.map((r) => r.format).join(', ');
  throw new BadRequestError({
    vi: `Không có định dạng báo cáo “${asked}”. Các định dạng có: ${known}.`,
    en: `No report format “${asked}”. Formats: ${known}.`,
  });
}

/** What a finished report gives the client: its file, and how many stated figures differ. */
export interface RenderedReport {
  readonly bytes: Uint8Array;
  readonly mediaType: string;
  readonly extension: string;
  readonly mismatches: number;
}

/**
 * Renders a built report in the format asked: refused with 422
 * `missing-figures` when a figure it needs is missing, unless a draft.
 * `findings` `appendix` adds the findings slip at the end (`withFindings`).
 */
export async function renderRequestedReport(
  renderers: readonly RendererPlugin[],
  { report }: RequestedReport,
  format: string,
  draft: boolean,
  findings: FindingsMode = 'comments',
): Promise<RenderedReport> {
  const renderer = rendererFor(renderers, format);
  // A figure the data lacks is printed only in a draft.
  requireCompleteReport(report, { draft });
  const bytes = await renderer.render(withFindings(report.model, report.mismatches, findings));
  return {
    bytes,
    mediaType: renderer.mediaType,
    extension: renderer.extension,
    mismatches: report.mismatches.length,
  };
}

/** The answer of `POST /reports/findings` for a built report. */
export function findingsBody({ report, otherWard }: RequestedReport): FindingsResponse {
  return {
    mismatches: [...report.mismatches],
    gaps: report.gaps.map((gap) => ({ ...gap, figures: [...gap.figures] })),
    ...(otherWard ? { otherWard } : {}),
  };
}
