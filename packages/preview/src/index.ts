/**
 * `@org/party-preview`: Markdown and self-contained HTML rendering of report
 * models, as renderer plugins.
 *
 * @packageDocumentation
 */
export { htmlRenderer, toHtml } from './html';
export { markdownRenderer, toMarkdown } from './markdown';
