/**
 * Random access to the parts of a ZIP archive held in memory (an XLSX
 * workbook is one): the central directory is read once, and each part is
 * inflated on demand, chunk by chunk, as text. Only stored and deflated parts
 * are read, with `DecompressionStream` (the web platform's inflater: browsers,
 * workers and Node 20.12+), so this runs anywhere and adds no dependency.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const STORED_SLICE = 1 << 20;

/** One part of the archive, not yet inflated. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly data: Uint8Array;
}

/**
 * Every part of the archive in the order of its central directory, duplicate
 * names included; `undefined` when the bytes are not a ZIP archive we can
 * read (no directory, a damaged entry, ZIP64, a compression other than
 * stored and deflated).
 */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  if (end === undefined) return undefined;
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset + directorySize > end) return undefined;
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) return undefined;
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const localOffset = view.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) return undefined;
    if (at + 46 + nameLength > end) return undefined;
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const data = entryData(view, localOffset, compressedSize);
    if (data === undefined || (method !== STORED && method !== DEFLATED)) return undefined;
    entries.push({ name, method, data });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The parts of the archive by name (the last of a repeated name); `undefined` as for {@link zipDirectory}. */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> | undefined {
  const entries = zipDirectory(bytes);
  return entries && new Map(entries.map((entry) => [entry.name, entry]));
}

/** The entry's text, chunk by chunk (UTF-8), inflated as it is read. */
export async function* entryText(entry: ZipEntry): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  if (entry.method === STORED) {
    // A part stored without compression is still given in slices.
    for (let at = 0; at < entry.data.byteLength; at += STORED_SLICE) {
      const text = decoder.decode(entry.data.subarray(at, at + STORED_SLICE), { stream: true });
      if (text !== '') yield text;
    }
    const rest = decoder.decode();
    if (rest !== '') yield rest;
    return;
  }
  const data = entry.data;
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(data);
      controller.close();
    },
  });
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const text = decoder.decode(value, { stream: true });
      if (text !== '') yield text;
    }
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  } finally {
    // Stops the inflater when the reader is left early (a row found, an error).
    await reader.cancel().catch(() => undefined);
  }
}

/** The entry's whole text (for the small parts: workbook, relationships, styles). */
export async function wholeText(entry: ZipEntry): Promise<string> {
  let text = '';
  for await (const chunk of entryText(entry)) text += chunk;
  return text;
}

function endOfDirectory(view: DataView): number | undefined {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return undefined;
}

function entryData(view: DataView, at: number, size: number): Uint8Array | undefined {
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + size > view.byteLength) return undefined;
  return new Uint8Array(view.buffer, view.byteOffset + start, size);
}
