import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { validateDataset } from '../src/validation/validateDataset';
import { validDatasetArb } from './arbitraries';
import { briefs } from './helpers';

type Loose = Record<string, unknown>;
type Data = {
  ward: Loose;
  organizations: Loose[];
  members: Loose[];
  positions: Loose[];
  classifications: Loose[];
  admissionTargets: Loose[];
};
type Corruption = { name: string; apply: (data: Data, pick: number) => string };

const nth = <T>(list: readonly T[], pick: number) => ({
  index: pick % list.length,
  item: list[pick % list.length] as T,
});

/** Marks a field to delete rather than set. */
const REMOVED = Symbol('removed');

/**
 * The corruption named `${collection}: ${what}`: it sets `field` of one record
 * of `collection` to `value` (deletes it for {@link REMOVED}) and expects the
 * error `code` on that field.
 */
const corrupt = (
  collection: Exclude<keyof Data, 'ward'>,
  field: string,
  value: unknown,
  code: string,
  what: string,
): Corruption => ({
  name: `${collection}: ${what}`,
  apply: (data, pick) => {
    const { index, item } = nth(data[collection], pick);
    if (value === REMOVED) delete item[field];
    else item[field] = value;
    return `error ${code} @ ${collection}[${index}].${field}`;
  },
});

/** Each corruption changes one field of one record and says the one issue it must raise. */
const CORRUPTIONS: Corruption[] = [
  ...['fullName', 'birthDate', 'gender', 'ethnicity', 'admittedOn', 'org', 'generalEducation'].map(
    (field) => corrupt('members', field, REMOVED, 'required', `${field} removed`),
  ),
  ...[
    'gender',
    'religion',
    'generalEducation',
    'professional',
    'politicalTheory',
    'occupation',
  ].map((field) =>
    corrupt('members', field, 'không rõ', 'invalid-code', `${field} off the code list`),
  ),
  ...['birthDate', 'admittedOn'].map((field) =>
    corrupt('members', field, '2026-02-31', 'invalid-date', `${field} impossible`),
  ),
  corrupt('members', 'exempt', 'có lẽ', 'invalid-type', 'exempt not a yes/no'),
  corrupt('members', 'org', 'KHONG-CO', 'unknown-organization', 'org unknown'),
  ...['kind', 'category'].map((field) =>
    corrupt('organizations', field, 'không rõ', 'invalid-code', `${field} off the code list`),
  ),
  corrupt('organizations', 'name', REMOVED, 'required', 'name removed'),
  corrupt('positions', 'memberId', 'KHONG-CO', 'unknown-member', 'member unknown'),
  corrupt('classifications', 'rating', 'tot', 'invalid-code', 'rating off the code list'),
  {
    name: 'admissionTargets: negative target',
    apply: (data) => {
      (data.admissionTargets[0] as Loose).admissionTarget = -1;
      return 'error invalid-value @ admissionTargets[0].admissionTarget';
    },
  },
  {
    name: 'ward: population not a whole number',
    apply: (data) => {
      data.ward.population = 27.5;
      return 'error invalid-type @ ward.population';
    },
  },
];

describe('validateDataset properties', () => {
  test.prop([validDatasetArb], { numRuns: 150 })('a valid dataset validates clean', (dataset) => {
    const result = validateDataset(dataset);
    expect(briefs(result.issues)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.data).toEqual(dataset);
  });

  test.prop([validDatasetArb, fc.integer({ min: 0, max: CORRUPTIONS.length - 1 }), fc.nat()], {
    numRuns: 300,
  })('corrupting one field yields exactly the expected issue', (dataset, which, pick) => {
    const data = structuredClone(dataset) as unknown as Data;
    const corruption = CORRUPTIONS[which] as Corruption;
    const expected = corruption.apply(data, pick);
    const result = validateDataset(data);
    expect(briefs(result.issues), corruption.name).toEqual([expected]);
    expect(result.ok).toBe(!expected.startsWith('error'));
  });

  test.prop([fc.anything()])('never throws, whatever the input', (input) => {
    const result = validateDataset(input);
    expect(Array.isArray(result.issues)).toBe(true);
  });
});
