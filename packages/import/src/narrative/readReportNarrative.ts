import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { type BilingualText, type ParsedReportTemplate, templateFromText } from '@org/party-core';
import { unreadableInput } from '../issues';

/** A problem in the ward's narrative: the file as the user sees it, its line (0: the file as a whole) and what to do. */
export interface NarrativeProblem {
  readonly file: string;
  readonly line: number;
  readonly message: BilingualText;
}

/** The narrative read from a file or folder: the report template, or the problems that stop the report. */
export type ReportNarrative =
  | { readonly ok: true; readonly template: ParsedReportTemplate }
  | { readonly ok: false; readonly problems: readonly NarrativeProblem[] };

/** Options of {@link readReportNarrative}. */
export interface ReadNarrativeOptions {
  /** The folder paths are relative to, and shown from (default: the process's). */
  readonly cwd?: string;
}

/** A path as users see it: relative to the working folder when inside it. */
function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

/**
 * Reads a ward's report narrative (nội dung báo cáo) from its files: one
 * Markdown file (see `parseReportMarkdown` and docs/report.md), a folder of
 * Markdown files read in name order as one text (the first holds the front
 * matter), or a JSON report template. Problems come back with the file and
 * line they stand in; a path that does not exist, an empty folder or JSON
 * that does not parse throws the bilingual unreadable-input error.
 *
 * @example
 * const narrative = await readReportNarrative('noi-dung/');
 * if (narrative.ok) buildReport(narrative.template, stats);
 */
export async function readReportNarrative(
  path: string,
  options: ReadNarrativeOptions = {},
): Promise<ReportNarrative> {
  const cwd = options.cwd ?? process.cwd();
  const target = resolve(cwd, path);
  const shown = display(cwd, target);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(target);
  } catch {
    throw unreadableInput(
      `Không tìm thấy nội dung báo cáo “${path}”.`,
      `The narrative “${path}” was not found.`,
    );
  }
  if (info.isFile() && extname(target).toLowerCase() === '.json') {
    const read = templateFromText(await readFile(target, 'utf8'), 'json');
    if (read.ok) return read;
    if (read.reason === 'json-syntax') {
      throw unreadableInput(
        `Tệp “${shown}” không phải JSON hợp lệ.`,
        `“${shown}” is not valid JSON.`,
      );
    }
    return {
      ok: false,
      problems: read.problems.map((problem) => ({
        file: shown,
        line: 0,
        message: problem.message,
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
    throw unreadableInput(
      `Thư mục “${shown}” không có tệp .md nào chứa nội dung báo cáo.`,
      `The folder “${shown}” holds no .md file with the narrative.`,
    );
  }
  // One text, each file's first line remembered to point problems back at it.
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
  const parsed = templateFromText(parts.join('\n\n'), 'markdown');
  if (parsed.ok) return parsed;
  return {
    ok: false,
    problems: parsed.problems.map((issue) => {
      const source =
        issue.line === 0
          ? undefined
          : texts.find((t) => issue.line >= t.first && issue.line < t.first + t.lines + 1);
      return {
        file: source?.file ?? shown,
        line: source ? issue.line - source.first + 1 : 0,
        message: issue.message,
      };
    }),
  };
}
