import { z } from 'zod';
import { addToSet } from '../_internal/counts';
import { Code } from '../common/fieldSchemas';
import type { Dataset } from '../dataset/dataset';
import { SubjectTypes } from '../inspection/codes';
import { type DisciplineForm, SubjectType } from '../inspection/inspection';
import { heldOn, positionsByMember } from '../member/_internal/positions';
import type { Member } from '../member/member';
import type { PositionRole } from '../member/position';
import { NEW_MEMBER_MONTHS, notRatedReason, yearEnd } from './_internal/notRated';
import { Rating } from './classification';
import { ClassificationRules, Ratings } from './codes';

/** Code of an automatic classification rule (see {@link ClassificationRules}). */
export const ClassificationRuleCode = ClassificationRules.schema;
/** Code of an automatic classification rule. */
export type ClassificationRuleCode = z.infer<typeof ClassificationRuleCode>;

/**
 * A classification that breaks an automatic rule of QĐ 366-QĐ/TW (xếp loại
 * không đúng quy định): which rule, the record, why, and the regulation.
 *
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 5.2 and 11
 * @example
 * const finding: ClassificationRuleFinding = {
 *   code: 'collective-cannot-be-excellent', year: 2025, subjectType: 'organization',
 *   subject: 'CB01', rating: 'excellent',
 *   reason: 'leadership member DV0001 (secretary) was disciplined (reprimand) on 2025-10-15',
 *   regulation: 'QĐ 366-QĐ/TW (30/8/2025), Điều 11',
 * };
 */
export const ClassificationRuleFinding = z.object({
  /** The rule broken. */
  code: ClassificationRuleCode,
  /** Year assessed (năm). */
  year: z.int(),
  /** Organisation or member (đối tượng). */
  subjectType: SubjectType,
  /** Organisation code or member id (mã). */
  subject: Code,
  /** The rating given (xếp loại). */
  rating: Rating,
  /** Why the rule applies (English; ids and dates, no names). */
  reason: z.string(),
  /** The regulation, or the project policy, behind the rule. */
  regulation: z.string(),
});
/** A classification that breaks an automatic rule. */
export type ClassificationRuleFinding = z.infer<typeof ClassificationRuleFinding>;

/**
 * The findings of the automatic classification rules, sorted by year, rule
 * (in the order of {@link ClassificationRules}), subject type, subject,
 * rating and reason.
 *
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 5.2 and 11
 * @example
 * const findings: ClassificationRuleChecks = classificationRuleChecks(dataset);
 * findings.filter((f) => f.year === 2025).length // 2
 */
export const ClassificationRuleChecks = z.array(ClassificationRuleFinding);
/** The findings of the automatic classification rules. */
export type ClassificationRuleChecks = z.infer<typeof ClassificationRuleChecks>;

/** Ratings a policy can cap a disciplined member at (any but `unrated`). */
export type RatingCap = Exclude<Rating, 'unrated'>;

/** Roles that make a member part of an organisation's leadership collective (cấp ủy). */
const LEADERSHIP: ReadonlySet<PositionRole> = new Set<PositionRole>([
  'secretary',
  'deputy-secretary',
  'committee-member',
]);

const REGULATION = {
  collective: 'QĐ 366-QĐ/TW (30/8/2025), Điều 11',
  member: 'QĐ 366-QĐ/TW (30/8/2025), Điều 11; project policy disciplinedMemberMaxRating',
  notRated: 'QĐ 366-QĐ/TW (30/8/2025), Điều 5.2',
} as const;

/** Rank of a rating: 0 for excellent, higher is lower (the order of {@link Ratings}). */
const RANK = new Map<Rating, number>(Ratings.codes.map((code, index) => [code, index]));
const rank = (rating: Rating): number => RANK.get(rating) ?? Ratings.codes.length;
const order = <C extends string>(codes: readonly C[]) => {
  const map = new Map<C, number>(codes.map((code, index) => [code, index]));
  return (code: C): number => map.get(code) ?? codes.length;
};
const ruleOrder = order(ClassificationRules.codes);
const subjectOrder = order(SubjectTypes.codes);

/** A year and a subject as one map key; years have four digits, so keys cannot collide. */
const key = (year: number, subject: string) => `${year}|${subject}`;

/** Causes of rule (a) for one organisation and year: text → kind (own, subordinate, leadership). */
type Causes = Map<string, number>;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFindings(a: ClassificationRuleFinding, b: ClassificationRuleFinding): number {
  return (
    a.year - b.year ||
    ruleOrder(a.code) - ruleOrder(b.code) ||
    subjectOrder(a.subjectType) - subjectOrder(b.subjectType) ||
    compareText(a.subject, b.subject) ||
    rank(a.rating) - rank(b.rating) ||
    compareText(a.reason, b.reason)
  );
}

/**
 * Checks the annual classifications (xếp loại chất lượng) against the
 * automatic rules of QĐ 366-QĐ/TW and lists every record that breaks one:
 *
 * - `collective-cannot-be-excellent`: an organisation rated excellent for
 *   year Y although in Y (an inspection dated in Y with a discipline) the
 *   organisation itself, a subordinate organisation (one whose `parent` is
 *   it), or a member of its leadership collective (a member holding a
 *   position `secretary`, `deputy-secretary` or `committee-member` with `org`
 *   = the organisation on the inspection date) was disciplined (Điều 11).
 *   The exceptions of the text (a violation at a previous unit, or unrelated
 *   to the collective) are not in the data and are left to the reader.
 * - `disciplined-member-rating`: a member disciplined in Y (any form) rated
 *   above `disciplinedMemberMaxRating`. QĐ 366 makes a member KHTNV only for a
 *   public-duty violation disciplined with a reprimand or heavier, or for
 *   breaching the "must not do" list; the data does not say which, so the cap
 *   is a policy option: `not-fulfilled` by default (the stricter reading, as
 *   under HD 21-HD/BTCTW 2019), `fulfilled` for the milder "cannot be above
 *   HTNV". `unrated` is never flagged by this rule.
 * - `member-not-to-be-rated`: a member on the roster who must not be rated
 *   that year (exempt, or admitted less than 6 months before 31 December of
 *   Y, see `membersNotToBeRated`) with a rating other than `unrated`
 *   (Điều 5.2). Members not on the roster (they left) are skipped.
 *
 * The year of a discipline is the year of the inspection's `date` (a
 * discipline decided this year for an earlier violation counts this year).
 *
 * @param dataset - The parsed dataset; reads `classifications`, `inspections`,
 *   `organizations`, `positions` and `members`.
 * @param options - `disciplinedMemberMaxRating` (default `not-fulfilled`) and
 *   `newMemberMonths` (default 6).
 * @returns The findings, sorted; one pass over each collection, independent of record order.
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 5.2 and 11; HD 43-HD/BTCTW (31/10/2025)
 * @example
 * classificationRuleChecks(dataset, { disciplinedMemberMaxRating: 'fulfilled' })
 *   .filter((f) => f.code === 'collective-cannot-be-excellent')
 *   .map((f) => `${f.year} ${f.subject}: ${f.reason}`);
 */
export function classificationRuleChecks(
  dataset: Pick<
    Dataset,
    'classifications' | 'inspections' | 'organizations' | 'positions' | 'members'
  >,
  options: { disciplinedMemberMaxRating?: RatingCap; newMemberMonths?: number } = {},
): ClassificationRuleChecks {
  const maxRating = options.disciplinedMemberMaxRating ?? 'not-fulfilled';
  const newMemberMonths = options.newMemberMonths ?? NEW_MEMBER_MONTHS;

  const ratedMembers = new Set<string>();
  for (const record of dataset.classifications) {
    if (record.subjectType === 'member') ratedMembers.add(record.subject);
  }
  const roster = new Map<string, Member>();
  for (const member of dataset.members) {
    if (ratedMembers.has(member.id)) roster.set(member.id, member);
  }
  const parents = new Map<string, string>();
  for (const organization of dataset.organizations) {
    if (organization.parent !== undefined) parents.set(organization.code, organization.parent);
  }
  const leadership = positionsByMember(dataset.positions, LEADERSHIP);

  const collectiveCauses = new Map<string, Causes>();
  const addCause = (year: number, org: string, kind: number, text: string) => {
    const causes = collectiveCauses.get(key(year, org));
    if (causes) causes.set(text, kind);
    else collectiveCauses.set(key(year, org), new Map([[text, kind]]));
  };
  const memberDiscipline = new Map<string, Set<string>>();

  for (const record of dataset.inspections) {
    if (record.discipline === undefined) continue;
    const year = Number(record.date.slice(0, 4));
    const what = (form: DisciplineForm) => `was disciplined (${form}) on ${record.date}`;
    if (record.subjectType === 'organization') {
      addCause(year, record.subject, 0, `the organisation itself ${what(record.discipline)}`);
      const parent = parents.get(record.subject);
      if (parent !== undefined) {
        addCause(
          year,
          parent,
          1,
          `subordinate organisation ${record.subject} ${what(record.discipline)}`,
        );
      }
      continue;
    }
    const memberKey = key(year, record.subject);
    addToSet(memberDiscipline, memberKey, `${record.discipline} on ${record.date}`);
    for (const position of leadership.get(record.subject) ?? []) {
      if (position.org === undefined || !heldOn(position, record.date)) continue;
      addCause(
        year,
        position.org,
        2,
        `leadership member ${record.subject} (${position.role}) ${what(record.discipline)}`,
      );
    }
  }

  const findings: ClassificationRuleFinding[] = [];
  for (const record of dataset.classifications) {
    const { year, subjectType, subject, rating } = record;
    const recordKey = key(year, subject);
    if (subjectType === 'organization') {
      const causes = rating === 'excellent' ? collectiveCauses.get(recordKey) : undefined;
      if (causes) {
        const reason = [...causes]
          .sort(([a, kindA], [b, kindB]) => kindA - kindB || compareText(a, b))
          .map(([text]) => text)
          .join('; ');
        findings.push({
          code: 'collective-cannot-be-excellent',
          year,
          subjectType,
          subject,
          rating,
          reason,
          regulation: REGULATION.collective,
        });
      }
      continue;
    }
    const disciplines = memberDiscipline.get(recordKey);
    if (disciplines && rating !== 'unrated' && rank(rating) < rank(maxRating)) {
      const list = [...disciplines].sort(compareText).join(', ');
      findings.push({
        code: 'disciplined-member-rating',
        year,
        subjectType,
        subject,
        rating,
        reason: `disciplined in ${year} (${list}); the policy allows at most ${maxRating}`,
        regulation: REGULATION.member,
      });
    }
    const member = roster.get(subject);
    if (member === undefined || rating === 'unrated') continue;
    const why = notRatedReason(member, yearEnd(year).date, newMemberMonths);
    if (why === undefined) continue;
    findings.push({
      code: 'member-not-to-be-rated',
      year,
      subjectType,
      subject,
      rating,
      reason:
        why === 'exempt'
          ? 'exempted from party work and activities'
          : `admitted on ${member.admittedOn}, less than ${newMemberMonths} months before ${yearEnd(year).iso}`,
      regulation: REGULATION.notRated,
    });
  }
  return findings.sort(compareFindings);
}
