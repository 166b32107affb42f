/** The media type of the XLSX template and sample. */
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function attachment(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/gu, '')
    .replace(/["\\]/gu, '');
  return `attachment; filename="${ascii || 'tai-ve'}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * A file as a download (tải về): its media type, `Content-Disposition:
 * attachment` with an ASCII name and the UTF-8 one, never cached.
 *
 * @internal
 */
export function download(
  bytes: Uint8Array,
  mediaType: string,
  fileName: string,
  extra: Record<string, string> = {},
): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': mediaType,
      'Content-Disposition': attachment(fileName),
      'Cache-Control': 'no-store',
      ...extra,
    },
  });
}

/** A value quoted in a message, cut to 40 characters. @internal */
export const shown = (value: string): string =>
  value.length > 40 ? `${value.slice(0, 39)}…` : value;
