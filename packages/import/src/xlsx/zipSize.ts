import { zipDirectory } from './_internal/zipEntries';

/** What {@link measureExpandedSize} found. */
export type ExpandedSize = 'ok' | 'too-large' | 'unreadable';

const STORED = 0;

/**
 * Measures what a ZIP archive (an XLSX workbook is one) holds once unzipped,
 * without keeping it: every entry of the central directory is inflated and
 * its output counted, then dropped, stopping as soon as the total passes
 * `limit`. The sizes an archive declares are not trusted.
 *
 * `unreadable` means the archive cannot be walked: not a ZIP archive, a
 * damaged directory or entry, ZIP64, or a compression other than stored and
 * deflated (which the workbook reader cannot read either).
 *
 * @example
 * await measureExpandedSize(bytes, 100 * 1024 * 1024) // 'ok'
 */
export async function measureExpandedSize(bytes: Uint8Array, limit: number): Promise<ExpandedSize> {
  const entries = zipDirectory(bytes);
  if (entries === undefined) return 'unreadable';
  let total = 0;
  for (const { method, data } of entries) {
    if (method === STORED) {
      total += data.byteLength;
    } else {
      const size = await inflatedSize(data, limit - total);
      if (size === 'too-large' || size === 'unreadable') return size;
      total += size;
    }
    if (total > limit) return 'too-large';
  }
  return 'ok';
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
