import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { unreadableInput } from './issues';

/**
 * Reads a ward dataset in canonical JSON form (the file `party import`
 * writes) as an unchecked value, for core `validateDataset`. A UTF-8 BOM is
 * tolerated.
 *
 * @see docs/data-contract.md §1 (one JSON file in the project's canonical form)
 * @throws UnreadableInputError when the file is missing, unreadable or not
 *   JSON; the message is Vietnamese and names the file, never its content,
 *   with English in `messageEn`.
 * @example
 * const raw = await readJsonDataset('du-lieu.json');
 * const result = validateDataset(raw, { asOf: '2026-03-01' });
 */
export async function readJsonDataset(path: string): Promise<unknown> {
  const name = basename(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw unreadableInput(
      `Không đọc được tệp “${name}”. Hãy kiểm tra đường dẫn và quyền đọc của tệp.`,
      `The file “${name}” cannot be read. Check its path and read permission.`,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch {
    // The parser's message quotes the file's content: it is not passed on.
    throw unreadableInput(
      `Tệp “${name}” không phải JSON hợp lệ. Hãy xuất lại dữ liệu bằng lệnh party import, hoặc dùng thư mục CSV hay tệp Excel.`,
      `The file “${name}” is not valid JSON. Export the data again with party import, or use a CSV folder or an Excel workbook.`,
    );
  }
}
