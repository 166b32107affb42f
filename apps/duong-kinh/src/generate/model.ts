/**
 * The records the generator produces, in the codes of the data contract, with
 * the labels the ward office typed where it used an accepted variant (a grade
 * notation, an alias). `tables.ts` turns them into the contract's files.
 */

/** A member on the roster (đảng viên) on the reference date. */
export interface SampleMember {
  id: string;
  fullName: string;
  birthDate: string;
  gender: 'male' | 'female';
  ethnicity: string;
  religion: 'none' | 'catholic';
  /** Religion as typed (`Không`, `Công giáo`, `Thiên chúa giáo`). */
  religionLabel: string;
  admittedOn: string;
  officialOn?: string;
  org: string;
  generalEducation: 'primary' | 'lower-secondary' | 'upper-secondary';
  /** General education as typed: a grade such as `12/12` or `7/10`, or `THPT`. */
  generalEducationLabel: string;
  professional: 'university' | 'college' | 'intermediate' | 'elementary' | 'none';
  politicalTheory: 'advanced' | 'bachelor' | 'intermediate' | 'elementary' | 'none';
  occupation:
    | 'civil-servant'
    | 'retired'
    | 'armed-forces'
    | 'private-sector'
    | 'state-enterprise'
    | 'student'
    | 'farmer'
    | 'other';
  /** Occupation as typed (`Lao động tự do`, `Kinh doanh`, …). */
  occupationLabel: string;
  exempt: boolean;
  workingAway: boolean;
}

/** A membership movement (biến động). */
export interface SampleMovement {
  date: string;
  type:
    | 'admitted'
    | 'transferred-in'
    | 'transferred-out'
    | 'struck-off'
    | 'deceased'
    | 'internal-transfer';
  memberId: string;
  fullName: string;
  org: string;
  note?: string;
}

/** A position held (chức vụ); `roleText` is the title typed for other roles. */
export interface SamplePosition {
  memberId: string;
  role:
    | 'secretary'
    | 'deputy-secretary'
    | 'committee-member'
    | 'residential-group-head'
    | 'front-committee-head'
    | 'other';
  roleText?: string;
  org?: string;
  since?: string;
}

/** An inspection or supervision (kiểm tra, giám sát). */
export interface SampleInspection {
  ref: string;
  date: string;
  mode: 'inspection' | 'regular-supervision' | 'thematic-supervision';
  subjectType: 'organization' | 'member';
  subject: string;
  content: string;
  finding: 'no-violation';
}

/** One attendee of a course (bồi dưỡng). */
export interface SampleTraining {
  courseId: string;
  courseName: string;
  /** Course kind as typed (a label of the contract). */
  courseKindLabel: string;
  courseKind:
    | 'key-leaders'
    | 'department-leaders'
    | 'party-agency-leaders'
    | 'front-leaders'
    | 'theory-elementary'
    | 'theory-intermediate'
    | 'new-member';
  from: string;
  to: string;
  memberId: string;
  result?: 'completed';
}

/** A cadre-planning entry (quy hoạch). */
export interface SamplePlanning {
  term: string;
  position: string;
  memberId?: string;
  fullName: string;
  /** Only for a candidate off the roster. */
  birthDate?: string;
  /** Only for a candidate off the roster. */
  gender?: 'male' | 'female';
}

/** An annual classification (xếp loại). */
export interface SampleClassification {
  year: number;
  subjectType: 'organization' | 'member';
  subject: string;
  rating: 'excellent' | 'good' | 'fulfilled' | 'not-fulfilled';
}

/** An admission target (chỉ tiêu kết nạp). */
export interface SampleTarget {
  from: string;
  to: string;
  org?: string;
  admissionTarget: number;
}

/** An organisation (tổ chức đảng). */
export interface SampleOrganization {
  code: string;
  name: string;
  kind: 'grassroots-committee' | 'grassroots-cell' | 'subordinate-cell';
  parent?: string;
  /** Category as typed. */
  categoryLabel: string;
  foundedOn?: string;
  eHandbook: boolean;
}

/** Everything the generator produces for the ward. */
export interface SampleWard {
  ward: {
    name: string;
    committee: string;
    superior: string;
    place: string;
    areaKm2: number;
    population: number;
  };
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
