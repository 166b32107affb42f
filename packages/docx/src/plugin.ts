import { definePlugin, type ReportModel } from '@org/party-core';
import type { DocxOptionsInput } from './options';
import { checkedOptions, toDocx } from './toDocx';

/** Media type of a Word document (DOCX). */
export const DOCX_MEDIA_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * A DOCX renderer plugin (trình kết xuất DOCX) with the given style
 * options; the options are checked at once, so a mistake shows when the
 * plugin is created rather than at the first report. Throws
 * `InvalidArgumentError` for invalid options.
 *
 * @example
 * const docx = createDocxRenderer({ bodyFontSize: 15, pageNumberOnFirstPage: true });
 * const bytes = await docx.render(model);
 */
export function createDocxRenderer(options: DocxOptionsInput = {}) {
  const checked = checkedOptions(options);
  return definePlugin({
    format: 'docx',
    mediaType: DOCX_MEDIA_TYPE,
    extension: 'docx',
    render: (model: ReportModel) => toDocx(model, checked),
  });
}

/**
 * The DOCX renderer plugin (`docx`) with the default style options of the
 * Party's document format.
 *
 * @example
 * const [plugin] = selectRenderers([docxRenderer, markdownRenderer], ['docx']);
 */
export const docxRenderer = definePlugin({
  format: 'docx',
  mediaType: DOCX_MEDIA_TYPE,
  extension: 'docx',
  render: (model: ReportModel) => toDocx(model),
});
