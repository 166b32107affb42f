import { DATASET_COLLECTIONS, Dataset, type Dataset as DatasetType, Ward } from '@org/party-core';

/**
 * The canonical JSON text of a dataset, without the trailing newline.
 *
 * @example
 * JSON.parse(canonicalJson(dataset)) // deep-equals dataset
 */
export function canonicalJson(dataset: DatasetType): string {
  return JSON.stringify(canonicalDataset(dataset), null, 2);
}

function canonicalDataset(dataset: DatasetType): Record<string, unknown> {
  const source = dataset as unknown as Record<string, unknown>;
  const collections = DATASET_COLLECTIONS as unknown as Record<string, { shape: object }>;
  const ordered = orderKeys(source, Object.keys(Dataset.shape));
  for (const [key, value] of Object.entries(ordered)) {
    const schema = collections[key];
    if (schema && Array.isArray(value)) {
      const keys = Object.keys(schema.shape);
      ordered[key] = value.map((record) => orderRecord(record, keys));
    }
  }
  if (ordered.ward !== undefined) ordered.ward = orderRecord(ordered.ward, Object.keys(Ward.shape));
  return ordered;
}

function orderRecord(record: unknown, keys: readonly string[]): unknown {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return record;
  return orderKeys(record as Record<string, unknown>, keys);
}

function orderKeys(
  source: Readonly<Record<string, unknown>>,
  keys: readonly string[],
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of keys) if (Object.hasOwn(source, key)) result[key] = source[key];
  for (const key of Object.keys(source)) if (!Object.hasOwn(result, key)) result[key] = source[key];
  return result;
}
