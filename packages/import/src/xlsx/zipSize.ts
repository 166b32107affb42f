/** What {@link measureExpandedSize} found. */
export type ExpandedSize = 'ok' | 'too-large' | 'unreadable';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * Measures what a ZIP archive (an XLSX workbook is one) holds once unzipped,
 * without keeping it: every entry of the central directory is inflated and
 * its output counted, then dropped, stopping as soon as the total passes
 * `limit`. The sizes an archive declares are not trusted.
 *
 * `unreadable` means the archive cannot be walked: not a ZIP archive, a
 * damaged directory or entry, ZIP64, or a compression other than stored and
 * deflated (which the XLSX library cannot read either).
 *
 * @example
 * await measureExpandedSize(bytes, 100 * 1024 * 1024) // 'ok'
 */
export async function measureExpandedSize(bytes: Uint8Array, limit: number): Promise<ExpandedSize> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  if (end === undefined) return 'unreadable';
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset + directorySize > end) return 'unreadable';
  let total = 0;
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) return 'unreadable';
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const localOffset = view.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) return 'unreadable';
    const data = entryData(view, localOffset, compressedSize);
    if (data === undefined) return 'unreadable';
    if (method === STORED) {
      total += data.byteLength;
    } else if (method === DEFLATED) {
      const size = await inflatedSize(data, limit - total);
      if (size === 'too-large' || size === 'unreadable') return size;
      total += size;
    } else {
      return 'unreadable';
    }
    if (total > limit) return 'too-large';
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return 'ok';
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

/**
 * Inflates raw DEFLATE data chunk by chunk, counting and dropping the output.
 * `DecompressionStream` is the web platform's inflater (browsers, workers,
 * Node 20.12+, where it is Node's zlib), so this runs anywhere.
 */
async function inflatedSize(
  data: Uint8Array,
  budget: number,
): Promise<number | 'too-large' | 'unreadable'> {
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(data);
      controller.close();
    },
  });
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > budget) {
        // Nothing more is inflated.
        await reader.cancel();
        return 'too-large';
      }
    }
  } catch {
    return 'unreadable';
  }
  return total;
}
