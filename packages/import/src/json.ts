import { unreadableInput } from './issues';

// Decodes as Node's `readFile(path, 'utf8')` does: a BOM is kept, then removed once below.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Parses a ward dataset in canonical JSON form held in memory (an upload;
 * nothing touches the disk) as an unchecked value, for core
 * `validateDataset`, exactly as `readJsonDataset` reads the same file
 * from a path. A UTF-8 BOM is tolerated. `fileName` is what messages name.
 *
 * @see docs/data-contract.md §1 (one JSON file in the project's canonical form)
 * @throws UnreadableInputError when the bytes are not JSON; the message is
 *   Vietnamese and names the file, never its content (the parser's message,
 *   which quotes it, is not passed on), in Vietnamese and English (`localized`).
 * @example
 * const raw = parseJsonDataset(new Uint8Array(await upload.arrayBuffer()), upload.name);
 * const result = validateDataset(raw, { asOf: '2026-03-01' });
 */
export function parseJsonDataset(bytes: Uint8Array, fileName: string): unknown {
  try {
    return JSON.parse(decoder.decode(bytes).replace(/^\uFEFF/u, ''));
  } catch {
    throw unreadableInput(
      `Tệp “${fileName}” không phải JSON hợp lệ. Hãy xuất lại dữ liệu bằng lệnh party import, hoặc dùng thư mục CSV hay tệp Excel.`,
      `The file “${fileName}” is not valid JSON. Export the data again with party import, or use a CSV folder or an Excel workbook.`,
    );
  }
}
