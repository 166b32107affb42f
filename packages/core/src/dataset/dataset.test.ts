import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Member } from '../member/member';
import { buildDataset } from '../testing/builders';
import { Dataset, datasetJsonSchema } from './dataset';

describe('Dataset', () => {
  it('locks the committed JSON Schema of the canonical dataset', async () => {
    const text = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
    await expect(text).toMatchFileSnapshot('../../schema/dataset.schema.json');
  });

  it('describes every collection and marks organisations and members required', () => {
    const schema = datasetJsonSchema() as {
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.required).toEqual(['organizations', 'members']);
    expect(Object.keys(schema.properties)).toEqual([
      'version',
      'asOf',
      'ward',
      'organizations',
      'members',
      'movements',
      'positions',
      'inspections',
      'training',
      'planning',
      'classifications',
      'admissionTargets',
    ]);
  });

  it('parses what the builders make, unchanged', () => {
    expect(Dataset.parse(buildDataset())).toEqual(buildDataset());
  });

  it('has types inferred from the schemas', () => {
    expectTypeOf<Dataset>().toEqualTypeOf<z.infer<typeof Dataset>>();
    expectTypeOf<Dataset['members'][number]>().toEqualTypeOf<Member>();
    expectTypeOf<Member['gender']>().toEqualTypeOf<'male' | 'female'>();
    expectTypeOf<Member['officialOn']>().toEqualTypeOf<string | undefined>();
  });
});
