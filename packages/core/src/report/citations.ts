import { parseCalendarDate } from '../common/dates';
import { formatDocumentDateShort } from '../common/format';
import type { CitedDocument } from '../rules/schema';
import { parseVietnameseDate } from './_internal/parseStated';
import type { BilingualText } from './reportModel';

/** A document cited with its number and date (trích dẫn văn bản), as a narrative writes it. */
export interface Citation {
  /** The kind as written: `Chỉ thị`, `Nghị quyết`, `QĐ`, … */
  readonly kind: string;
  /** The number and symbol, e.g. `50-CT/TW`. */
  readonly symbol: string;
  /** The date as written, e.g. `20/12/2023`, and as ISO. */
  readonly stated: string;
  readonly date: string;
  /** Where the date stands in the text: `[start, end)`. */
  readonly start: number;
  readonly end: number;
  /** The whole citation as written, e.g. `Chỉ thị số 50-CT/TW ngày 20/12/2023`. */
  readonly context: string;
}

const KINDS = [
  'Chỉ thị',
  'Nghị quyết',
  'Quyết định',
  'Quy định',
  'Kết luận',
  'Hướng dẫn',
  'Kế hoạch',
  'Công văn',
  'Thông báo',
  'Thông tri',
  'Quy chế',
  'Chương trình',
  'CT',
  'NQ',
  'QĐ',
  'KL',
  'HD',
  'KH',
  'CV',
  'TB',
].map((kind) => kind.replace(/ /gu, String.raw`\s+`));
const DATE = String.raw`\d{1,2}/\d{1,2}/\d{4}`;
/** `Chỉ thị số 50-CT/TW ngày 20/12/2023`, `Hướng dẫn 24-HD/BTCTW (20/9/2023)`. */
const CITATION = new RegExp(
  String.raw`(?<![\p{L}\d])(?<kind>${KINDS.join('|')})(?:\s+số)?\s+(?<symbol>\d+-[A-ZĐ]+/[A-ZĐ0-9]+)(?![\p{L}\d/-])\s*(?:,\s*)?(?:ngày\s+(?<date>${DATE})|\(\s*(?:ngày\s+)?(?<date2>${DATE})\s*\))`,
  'gdu',
);

/**
 * The documents a text cites with a number and a date right after it
 * (`Chỉ thị số 50-CT/TW ngày 20/12/2023`, `Hướng dẫn 24-HD/BTCTW
 * (20/9/2023)`), in the order they stand. A citation without a date, or
 * with a date that is not a calendar date, is left out.
 *
 * @example
 * findCitations('theo Chỉ thị số 50-CT/TW ngày 20/12/2023 của Ban Bí thư')[0]?.date // '2023-12-20'
 */
export function findCitations(text: string): Citation[] {
  const found: Citation[] = [];
  for (const match of text.matchAll(CITATION)) {
    const groups = match.groups ?? {};
    const stated = groups.date ?? groups.date2;
    const span = match.indices?.groups?.date ?? match.indices?.groups?.date2;
    const date = stated === undefined ? undefined : parseVietnameseDate(stated);
    if (stated === undefined || span === undefined || date === undefined) continue;
    found.push({
      kind: (groups.kind ?? '').replace(/\s+/gu, ' '),
      symbol: groups.symbol ?? '',
      stated,
      date,
      start: span[0],
      end: span[1],
      context: match[0].replace(/\s+/gu, ' ').trim(),
    });
  }
  return found;
}

/**
 * The days the congresses of the Party opened (khai mạc Đại hội đại biểu
 * toàn quốc), from the 11th: documents of the central bodies (`…/TW`,
 * `…/BTCTW`, `…/VPTW`) are numbered anew in each term (khóa), so one
 * symbol in two terms names two documents.
 */
const CENTRAL_TERMS = ['2011-01-12', '2016-01-21', '2021-01-25', '2026-01-19'] as const;

/** The term a date of a central document falls in (0 before the first known one). */
function termOf(date: string): number {
  return CENTRAL_TERMS.filter((start) => start <= date).length;
}

/** Whether the issuer part of a symbol is a central body (`TW`, `BTCTW`, `VPTW`, `UBKTTW`, …). */
const isCentral = (symbol: string) => /\/[A-ZĐ]*TW$/u.test(symbol);

/** A citation whose date differs from the registry's, with what the registry says. */
export interface CitationMismatch {
  readonly citation: Citation;
  /** The registry's documents of that symbol in that term. */
  readonly documents: readonly CitedDocument[];
  /** The registry's date(s), as reports write them (`23/7/2025`). */
  readonly computed: string;
  readonly how: BilingualText;
}

const dateVi = (iso: string) => {
  const date = parseCalendarDate(iso);
  return date === undefined ? iso : formatDocumentDateShort(date);
};

/**
 * Compares a citation with the registry of documents (đối chiếu ngày ban
 * hành): `undefined` when the registry has no document of that symbol (a
 * document it does not know is never a finding), when one of them bears the
 * cited date, or, for a central document, when none is of the term of the
 * cited date (another document with the same number). Otherwise the
 * registry's date and where it comes from.
 *
 * @example
 * compareCitation(findCitations('Chỉ thị số 50-CT/TW ngày 20/12/2023')[0]!, defaultRules.documents)?.computed // '23/7/2025'
 */
export function compareCitation(
  citation: Citation,
  registry: readonly CitedDocument[],
): CitationMismatch | undefined {
  let documents = registry.filter((document) => document.symbol === citation.symbol);
  if (isCentral(citation.symbol)) {
    const term = termOf(citation.date);
    documents = documents.filter((document) => termOf(document.date) === term);
  }
  if (documents.length === 0 || documents.some((d) => d.date === citation.date)) return undefined;
  const computed = documents.map((d) => dateVi(d.date)).join('; ');
  const named = documents
    .map((d) => `${d.kind} ${d.symbol}${d.issuer === undefined ? '' : ` của ${d.issuer}`}`)
    .join('; ');
  const sources = documents.map((d) => d.source).join('; ');
  return {
    citation,
    documents,
    computed,
    how: {
      vi: `ngày ban hành theo danh mục văn bản của bộ quy tắc: ${named}, ngày ${computed} (nguồn: ${sources})`,
      en: `date of issue in the rules' registry of documents: ${named}, ${computed} (source: ${sources})`,
    },
  };
}
