import type { PlanningEntry } from '../cadre-planning/planningEntry';
import type { Classification } from '../classification/classification';
import type { Dataset } from '../dataset/dataset';
import type { Inspection } from '../inspection/inspection';
import type { AdmissionTarget } from '../member/admissionTarget';
import type { Member } from '../member/member';
import type { Movement } from '../member/movement';
import type { Position } from '../member/position';
import type { Organization } from '../organization/organization';
import type { TrainingAttendance } from '../training/trainingAttendance';

/**
 * Builders of valid records for tests, in this package and in plugins. Each
 * returns a complete, valid record; pass the fields a test cares about.
 * Names are invented.
 *
 * @example
 * const member = buildMember({ id: 'DV9', birthDate: '1964' });
 */
export function buildOrganization(overrides: Partial<Organization> = {}): Organization {
  return {
    code: 'CB01',
    name: 'Chi bộ Tổ dân phố số 1',
    kind: 'subordinate-cell',
    category: 'residential',
    eHandbook: true,
    ...overrides,
  };
}

/** A valid official member of `CB01`, born 1980, admitted 2005. */
export function buildMember(overrides: Partial<Member> = {}): Member {
  return {
    id: 'DV0001',
    fullName: 'Nguyễn Văn An',
    birthDate: '1980-05-20',
    gender: 'male',
    ethnicity: 'Kinh',
    religion: 'none',
    admittedOn: '2005-03-26',
    officialOn: '2006-03-26',
    org: 'CB01',
    generalEducation: 'upper-secondary',
    professional: 'university',
    politicalTheory: 'elementary',
    occupation: 'civil-servant',
    exempt: false,
    workingAway: false,
    ...overrides,
  };
}

/** A valid admission of `DV0001`. */
export function buildMovement(overrides: Partial<Movement> = {}): Movement {
  return { date: '2025-09-02', type: 'admitted', memberId: 'DV0001', org: 'CB01', ...overrides };
}

/** `DV0001` as secretary of `CB01`. */
export function buildPosition(overrides: Partial<Position> = {}): Position {
  return { memberId: 'DV0001', role: 'secretary', org: 'CB01', ...overrides };
}

/** A concluded inspection of `CB01` with no violation. */
export function buildInspection(overrides: Partial<Inspection> = {}): Inspection {
  return {
    ref: '15-QĐ/ĐU',
    date: '2025-10-15',
    mode: 'inspection',
    subjectType: 'organization',
    subject: 'CB01',
    content: 'Thực hiện nghị quyết năm',
    finding: 'no-violation',
    ...overrides,
  };
}

/** `DV0001` completing an elementary political-theory course. */
export function buildTrainingAttendance(
  overrides: Partial<TrainingAttendance> = {},
): TrainingAttendance {
  return {
    courseId: 'L01',
    courseName: 'Lớp sơ cấp lý luận chính trị',
    courseKind: 'theory-elementary',
    from: '2025-09-08',
    to: '2025-10-10',
    memberId: 'DV0001',
    result: 'completed',
    ...overrides,
  };
}

/** `DV0001` planned as cell secretary for 2025-2030. */
export function buildPlanningEntry(overrides: Partial<PlanningEntry> = {}): PlanningEntry {
  return { term: '2025-2030', position: 'Bí thư chi bộ', memberId: 'DV0001', ...overrides };
}

/** `DV0001` rated good for 2025. */
export function buildClassification(overrides: Partial<Classification> = {}): Classification {
  return { year: 2025, subjectType: 'member', subject: 'DV0001', rating: 'good', ...overrides };
}

/** A ward-wide admission target for the second half of 2025. */
export function buildAdmissionTarget(overrides: Partial<AdmissionTarget> = {}): AdmissionTarget {
  return { from: '2025-07-01', to: '2026-06-30', admissionTarget: 10, ...overrides };
}

/**
 * A small valid dataset: one cell `CB01` with three official members
 * (`DV0001`–`DV0003`), and one record of every other kind. Validates with no
 * issue at all on 2026-03-01.
 */
export function buildDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    version: 1,
    asOf: '2026-03-01',
    ward: {
      name: 'Đảng bộ phường Mẫu',
      committee: 'Đảng ủy phường Mẫu',
      superior: 'Đảng bộ thành phố Hải Phòng',
      place: 'Hải Phòng',
      areaKm2: 12.5,
      population: 10234,
    },
    organizations: [buildOrganization()],
    members: [
      buildMember(),
      buildMember({
        id: 'DV0002',
        fullName: 'Trần Thị Bình',
        gender: 'female',
        birthDate: '1990-11-02',
        admittedOn: '2015-05-19',
        officialOn: '2016-05-19',
      }),
      buildMember({
        id: 'DV0003',
        fullName: 'Lê Văn Cường',
        birthDate: '1958-01-15',
        admittedOn: '1985-02-03',
        officialOn: '1986-02-03',
        occupation: 'retired',
      }),
    ],
    movements: [buildMovement({ memberId: 'DV0004', type: 'transferred-out', date: '2025-08-01' })],
    positions: [buildPosition()],
    inspections: [buildInspection()],
    training: [buildTrainingAttendance()],
    planning: [buildPlanningEntry()],
    classifications: [buildClassification()],
    admissionTargets: [buildAdmissionTarget()],
    ...overrides,
  };
}
