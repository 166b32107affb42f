import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type Dataset, InvalidArgumentError } from '@org/party-core';
import { canonicalJson } from './canonicalJson';

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
export async function writeCanonicalJson(path: string, dataset: Dataset): Promise<void> {
  await writeFileAtomic(path, `${canonicalJson(dataset)}\n`);
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
