import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type BuiltReport,
  definePlugin,
  InvalidArgumentError,
  type RendererPlugin,
  type ReportTemplate,
} from '@org/party-core';
import { readReportNarrative } from '@org/party-import';
import type { Lang } from '../i18n';

/** A problem in the narrative, located in its file and line, in the CLI's language. */
export interface NarrativeProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** The narrative read from a file or folder: the template, or the problems that stop the report. */
export type LoadedNarrative =
  | { readonly ok: true; readonly template: ReportTemplate }
  | { readonly ok: false; readonly problems: readonly NarrativeProblem[] };

const vi = (lang: Lang, viText: string, enText: string) => (lang === 'vi' ? viText : enText);

/**
 * Reads the ward's narrative (`readReportNarrative` of the import package:
 * a Markdown file, a folder of them, or a JSON template), with its problems
 * in the CLI's language.
 */
export async function loadNarrative(
  path: string,
  cwd: string,
  lang: Lang,
): Promise<LoadedNarrative> {
  const narrative = await readReportNarrative(path, { cwd });
  if (narrative.ok) return narrative;
  return {
    ok: false,
    problems: narrative.problems.map((problem) => ({ ...problem, message: problem.message[lang] })),
  };
}

/**
 * Loads a ward's own renderer plugin: a module path (`./my-format.js`) or a
 * package name whose default export, or any named export, is a renderer.
 */
export async function loadRendererModule(
  spec: string,
  cwd: string,
  lang: Lang,
): Promise<RendererPlugin[]> {
  const url =
    spec.startsWith('.') || spec.startsWith('/') || /^[A-Za-z]:[\\/]/u.test(spec)
      ? pathToFileURL(resolve(cwd, spec)).href
      : spec;
  let module: Record<string, unknown>;
  try {
    module = (await import(url)) as Record<string, unknown>;
  } catch {
    throw new InvalidArgumentError(
      vi(lang, `Không nạp được phần mở rộng “${spec}”.`, `Cannot load the plugin “${spec}”.`),
    );
  }
  const plugins = Object.values(module).filter(
    (value): value is RendererPlugin =>
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { format?: unknown }).format === 'string' &&
      typeof (value as { render?: unknown }).render === 'function',
  );
  if (plugins.length === 0) {
    throw new InvalidArgumentError(
      vi(
        lang,
        `“${spec}” không có trình kết xuất nào (cần format, mediaType, extension và render).`,
        `“${spec}” exports no renderer (it needs format, mediaType, extension and render).`,
      ),
    );
  }
  return [...new Set(plugins)].map((plugin) => definePlugin(plugin));
}

/**
 * The files to write: one per format, named after `-o` with the format's
 * extension (`-o bao-cao.docx --format docx,html` writes `bao-cao.docx` and
 * `bao-cao.html`).
 */
export function outputPaths(
  output: string,
  renderers: readonly RendererPlugin[],
  known: readonly RendererPlugin[],
): string[] {
  const extension = extname(output).slice(1).toLowerCase();
  const base =
    extension !== '' && known.some((plugin) => plugin.extension === extension)
      ? output.slice(0, -(extension.length + 1))
      : output;
  return renderers.map((plugin) => `${base}.${plugin.extension}`);
}

/** Writes the rendered files, refusing to overwrite unless forced; returns the paths written. */
export async function writeReports(
  model: BuiltReport['model'],
  renderers: readonly RendererPlugin[],
  paths: readonly string[],
  cwd: string,
  force: boolean,
  lang: Lang,
): Promise<string[]> {
  const targets = paths.map((path) => resolve(cwd, path));
  if (!force) {
    const existing = paths.filter((_, i) => existsSync(targets[i] as string));
    if (existing.length > 0) {
      throw new InvalidArgumentError(
        vi(
          lang,
          `Tệp ${existing.map((p) => `“${p}”`).join(', ')} đã có. Hãy chọn tên khác hoặc thêm --force để ghi đè.`,
          `${existing.map((p) => `“${p}”`).join(', ')} already exists. Choose another name or add --force to overwrite.`,
        ),
      );
    }
  }
  const rendered = await Promise.all(renderers.map((plugin) => plugin.render(model)));
  for (const [i, bytes] of rendered.entries()) {
    const target = targets[i] as string;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
  return [...paths];
}
