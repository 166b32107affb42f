import { z } from 'zod';
import { InvalidArgumentError } from '../errors';
import type { ReportModel } from './reportModel';

/**
 * What a renderer plugin declares about itself (trình kết xuất báo cáo): the
 * format name users pass (`docx`, `html`, `md`), its media type and the file
 * extension it writes.
 */
export const RendererInfo = z.object({
  /** Format name, lower case: `docx`, `html`, `md`, or a ward's own. */
  format: z.string().regex(/^[a-z][a-z0-9-]*$/u),
  /** Media type of the bytes, e.g. `application/vnd.openxmlformats-officedocument.wordprocessingml.document`. */
  mediaType: z.string().min(3),
  /** File extension without the dot, e.g. `docx`. */
  extension: z.string().regex(/^[a-z0-9]+$/u),
});
/** What a renderer plugin declares about itself. */
export type RendererInfo = z.infer<typeof RendererInfo>;

/**
 * A renderer plugin: its {@link RendererInfo} and a function from the report
 * model to bytes. The function must be pure and deterministic (no clock, no
 * IO, no randomness), so the same model always gives the same file; it may
 * be async because some formats (DOCX) are built by async libraries.
 */
export interface RendererPlugin extends RendererInfo {
  render(model: ReportModel): Uint8Array | Promise<Uint8Array>;
}

/**
 * Declares a renderer plugin. An identity function that exists for type
 * inference and checks the declaration once, so that a ward can add its own
 * format without touching core; the CLI and the web adapter render with
 * whichever plugins they are given.
 *
 * @example
 * export const markdown = definePlugin({
 *   format: 'md',
 *   mediaType: 'text/markdown; charset=utf-8',
 *   extension: 'md',
 *   render: (model) => new TextEncoder().encode(toMarkdown(model)),
 * });
 */
export function definePlugin<const P extends RendererPlugin>(plugin: P): P {
  const checked = RendererInfo.safeParse(plugin);
  if (!checked.success || typeof plugin.render !== 'function') {
    throw new InvalidArgumentError(
      'a renderer plugin needs a lower-case format name, a media type, an extension and a render function',
    );
  }
  return plugin;
}

/**
 * Picks the plugins for the formats a user asked for, in the order asked.
 * Throws {@link InvalidArgumentError} naming an unknown format and the known ones.
 *
 * @example
 * selectRenderers([docx, markdown], ['md']) // [markdown]
 */
export function selectRenderers(
  plugins: readonly RendererPlugin[],
  formats: readonly string[],
): RendererPlugin[] {
  const byFormat = new Map(plugins.map((plugin) => [plugin.format, plugin]));
  return formats.map((format) => {
    const plugin = byFormat.get(format.toLowerCase());
    if (!plugin) {
      const known = [...byFormat.keys()].join(', ') || 'none';
      throw new InvalidArgumentError(`no renderer for format "${format}"; installed: ${known}`);
    }
    return plugin;
  });
}
