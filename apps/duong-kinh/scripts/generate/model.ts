/**
 * The records the generator produces: the records of the data contract
 * (`@org/party-core`), with the fields the sample always fills made required
 * and the labels the ward office typed where it used an accepted variant (a
 * grade notation, an alias). `tables.ts` turns them into the contract's files.
 */
import type {
  AdmissionTarget,
  Classification,
  Inspection,
  Member,
  Movement,
  Organization,
  PlanningEntry,
  Position,
  TrainingAttendance,
  Ward,
} from '@org/party-core';

/** A member on the roster (đảng viên) on the reference date. */
export interface SampleMember extends Omit<Member, 'partyAgeGapMonths'> {
  /** Religion as typed (`Không`, `Công giáo`, `Thiên chúa giáo`). */
  religionLabel: string;
  /** General education as typed: a grade such as `12/12` or `7/10`, or `THPT`. */
  generalEducationLabel: string;
  /** Occupation as typed (`Lao động tự do`, `Kinh doanh`, …). */
  occupationLabel: string;
}

/** A membership movement (biến động), always with the name and the organisation. */
export interface SampleMovement extends Movement {
  fullName: string;
  org: string;
}

/** A position held (chức vụ); `roleText` is the title typed for other roles. */
export type SamplePosition = Omit<Position, 'until'>;

/** An inspection or supervision (kiểm tra, giám sát), with its decision and content. */
export interface SampleInspection extends Omit<Inspection, 'discipline' | 'violationOn'> {
  ref: string;
  content: string;
}

/** One attendee of a course (bồi dưỡng); no `result` while the course runs. */
export interface SampleTraining extends Omit<TrainingAttendance, 'result'> {
  courseName: string;
  /** Course kind as typed (a label of the contract). */
  courseKindLabel: string;
  from: string;
  to: string;
  result?: TrainingAttendance['result'];
}

/**
 * A cadre-planning entry (quy hoạch); `birthDate` and `gender` only for a
 * candidate off the roster.
 */
export interface SamplePlanning extends PlanningEntry {
  fullName: string;
}

/** An annual classification (xếp loại). */
export type SampleClassification = Classification;

/** An admission target (chỉ tiêu kết nạp). */
export type SampleTarget = AdmissionTarget;

/** An organisation (tổ chức đảng), with its category as typed instead of the code. */
export interface SampleOrganization extends Omit<Organization, 'category'> {
  /** Category as typed. */
  categoryLabel: string;
}

/** Everything the generator produces for the ward. */
export interface SampleWard {
  ward: Required<Omit<Ward, 'dataDate' | 'movementsFrom'>>;
  organizations: SampleOrganization[];
  members: SampleMember[];
  movements: SampleMovement[];
  positions: SamplePosition[];
  inspections: SampleInspection[];
  training: SampleTraining[];
  planning: SamplePlanning[];
  classifications: SampleClassification[];
  admissionTargets: SampleTarget[];
}
