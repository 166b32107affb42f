import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type BuiltReport,
  definePlugin,
  InvalidArgumentError,
  parseReportMarkdown,
  type RendererPlugin,
  ReportTemplate,
  UnreadableInputError,
} from '@org/party-core';
import type { Lang } from '../i18n';

/** A problem in the narrative, located in its file and line. */
export interface NarrativeProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** The narrative read from a file or folder: the template, or the problems that stop the report. */
export type LoadedNarrative =
  | { readonly ok: true; readonly template: ReportTemplate }
  | { readonly ok: false; readonly problems: readonly NarrativeProblem[] };

/** A path as users see it: relative to the working folder when inside it. */
const display = (cwd: string, path: string) => {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
};

const vi = (lang: Lang, viText: string, enText: string) => (lang === 'vi' ? viText : enText);

/**
 * Reads the ward's narrative: one Markdown file (front matter and headings,
 * see `parseReportMarkdown`), a folder of Markdown files read in name order
 * as one text (the first holds the front matter), or a JSON report template.
 */
export async function loadNarrative(
  path: string,
  cwd: string,
  lang: Lang,
): Promise<LoadedNarrative> {
  const target = resolve(cwd, path);
  const shown = display(cwd, target);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(target);
  } catch {
    throw new UnreadableInputError(
      vi(
        lang,
        `Không tìm thấy nội dung báo cáo “${path}”.`,
        `The narrative “${path}” was not found.`,
      ),
    );
  }
  if (info.isFile() && extname(target).toLowerCase() === '.json') {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(target, 'utf8'));
    } catch {
      throw new UnreadableInputError(
        vi(lang, `Tệp “${shown}” không phải JSON hợp lệ.`, `“${shown}” is not valid JSON.`),
      );
    }
    const parsed = ReportTemplate.safeParse(json);
    if (parsed.success) return { ok: true, template: parsed.data };
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        file: shown,
        line: 0,
        message: `${issue.path.join('.')}: ${issue.message}`,
      })),
    };
  }
  const files = info.isDirectory()
    ? (await readdir(target))
        .filter((name) => extname(name).toLowerCase() === '.md' && !name.startsWith('.'))
        .sort()
        .map((name) => join(target, name))
    : [target];
  if (files.length === 0) {
    throw new UnreadableInputError(
      vi(
        lang,
        `Thư mục “${shown}” không có tệp .md nào chứa nội dung báo cáo.`,
        `The folder “${shown}” holds no .md file with the narrative.`,
      ),
    );
  }
  const texts: { file: string; first: number; lines: number }[] = [];
  const parts: string[] = [];
  let line = 1;
  for (const file of files) {
    const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/u, '').replace(/\s+$/u, '');
    const lines = text.split(/\r?\n/u).length;
    texts.push({ file: display(cwd, file), first: line, lines });
    parts.push(text);
    line += lines + 1;
  }
  const parsed = parseReportMarkdown(parts.join('\n\n'));
  if (parsed.ok && parsed.data) return { ok: true, template: parsed.data };
  return {
    ok: false,
    problems: parsed.issues.map((issue) => {
      const source =
        issue.line === 0
          ? undefined
          : texts.find((t) => issue.line >= t.first && issue.line < t.first + t.lines + 1);
      return {
        file: source?.file ?? shown,
        line: source ? issue.line - source.first + 1 : 0,
        message: issue.message[lang],
      };
    }),
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
