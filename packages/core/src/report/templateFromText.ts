import type { LocalizedMessage } from '../validation/issue';
import { type ParsedReportTemplate, ReportTemplate } from './buildReport';
import { parseReportMarkdown } from './parseReportMarkdown';

/** A problem of a narrative text: its line (0: the text as a whole), the template entry it concerns, and what is wrong. */
export interface NarrativeTextProblem {
  readonly line: number;
  /** The path of the template entry (`parts.0.title`), empty for a Markdown problem. */
  readonly path: string;
  readonly message: LocalizedMessage;
}

/**
 * A narrative text read as a report template: the template, or why it cannot
 * be one. `reason` says which step failed: the Markdown narrative has
 * problems (`markdown`), the JSON does not parse (`json-syntax`), or the
 * template lacks or mistypes entries (`template`).
 */
export type NarrativeText =
  | { readonly ok: true; readonly template: ParsedReportTemplate }
  | {
      readonly ok: false;
      readonly reason: 'markdown' | 'json-syntax' | 'template';
      readonly problems: readonly NarrativeTextProblem[];
    };

/** The form of a narrative text: Markdown (docs/report.md) or a JSON report template. */
export type NarrativeFormat = 'markdown' | 'json';

function checkTemplate(raw: unknown): NarrativeText {
  const parsed = ReportTemplate.safeParse(raw);
  if (parsed.success) return { ok: true, template: parsed.data };
  return {
    ok: false,
    reason: 'template',
    problems: parsed.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      const text = `${path}: ${issue.message}`;
      return { line: 0, path, message: { vi: text, en: text } };
    }),
  };
}

/**
 * Turns a ward's narrative text (nội dung báo cáo) into a checked report
 * template: the one step from text to template, for files and uploads alike.
 * `format` defaults to JSON when the text starts with `{`, else Markdown. A
 * byte-order mark is dropped. Never throws.
 *
 * @example
 * const narrative = templateFromText(await file.text());
 * if (narrative.ok) prepareReport(dataset, narrative.template, window);
 */
export function templateFromText(text: string, format?: NarrativeFormat): NarrativeText {
  const body = text.replace(/^\uFEFF/u, '');
  const kind = format ?? (body.trimStart().startsWith('{') ? 'json' : 'markdown');
  if (kind === 'json') {
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch {
      const message = { vi: 'Văn bản không phải JSON hợp lệ.', en: 'The text is not valid JSON.' };
      return { ok: false, reason: 'json-syntax', problems: [{ line: 0, path: '', message }] };
    }
    return checkTemplate(raw);
  }
  const parsed = parseReportMarkdown(body);
  if (!parsed.ok || !parsed.data) {
    return {
      ok: false,
      reason: 'markdown',
      problems: parsed.issues.map((issue) => ({
        line: issue.line,
        path: '',
        message: issue.message,
      })),
    };
  }
  return { ok: true, template: parsed.data as ParsedReportTemplate };
}
