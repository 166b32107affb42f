import { z } from 'zod';
import { labelKey } from '../common/text';
import type { Dataset } from '../dataset/dataset';
import { Gender, type Member } from '../member/member';
import { offRosterKey } from './_internal/offRosterKey';
import { parseTerm } from './_internal/term';

/**
 * Where a planning candidate's personal data comes from (nguồn nhân sự quy
 * hoạch): the ward's roster (`roster`), or the planning entry itself for a
 * candidate not on the roster (`off-roster`, nhân sự ngoài danh sách).
 */
export const CandidateSource = z.enum(['roster', 'off-roster']);
/** Where a planning candidate's data comes from. */
export type CandidateSource = z.infer<typeof CandidateSource>;

/**
 * A candidate's ethnic group as the structure targets count it (dân tộc):
 * `kinh`, `minority` (dân tộc thiểu số: any group other than Kinh), or
 * `unknown` for a candidate not on the roster, whose ethnicity the planning
 * file does not carry. Structure counts treat `unknown` as not minority.
 */
export const CandidateEthnicity = z.enum(['kinh', 'minority', 'unknown']);
/** A candidate's ethnic group as the structure targets count it. */
export type CandidateEthnicity = z.infer<typeof CandidateEthnicity>;

/**
 * One planning entry resolved to its candidate (nhân sự quy hoạch): the term
 * (canonical `yyyy-yyyy`), the post, the candidate's key and the data the
 * age and structure tests need. Never carries the name.
 */
export const PlanningCandidate = z.object({
  /** Planning term, canonical `yyyy-yyyy` (nhiệm kỳ). */
  term: z.string(),
  /** The planned post as written (chức danh quy hoạch). */
  position: z.string(),
  /**
   * The candidate's key: the member id for a roster member, or
   * `off-roster:` and 16 hex digits (a hash of name, birth date and gender)
   * for a candidate not on the roster.
   */
  candidate: z.string(),
  /** Where the data comes from. */
  source: CandidateSource,
  /** Birth date, or a bare year (ngày sinh). */
  birthDate: z.string(),
  /** Gender (giới tính). */
  gender: Gender,
  /** Kinh, minority, or unknown (off-roster). */
  ethnicity: CandidateEthnicity,
});
/** One planning entry resolved to its candidate. */
export type PlanningCandidate = z.infer<typeof PlanningCandidate>;

/**
 * The planning entries resolved to candidates (danh sách nhân sự quy hoạch).
 * `entries = candidates.length + unresolved + duplicates`.
 */
export const PlanningCandidates = z.object({
  /** Planning entries read. */
  entries: z.int().nonnegative(),
  /** One row per distinct (term, post, candidate), sorted by term, post, candidate. */
  candidates: z.array(PlanningCandidate),
  /**
   * Entries skipped because the candidate could not be resolved: the member
   * id is not on the roster and the entry lacks name, birth date or gender.
   */
  unresolved: z.int().nonnegative(),
  /** Entries that repeat a (term, post, candidate) already counted. */
  duplicates: z.int().nonnegative(),
});
/** The planning entries resolved to candidates. */
export type PlanningCandidates = z.infer<typeof PlanningCandidates>;

function ethnicityOf(ethnicity: string): CandidateEthnicity {
  return labelKey(ethnicity) === 'kinh' ? 'kinh' : 'minority';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Resolves each cadre-planning entry to its candidate (nhân sự quy hoạch).
 * An entry whose `memberId` is on the roster takes birth date, gender and
 * ethnicity from the member record. Otherwise, as the validation accepts, an
 * entry with `fullName`, `birthDate` and `gender` is a candidate not on the
 * roster (ethnicity unknown; an unknown `memberId` on such an entry is
 * ignored), keyed by a hash of those three fields. Any other entry is skipped
 * and counted as `unresolved`; a repeat of the same term, post and candidate
 * is counted as a duplicate. Terms are read in canonical form, so
 * `2025 - 2030` and `2025-2030` are one term; posts are compared as written.
 *
 * One pass over the planning entries to collect the member ids they name and
 * one pass over the roster to pick those members: no index of the whole roster.
 * The result does not depend on the order of entries or members.
 *
 * @see QĐ 377-QĐ/TW (08/10/2025); HD 45-HD/BTCTW (21/11/2025); data contract §1.8
 * @example
 * const dataset = buildDataset({ planning: [buildPlanningEntry({ memberId: 'DV0002' })] });
 * planningCandidates(dataset).candidates[0]
 * // { term: '2025-2030', position: 'Bí thư chi bộ', candidate: 'DV0002', source: 'roster',
 * //   birthDate: '1990-11-02', gender: 'female', ethnicity: 'kinh' }
 */
export function planningCandidates(
  dataset: Pick<Dataset, 'members' | 'planning'>,
): PlanningCandidates {
  const wanted = new Map<string, Member | undefined>();
  for (const entry of dataset.planning) {
    if (entry.memberId !== undefined) wanted.set(entry.memberId, undefined);
  }
  if (wanted.size > 0) {
    for (const member of dataset.members) {
      if (wanted.has(member.id)) wanted.set(member.id, member);
    }
  }
  const byKey = new Map<string, PlanningCandidate>();
  let unresolved = 0;
  let duplicates = 0;
  for (const entry of dataset.planning) {
    const term = parseTerm(entry.term)?.term ?? entry.term;
    const member = entry.memberId === undefined ? undefined : wanted.get(entry.memberId);
    let resolved: PlanningCandidate | undefined;
    if (member) {
      resolved = {
        term,
        position: entry.position,
        candidate: member.id,
        source: 'roster',
        birthDate: member.birthDate,
        gender: member.gender,
        ethnicity: ethnicityOf(member.ethnicity),
      };
    } else if (
      entry.fullName !== undefined &&
      entry.birthDate !== undefined &&
      entry.gender !== undefined
    ) {
      resolved = {
        term,
        position: entry.position,
        candidate: offRosterKey(entry.fullName, entry.birthDate, entry.gender),
        source: 'off-roster',
        birthDate: entry.birthDate,
        gender: entry.gender,
        ethnicity: 'unknown',
      };
    }
    if (!resolved) {
      unresolved += 1;
      continue;
    }
    const key = `${resolved.term}\u0000${resolved.position}\u0000${resolved.candidate}`;
    if (byKey.has(key)) duplicates += 1;
    else byKey.set(key, resolved);
  }
  const candidates = [...byKey.values()].sort(
    (a, b) =>
      compare(a.term, b.term) ||
      compare(a.position, b.position) ||
      compare(a.candidate, b.candidate),
  );
  return { entries: dataset.planning.length, candidates, unresolved, duplicates };
}
