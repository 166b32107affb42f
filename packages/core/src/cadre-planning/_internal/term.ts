const TERM = /^\s*(\d{4})\s*-\s*(\d{4})\s*$/;

/** A planning term in canonical form (`yyyy-yyyy`) with its years. */
export interface ParsedTerm {
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Reads a planning term written `yyyy-yyyy` (spaces around the dash are
 * allowed, as `PlanningTerm` accepts them); `undefined` for anything else.
 */
export function parseTerm(term: string): ParsedTerm | undefined {
  const match = TERM.exec(term);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return { term: `${match[1]}-${match[2]}`, start, end };
}
