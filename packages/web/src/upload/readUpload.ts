/**
 * Reads an upload from a request into memory, within the size and file-count
 * limits. Nothing is written to disk and nothing of the content is logged.
 *
 * @internal
 * @packageDocumentation
 */
import type { UploadedFile } from '@org/party-import';
import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../errors';
import type { LimitsOptions } from '../options';

/**
 * What a request uploaded: data files (each named by its base name as the
 * browser sent it, NFC) and, optionally, a report template (JSON text).
 */
export interface Upload {
  readonly files: readonly UploadedFile[];
  readonly template?: string;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Reads the body, stopping with 413 as soon as it passes `maxBytes` (whatever Content-Length said). */
export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) {
    throw new PayloadTooLargeError('body', maxBytes);
  }
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new PayloadTooLargeError('body', maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * Reads a body to its end and drops it (up to `maxBytes`, then stops), so an
 * answer given without its data (503 busy) reaches a client that is still
 * sending: closing the connection under it would show the user a network
 * error instead.
 */
export async function discardBody(request: Request, maxBytes: number): Promise<void> {
  if (request.body === null) return;
  const reader = request.body.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return;
      }
    }
  } catch {
    // The client went away: nothing to answer.
  }
}

function baseName(name: string): string {
  const last = name.split(/[\\/]/u).pop() ?? '';
  return last.normalize('NFC').trim();
}

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

const unsupportedBody = () =>
  new UnsupportedMediaTypeError({
    vi: 'Hãy gửi dữ liệu dạng multipart/form-data (một tệp Excel .xlsx, các tệp CSV hoặc một tệp JSON), hoặc một tệp JSON hay .xlsx làm nội dung yêu cầu.',
    en: 'Send the data as multipart/form-data (one .xlsx workbook, CSV files or one JSON file), or a JSON or .xlsx file as the request body.',
  });

/** A request's body as read by the thread that answers: its bytes and how to parse them. */
export interface RawUpload {
  /** The media type, checked: `multipart/form-data`, JSON or a workbook. */
  readonly type: string;
  /** The whole `Content-Type` header (the multipart boundary is in it). */
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/**
 * Reads a request's body within the size limit, after checking its media
 * type (415) and size (413). Cheap: the parse ({@link parseUpload}) may run
 * on another thread.
 */
export async function readRawUpload(request: Request, limits: LimitsOptions): Promise<RawUpload> {
  const type = mediaType(request);
  if (type !== 'multipart/form-data' && type !== 'application/json' && type !== XLSX_TYPE) {
    throw unsupportedBody();
  }
  const bytes = await readBody(request, limits.maxBytes);
  return { type, contentType: request.headers.get('content-type') ?? '', bytes };
}

/**
 * Parses a body read by {@link readRawUpload}: `multipart/form-data` with
 * data files (any field name) and an optional `template` field (JSON text or
 * a .json file), or a bare body that is canonical JSON (`application/json`)
 * or a workbook. Checks the number of files (413).
 */
export async function parseUpload(
  raw: RawUpload,
  limits: Pick<LimitsOptions, 'maxFiles'>,
): Promise<Upload> {
  const { type, bytes: body } = raw;
  if (type === 'application/json') return { files: [{ name: 'du-lieu.json', bytes: body }] };
  if (type === XLSX_TYPE) return { files: [{ name: 'du-lieu.xlsx', bytes: body }] };
  let form: FormData;
  try {
    form = await new Response(body as Uint8Array<ArrayBuffer>, {
      headers: { 'content-type': raw.contentType },
    }).formData();
  } catch {
    throw new BadRequestError({
      vi: 'Nội dung gửi lên không đúng dạng multipart/form-data. Hãy chọn lại tệp và gửi lại.',
      en: 'The body is not valid multipart/form-data. Choose the files again and resend.',
    });
  }
  const entries = [...form.entries()];
  const fileCount = entries.filter(
    ([name, value]) => name !== 'template' && typeof value !== 'string',
  ).length;
  if (fileCount > limits.maxFiles) throw new PayloadTooLargeError('files', limits.maxFiles);
  const files: UploadedFile[] = [];
  let template: string | undefined;
  for (const [name, value] of entries) {
    if (name === 'template') {
      template = typeof value === 'string' ? value : await value.text();
      continue;
    }
    if (typeof value === 'string') continue;
    files.push({
      name: baseName(value.name) || name,
      bytes: new Uint8Array(await value.arrayBuffer()),
    });
  }
  return template === undefined ? { files } : { files, template };
}
