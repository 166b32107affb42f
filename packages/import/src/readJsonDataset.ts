import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { unreadableInput } from './issues';
import { parseJsonDataset } from './json';

/**
 * Reads a ward dataset in canonical JSON form (the file `party import`
 * writes) as an unchecked value, for core `validateDataset`. A UTF-8 BOM is
 * tolerated. The file's bytes are parsed by {@link parseJsonDataset}.
 *
 * @see docs/data-contract.md §1 (one JSON file in the project's canonical form)
 * @throws UnreadableInputError when the file is missing, unreadable or not
 *   JSON; the message is Vietnamese and names the file, never its content,
 *   in Vietnamese and English (`localized`).
 * @example
 * const raw = await readJsonDataset('du-lieu.json');
 * const result = validateDataset(raw, { asOf: '2026-03-01' });
 */
export async function readJsonDataset(path: string): Promise<unknown> {
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw unreadableInput(
      `Không đọc được tệp “${name}”. Hãy kiểm tra đường dẫn và quyền đọc của tệp.`,
      `The file “${name}” cannot be read. Check its path and read permission.`,
    );
  }
  return parseJsonDataset(bytes, name);
}
