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

/** Each corruption changes one field of one record and says the one issue it must raise. */
const CORRUPTIONS: Corruption[] = [
  ...['fullName', 'birthDate', 'gender', 'ethnicity', 'admittedOn', 'org', 'generalEducation'].map(
    (field) => ({
      name: `members: ${field} removed`,
      apply: (data: Data, pick: number) => {
        const { index, item } = nth(data.members, pick);
        delete item[field];
        return `error required @ members[${index}].${field}`;
      },
    }),
  ),
  ...[
    'gender',
    'religion',
    'generalEducation',
    'professional',
    'politicalTheory',
    'occupation',
  ].map((field) => ({
    name: `members: ${field} off the code list`,
    apply: (data: Data, pick: number) => {
      const { index, item } = nth(data.members, pick);
      item[field] = 'không rõ';
      return `error invalid-code @ members[${index}].${field}`;
    },
  })),
  ...['birthDate', 'admittedOn'].map((field) => ({
    name: `members: ${field} impossible`,
    apply: (data: Data, pick: number) => {
      const { index, item } = nth(data.members, pick);
      item[field] = '2026-02-31';
      return `error invalid-date @ members[${index}].${field}`;
    },
  })),
  {
    name: 'members: exempt not a yes/no',
    apply: (data, pick) => {
      const { index, item } = nth(data.members, pick);
      item.exempt = 'có lẽ';
      return `error invalid-type @ members[${index}].exempt`;
    },
  },
  {
    name: 'members: org unknown',
    apply: (data, pick) => {
      const { index, item } = nth(data.members, pick);
      item.org = 'KHONG-CO';
      return `error unknown-organization @ members[${index}].org`;
    },
  },
  ...['kind', 'category'].map((field) => ({
    name: `organizations: ${field} off the code list`,
    apply: (data: Data, pick: number) => {
      const { index, item } = nth(data.organizations, pick);
      item[field] = 'không rõ';
      return `error invalid-code @ organizations[${index}].${field}`;
    },
  })),
  {
    name: 'organizations: name removed',
    apply: (data, pick) => {
      const { index, item } = nth(data.organizations, pick);
      delete item.name;
      return `error required @ organizations[${index}].name`;
    },
  },
  {
    name: 'positions: member unknown',
    apply: (data, pick) => {
      const { index, item } = nth(data.positions, pick);
      item.memberId = 'KHONG-CO';
      return `error unknown-member @ positions[${index}].memberId`;
    },
  },
  {
    name: 'classifications: rating off the code list',
    apply: (data, pick) => {
      const { index, item } = nth(data.classifications, pick);
      item.rating = 'tot';
      return `error invalid-code @ classifications[${index}].rating`;
    },
  },
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
