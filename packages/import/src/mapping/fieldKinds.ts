import type { CollectionName, RecordInput, Ward } from '@org/party-core';

/**
 * How a cell of a field is read (cách đọc một ô):
 * - `text`: free text, NFC and trimmed;
 * - `id`: an identifier or code kept as text (leading zeros kept, a number
 *   cell becomes its full integer text);
 * - `code`: a label or code of the field's code list;
 * - `code-or-other`: the same, anything else is `other`;
 * - `role`: a position role, anything else is `other` with the text kept in `roleText`;
 * - `education`: a general-education label or a grade notation `g/12`, `g/10`;
 * - `date`: a full date; `partial-date`: a full date or a bare year;
 * - `yes-no`: `Có`/`Không`, `x`/empty, `1`/`0`, `true`/`false`;
 * - `yes-no-or-date`: yes/no, or the date from which it holds (contract §4.1);
 * - `integer`, `decimal`: numbers, with `.` as thousands separator before three digits.
 */
export type FieldKind =
  | 'text'
  | 'id'
  | 'code'
  | 'code-or-other'
  | 'role'
  | 'education'
  | 'date'
  | 'partial-date'
  | 'yes-no'
  | 'yes-no-or-date'
  | 'integer'
  | 'decimal';

/** The kind of every field of a record. */
export type FieldKindMap<T> = { readonly [F in keyof Required<T>]: FieldKind };

/**
 * The {@link FieldKind} of every field of the ward record and of every
 * collection, following the value columns of the data contract.
 *
 * @see docs/data-contract.md §1.1–1.10
 * @example
 * FIELD_KINDS.members.birthDate // 'partial-date'
 */
export const FIELD_KINDS: { readonly [K in CollectionName]: FieldKindMap<RecordInput<K>> } & {
  readonly ward: FieldKindMap<Ward>;
} = {
  ward: {
    name: 'text',
    committee: 'text',
    superior: 'text',
    place: 'text',
    areaKm2: 'decimal',
    population: 'integer',
    dataDate: 'date',
    movementsFrom: 'date',
  },
  organizations: {
    code: 'id',
    name: 'text',
    kind: 'code',
    parent: 'id',
    category: 'code',
    foundedOn: 'date',
    dissolvedOn: 'date',
    mergedInto: 'id',
    eHandbook: 'yes-no',
    congressOn: 'date',
    termYears: 'decimal',
  },
  members: {
    id: 'id',
    fullName: 'text',
    birthDate: 'partial-date',
    gender: 'code',
    ethnicity: 'text',
    religion: 'code-or-other',
    admittedOn: 'date',
    officialOn: 'date',
    org: 'id',
    generalEducation: 'education',
    professional: 'code',
    politicalTheory: 'code',
    occupation: 'code',
    exempt: 'yes-no-or-date',
    workingAway: 'yes-no',
    partyAgeGapMonths: 'integer',
    leftOn: 'date',
  },
  movements: {
    date: 'date',
    type: 'code',
    memberId: 'id',
    fullName: 'text',
    org: 'id',
    fromOrg: 'id',
    note: 'text',
  },
  positions: {
    memberId: 'id',
    role: 'role',
    roleText: 'text',
    org: 'id',
    since: 'date',
    until: 'date',
  },
  inspections: {
    ref: 'id',
    date: 'date',
    mode: 'code',
    subjectType: 'code',
    subject: 'id',
    content: 'text',
    finding: 'code',
    discipline: 'code',
    violationOn: 'date',
  },
  training: {
    courseId: 'id',
    courseName: 'text',
    courseKind: 'code-or-other',
    from: 'date',
    to: 'date',
    memberId: 'id',
    result: 'code',
  },
  planning: {
    term: 'text',
    position: 'text',
    memberId: 'id',
    fullName: 'text',
    birthDate: 'partial-date',
    gender: 'code',
    seats: 'integer',
  },
  classifications: {
    year: 'integer',
    subjectType: 'code',
    subject: 'id',
    rating: 'code',
    score: 'decimal',
  },
  admissionTargets: { from: 'date', to: 'date', org: 'id', admissionTarget: 'integer' },
};
