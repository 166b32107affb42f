import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import {
  DATASET_COLLECTIONS,
  Dataset,
  type Dataset as DatasetType,
  InvalidArgumentError,
  Ward,
} from '@org/party-core';

/**
 * Writes a dataset as the canonical JSON file (tệp JSON chuẩn) that
 * `party import` produces: pretty-printed with two spaces, UTF-8 without BOM,
 * a trailing newline, and keys in the order of the core schema (top level,
 * ward, and every record of every collection), whatever order the object was
 * built in. Keys the schema does not know are kept after the known ones.
 *
 * The file is written atomically: to a temporary file in the same folder, then
 * renamed over the target, so a reader never sees half a file.
 *
 * @see docs/data-contract.md §1 (canonical JSON input)
 * @throws InvalidArgumentError when the file cannot be written (the message names it).
 * @example
 * await writeCanonicalJson('phuong-duong-kinh.json', dataset);
 */
export async function writeCanonicalJson(path: string, dataset: DatasetType): Promise<void> {
  await writeFileAtomic(path, `${canonicalJson(dataset)}\n`);
}

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

/**
 * Writes a file atomically: a temporary file beside it, then a rename.
 *
 * @throws InvalidArgumentError when the file cannot be written.
 * @example
 * await writeFileAtomic('out/dang-vien.csv', '\uFEFFMã đảng viên\r\n');
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (cause) {
    await rm(temporary, { force: true });
    throw new InvalidArgumentError(
      `Không ghi được tệp “${basename(path)}”. Hãy kiểm tra thư mục và quyền ghi.`,
      { cause },
    );
  }
}
