/**
 * `@org/party-preview`: Markdown rendering of report models.
 *
 * @packageDocumentation
 */
export { markdownRenderer, toMarkdown } from './markdown';
