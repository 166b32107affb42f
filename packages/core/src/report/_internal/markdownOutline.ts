import { z } from 'zod';
import { labelKey } from '../../common/text';
import type { ReportTemplate } from '../buildReport';
import type { ReportSignature } from '../reportModel';
import { REPORT_OUTLINES, type ReportOutlineKind } from '../reportOutlines';
import { joinLines, type MarkdownBody, type MarkdownHeading } from './markdownBody';
import type { FrontMatter, readHeader } from './markdownFrontMatter';
import { invalidContent, type Problem } from './markdownProblem';

/** What the front matter and body give, before it is laid into parts. */
export interface ReportContent {
  readonly header: ReturnType<typeof readHeader>['header'];
  readonly summary: string | undefined;
  readonly body: MarkdownBody;
  readonly signature: ReportSignature;
}

/** The outline `Mẫu:` names in {@link REPORT_OUTLINES}, if any; an unknown name is a problem. */
export function selectOutline(
  fields: FrontMatter,
  problem: Problem,
): ReportOutlineKind | undefined {
  const name = fields.outline?.value;
  if (name === undefined) return undefined;
  const key = labelKey(name);
  const found = Object.entries(REPORT_OUTLINES).find(
    ([known, kind]) =>
      labelKey(known) === key || kind.aliases.some((alias) => labelKey(alias) === key),
  );
  if (!found) {
    const available = Object.keys(REPORT_OUTLINES).join(', ');
    problem(
      fields.outline?.line ?? 0,
      `không có mẫu "${name}"; mẫu có sẵn: ${available}`,
      `no outline "${name}"; available: ${available}`,
    );
  }
  return found?.[1];
}

/**
 * The text under each heading keyed as in an outline (`I`, `II.1`,
 * `II.1.1`); a subsection outside its section or a heading written twice is
 * a problem.
 */
function textByKey(headings: readonly MarkdownHeading[], problem: Problem): Record<string, string> {
  const text: Record<string, string> = {};
  let part = '';
  let section = '';
  for (const heading of headings) {
    let key: string;
    if (heading.numeral) {
      part = heading.numeral;
      section = '';
      key = part;
    } else if (heading.number) {
      section = heading.number;
      key = `${part}.${section}`;
    } else {
      key = `${part}.${heading.sub}`;
      if (!heading.sub?.startsWith(`${section}.`)) {
        problem(
          heading.line,
          `mục ${heading.sub} không nằm trong mục ${section}.`,
          `subsection ${heading.sub} is not under section ${section}.`,
        );
      }
    }
    if (key in text)
      problem(heading.line, `mục ${key} viết hai lần`, `heading ${key} is written twice`);
    text[key] = joinLines(heading.text);
  }
  return text;
}

/** Lays the content into a fixed outline: the outline gives the titles. */
export function layIntoOutline(
  kind: ReportOutlineKind,
  content: ReportContent,
  problem: Problem,
): ReportTemplate | undefined {
  const { body } = content;
  const text = textByKey(body.headings, problem);
  try {
    return kind.build({
      header: content.header,
      summary: content.summary,
      preamble: joinLines(body.preamble),
      text,
      footnotes: body.footnotes,
      recipients: body.recipients,
      signature: content.signature,
      declared: body.declared,
    });
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    for (const message of invalidContent(error.issues)) problem(0, message.vi, message.en);
    return undefined;
  }
}

interface DraftSection {
  number: string;
  title: string;
  text: string;
  subsections: { number: string; title: string; text: string }[];
}
interface DraftPart {
  numeral: string;
  title: string;
  text: string;
  sections: DraftSection[];
}

/** The parts, sections and subsections as the ward numbered and titled them. */
function partsOf(headings: readonly MarkdownHeading[], problem: Problem): DraftPart[] {
  const parts: DraftPart[] = [];
  for (const heading of headings) {
    const text = joinLines(heading.text);
    if (heading.numeral) {
      parts.push({ numeral: heading.numeral, title: heading.title, text, sections: [] });
      continue;
    }
    const part = parts.at(-1);
    if (!part) {
      problem(
        heading.line,
        'mục đầu tiên phải là một phần La Mã, ví dụ "# I. ĐẶC ĐIỂM TÌNH HÌNH"',
        'the first heading must be a part with a Roman numeral, e.g. "# I. …"',
      );
      continue;
    }
    if (heading.number) {
      part.sections.push({
        number: `${heading.number}.`,
        title: heading.title,
        text,
        subsections: [],
      });
      continue;
    }
    const section = part.sections.at(-1);
    if (!section) {
      problem(
        heading.line,
        `mục ${heading.sub} chưa có mục cấp trên (1., 2., …)`,
        `subsection ${heading.sub} has no section above it`,
      );
      continue;
    }
    section.subsections.push({ number: `${heading.sub}.`, title: heading.title, text });
  }
  return parts;
}

/**
 * Lays the content into the parts the ward numbered and titled; the summary
 * is then required. The result is checked against the template schema later.
 */
export function layAsWritten(content: ReportContent, problem: Problem): unknown {
  const { body } = content;
  const parts = partsOf(body.headings, problem);
  if (!content.summary)
    problem(0, 'thiếu "Trích yếu" ở phần đầu tệp', '"summary" is missing from the front matter');
  return {
    header: content.header,
    summary: content.summary ?? '',
    preamble: joinLines(body.preamble),
    parts,
    footnotes: body.footnotes,
    recipients: body.recipients,
    signature: content.signature,
    declared: body.declared,
  };
}
