/**
 * `@org/party-renderers`: the report renderers that ship with the toolkit,
 * listed once. `party report` and the web adapter both offer exactly these
 * unless a ward adds its own.
 *
 * @packageDocumentation
 */
import type { RendererPlugin } from '@org/party-core';
import { docxRenderer } from '@org/party-docx';
import { htmlRenderer, markdownRenderer } from '@org/party-preview';

/**
 * The renderers a tool offers without plugins (trình kết xuất mặc định), in
 * the order they are listed to users: DOCX (the Party's document format),
 * HTML, then Markdown.
 *
 * @example
 * selectRenderers(DEFAULT_RENDERERS, ['docx', 'html'])
 */
export const DEFAULT_RENDERERS: readonly RendererPlugin[] = Object.freeze([
  docxRenderer,
  htmlRenderer,
  markdownRenderer,
]);

export {
  type BadgeDocumentOptions,
  type BadgeRow,
  badgeListModel,
  badgeListSheet,
  badgeRows,
  DUE_REMINDER_DAYS,
  type DueLang,
  type DueSheet,
  describeDueComputation,
  dueCsv,
  dueIcs,
  dueItemLabel,
  dueKindLabel,
  dueSheet,
  dueSheetRows,
  dueSubjectId,
  formatDmy,
} from './due';
export { docxRenderer, htmlRenderer, markdownRenderer };
