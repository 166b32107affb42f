/**
 * The sample ward as the files of the data contract: one table per file,
 * Vietnamese headers, Vietnamese labels as a ward office types them, dates
 * `dd/mm/yyyy`. The same tables feed the CSV folder and the workbook.
 */
import {
  COLLECTION_FILES,
  FIELD_HEADERS,
  Findings,
  Genders,
  InspectionModes,
  MovementTypes,
  OrganizationKinds,
  PoliticalTheoryLevels,
  PositionRoles,
  ProfessionalLevels,
  Ratings,
  SubjectTypes,
  TrainingResults,
} from '@org/party-core';
import type { SampleWard } from './model';

/** One cell: text, a calendar date (ISO), or a number with the text a CSV shows for it. */
export type SampleCell =
  | string
  | { readonly date: string }
  | { readonly number: number; readonly text: string };

/** One file of the dataset: its CSV name, its sheet name, header and rows. */
export interface SampleTable {
  /** CSV file name without `.csv`. */
  readonly file: string;
  /** Sheet name in the workbook. */
  readonly sheet: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly SampleCell[])[];
}

const yesNo = (value: boolean): string => (value ? 'Có' : 'Không');
const date = (iso: string | undefined): SampleCell => (iso === undefined ? '' : { date: iso });
const integer = (value: number): SampleCell => ({
  number: value,
  text: new Intl.NumberFormat('vi-VN').format(value),
});

function table(
  key: keyof typeof COLLECTION_FILES,
  header: readonly string[],
  rows: readonly (readonly SampleCell[])[],
): SampleTable {
  const { file, sheet } = COLLECTION_FILES[key];
  return { file, sheet, header, rows };
}

/** Turns the generated ward into the ten tables of the data contract, in its order. */
export function sampleTables(ward: SampleWard): SampleTable[] {
  const h = FIELD_HEADERS;
  const w = ward.ward;
  const wardRows: SampleCell[][] = [
    [h.ward.name, w.name],
    [h.ward.committee, w.committee],
    [h.ward.superior, w.superior],
    [h.ward.place, w.place],
    [h.ward.areaKm2, { number: w.areaKm2, text: String(w.areaKm2).replace('.', ',') }],
    [h.ward.population, integer(w.population)],
  ];
  return [
    table('ward', ['Trường', 'Giá trị'], wardRows),
    table(
      'organizations',
      [
        h.organizations.code,
        h.organizations.name,
        h.organizations.kind,
        h.organizations.parent,
        h.organizations.category,
        h.organizations.foundedOn,
        h.organizations.eHandbook,
        h.organizations.congressOn,
        h.organizations.termYears,
      ],
      ward.organizations.map((o) => [
        o.code,
        o.name,
        OrganizationKinds.labels[o.kind].vi,
        o.parent ?? '',
        o.categoryLabel,
        date(o.foundedOn),
        yesNo(o.eHandbook),
        date(o.congressOn),
        o.termYears === undefined ? '' : integer(o.termYears),
      ]),
    ),
    table(
      'members',
      [
        h.members.id,
        h.members.fullName,
        h.members.birthDate,
        h.members.gender,
        h.members.ethnicity,
        h.members.religion,
        h.members.admittedOn,
        h.members.officialOn,
        h.members.org,
        h.members.generalEducation,
        h.members.professional,
        h.members.politicalTheory,
        h.members.occupation,
        h.members.exempt,
        h.members.workingAway,
      ],
      ward.members.map((m) => [
        m.id,
        m.fullName,
        date(m.birthDate),
        Genders.labels[m.gender].vi,
        m.ethnicity,
        m.religionLabel,
        date(m.admittedOn),
        date(m.officialOn),
        m.org,
        m.generalEducationLabel,
        ProfessionalLevels.labels[m.professional].vi,
        PoliticalTheoryLevels.labels[m.politicalTheory].vi,
        m.occupationLabel,
        m.exempt ? 'x' : '',
        m.workingAway ? 'x' : '',
      ]),
    ),
    table(
      'movements',
      [
        h.movements.date,
        h.movements.type,
        h.movements.memberId,
        h.movements.fullName,
        h.movements.org,
        h.movements.note,
      ],
      ward.movements.map((m) => [
        date(m.date),
        MovementTypes.labels[m.type].vi,
        m.memberId,
        m.fullName,
        m.org,
        m.note ?? '',
      ]),
    ),
    table(
      'positions',
      [h.positions.memberId, h.positions.role, h.positions.org, h.positions.since],
      ward.positions.map((p) => [
        p.memberId,
        p.role === 'other' ? (p.roleText ?? '') : PositionRoles.labels[p.role].vi,
        p.org ?? '',
        date(p.since),
      ]),
    ),
    table(
      'inspections',
      [
        h.inspections.ref,
        h.inspections.date,
        h.inspections.mode,
        h.inspections.subjectType,
        h.inspections.subject,
        h.inspections.content,
        h.inspections.finding,
        h.inspections.discipline,
      ],
      ward.inspections.map((i) => [
        i.ref,
        date(i.date),
        InspectionModes.labels[i.mode].vi,
        SubjectTypes.labels[i.subjectType].vi,
        i.subject,
        i.content,
        Findings.labels[i.finding].vi,
        '',
      ]),
    ),
    table(
      'training',
      [
        h.training.courseId,
        h.training.courseName,
        h.training.courseKind,
        h.training.from,
        h.training.to,
        h.training.memberId,
        h.training.result,
      ],
      ward.training.map((t) => [
        t.courseId,
        t.courseName,
        t.courseKindLabel,
        date(t.from),
        date(t.to),
        t.memberId,
        t.result === undefined ? '' : TrainingResults.labels[t.result].vi,
      ]),
    ),
    table(
      'planning',
      [
        h.planning.term,
        h.planning.position,
        h.planning.memberId,
        h.planning.fullName,
        h.planning.birthDate,
        h.planning.gender,
      ],
      ward.planning.map((p) => [
        p.term,
        p.position,
        p.memberId ?? '',
        p.fullName,
        date(p.birthDate),
        p.gender === undefined ? '' : Genders.labels[p.gender].vi,
      ]),
    ),
    table(
      'classifications',
      [
        h.classifications.year,
        h.classifications.subjectType,
        h.classifications.subject,
        h.classifications.rating,
      ],
      ward.classifications.map((c) => [
        { number: c.year, text: String(c.year) },
        SubjectTypes.labels[c.subjectType].vi,
        c.subject,
        Ratings.labels[c.rating].vi,
      ]),
    ),
    table(
      'admissionTargets',
      [
        h.admissionTargets.from,
        h.admissionTargets.to,
        h.admissionTargets.org,
        h.admissionTargets.admissionTarget,
      ],
      ward.admissionTargets.map((t) => [
        date(t.from),
        date(t.to),
        t.org ?? '',
        integer(t.admissionTarget),
      ]),
    ),
  ];
}
