/**
 * `@org/party-docx`: the official report (báo cáo) of a Party committee as
 * a Word document (DOCX) in the Party's document format (thể thức văn bản
 * của Đảng, HD 36-HD/VPTW), from the report model of
 * `@org/party-core/report`, with a renderer plugin for the CLI and the web
 * adapter.
 *
 * @packageDocumentation
 */
export {
  DocxOptions,
  type DocxOptionsInput,
  LineSpacing,
  PageMargins,
  RecipientsTitleStyle,
} from './options';
export { createDocxRenderer, DOCX_MEDIA_TYPE, docxRenderer } from './plugin';
export { toDocx } from './toDocx';
