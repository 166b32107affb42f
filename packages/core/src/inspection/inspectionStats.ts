import { z } from 'zod';
import { Count, zeroCounts } from '../_internal/counts';
import { IsoDate } from '../common/dates';
import type { Dataset } from '../dataset/dataset';
import { heldOn, positionsByMember } from '../member/_internal/positions';
import type { PositionRole } from '../member/position';
import { DisciplineForms, Findings, InspectionModes, SubjectTypes } from './codes';
import { DisciplineForm, Finding, InspectionMode, SubjectType } from './inspection';

/**
 * Records of one mode by subject (đối tượng): `total` is `organizations +
 * members`; `secretaries` are the members who held a secretary position (bí
 * thư) on the inspection date, and are counted in `members` too.
 */
export const InspectionSubjectCounts = z.object({
  /** Records of this mode (lượt). */
  total: Count,
  /** Records about a party organisation (lượt tổ chức đảng). */
  organizations: Count,
  /** Records about a member (lượt đảng viên), secretaries included. */
  members: Count,
  /** Records about a member who was a secretary on that date (lượt bí thư). */
  secretaries: Count,
});
/** Records of one inspection mode by subject. */
export type InspectionSubjectCounts = z.infer<typeof InspectionSubjectCounts>;

/**
 * Inspection, supervision and discipline figures over a period (số liệu kiểm
 * tra, giám sát, kỷ luật đảng). Every breakdown lists every code, zero
 * included, in the order of {@link InspectionModes}, {@link Findings},
 * {@link SubjectTypes} and {@link DisciplineForms}.
 *
 * @see QĐ 296-QĐ/TW (30/5/2025) on inspection and supervision; QĐ 69-QĐ/TW (06/7/2022), Điều 4 and 7 on discipline forms
 * @example
 * const stats: InspectionStats = inspectionStats(dataset, { from: '2025-07-01', asOf: '2026-03-01' });
 * stats.inspected.organizations // 7 ("07 tổ chức đảng")
 * stats.inspected.secretaries // 5 ("05 đồng chí Bí thư Chi bộ")
 */
export const InspectionStats = z.object({
  /** First day of the period (từ ngày), ISO. */
  from: IsoDate,
  /** Last day of the period, the reference date (đến ngày), ISO. */
  asOf: IsoDate,
  /** Records in the period, every mode together (tổng số cuộc / lượt). */
  total: Count,
  /** Records by mode (hình thức), each split by subject; the `total`s sum to `total`. */
  byMode: z.record(InspectionMode, InspectionSubjectCounts),
  /** Records by conclusion (kết luận), every mode together; sums to `total`. */
  findings: z.record(Finding, Count),
  /**
   * Disciplines imposed (kỷ luật) by subject type, then by form (hình thức kỷ
   * luật). Forms that do not apply to a subject type stay at zero in valid data.
   */
  discipline: z.record(SubjectType, z.record(DisciplineForm, Count)),
  /**
   * Distinct subjects inspected (kiểm tra, modes `inspection` and
   * `inspection-on-signs`; supervision excluded): each organisation or member
   * counts once however many times inspected.
   */
  inspected: z.object({
    /** Distinct party organisations inspected (số tổ chức đảng được kiểm tra). */
    organizations: Count,
    /** Distinct members inspected (số đảng viên được kiểm tra), secretaries included. */
    members: Count,
    /**
     * Distinct members inspected while secretary (số đồng chí bí thư được kiểm
     * tra): a secretary on the date of at least one of their inspections.
     */
    secretaries: Count,
  }),
});
/** Inspection, supervision and discipline figures over a period. */
export type InspectionStats = z.infer<typeof InspectionStats>;

/** Modes that are inspections (kiểm tra), not supervision (giám sát). */
const INSPECTION_MODES: ReadonlySet<InspectionMode> = new Set<InspectionMode>([
  'inspection',
  'inspection-on-signs',
]);

const SECRETARY: ReadonlySet<PositionRole> = new Set<PositionRole>(['secretary']);

/**
 * Counts the inspections and supervisions (kiểm tra, giám sát) dated from
 * `from` to `asOf`, both days included: by mode and subject, by conclusion,
 * the disciplines imposed (kỷ luật) by subject type and form, and the distinct
 * organisations, members and secretaries inspected.
 *
 * A member counts as a secretary (bí thư) for a record when they held a
 * position with role `secretary` (of any organisation) on its date: `since`
 * absent or on or before the date, `until` absent or on or after it. Records
 * are not checked against the roster (members who have since left still
 * count). A period where `from` is after `asOf` is empty.
 *
 * @param dataset - The parsed dataset; only `inspections` and `positions` are read.
 * @param period - `from`, the first day, and `asOf`, the last day (ISO `yyyy-mm-dd`).
 * @returns The counts; one pass over positions and one over inspections, independent of record order.
 * @see QĐ 296-QĐ/TW (30/5/2025); QĐ 69-QĐ/TW (06/7/2022), Điều 4 and 7; data contract §1.6 (file `kiem-tra-giam-sat`)
 * @example
 * const stats = inspectionStats(dataset, { from: '2025-01-01', asOf: '2025-12-31' });
 * stats.byMode.inspection.organizations // 7
 * stats.inspected.secretaries // 5
 * stats.discipline.member.reprimand // 1
 */
export function inspectionStats(
  dataset: Pick<Dataset, 'inspections' | 'positions'>,
  period: { from: string; asOf: string },
): InspectionStats {
  const { from, asOf } = period;
  const secretaryPositions = positionsByMember(dataset.positions, SECRETARY);
  const isSecretary = (memberId: string, date: string): boolean => {
    return secretaryPositions.get(memberId)?.some((position) => heldOn(position, date)) ?? false;
  };

  const byMode = {} as Record<InspectionMode, InspectionSubjectCounts>;
  for (const mode of InspectionModes.codes) {
    byMode[mode] = { total: 0, organizations: 0, members: 0, secretaries: 0 };
  }
  const findings = zeroCounts(Findings.codes);
  const discipline = {} as Record<SubjectType, Record<DisciplineForm, number>>;
  for (const type of SubjectTypes.codes) discipline[type] = zeroCounts(DisciplineForms.codes);
  const organizations = new Set<string>();
  const members = new Set<string>();
  const secretaries = new Set<string>();
  let total = 0;

  for (const record of dataset.inspections) {
    // Parsed ISO dates (yyyy-mm-dd) order the same as text.
    if (record.date < from || record.date > asOf) continue;
    total += 1;
    const counts = byMode[record.mode];
    counts.total += 1;
    findings[record.finding] += 1;
    if (record.discipline !== undefined) discipline[record.subjectType][record.discipline] += 1;
    const inspected = INSPECTION_MODES.has(record.mode);
    if (record.subjectType === 'organization') {
      counts.organizations += 1;
      if (inspected) organizations.add(record.subject);
      continue;
    }
    counts.members += 1;
    const secretary = isSecretary(record.subject, record.date);
    if (secretary) counts.secretaries += 1;
    if (inspected) {
      members.add(record.subject);
      if (secretary) secretaries.add(record.subject);
    }
  }

  return {
    from,
    asOf,
    total,
    byMode,
    findings,
    discipline,
    inspected: {
      organizations: organizations.size,
      members: members.size,
      secretaries: secretaries.size,
    },
  };
}
