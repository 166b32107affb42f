/**
 * Where the import of an upload runs: inline on the calling thread (the
 * default of `createPartyApp`, any runtime), or on a worker pool that
 * `serve` from `@org/party-web/node` plugs in. Errors cross a thread
 * boundary as plain values and come back as the same classes, so
 * `errorResponse` maps them as if they were thrown here.
 *
 * @internal
 * @packageDocumentation
 */
import {
  InvalidArgumentError,
  InvalidDatasetError,
  PartyError,
  UnreadableInputError,
} from '@org/party-core';
import type { ImportResult, UploadedFile } from '@org/party-import';
import { type Deadline, withDeadline } from '../deadline';
import {
  BadRequestError,
  PartyWebError,
  PayloadTooLargeError,
  RequestTimeoutError,
  ServiceBusyError,
  UnsupportedMediaTypeError,
} from '../errors';
import { importUpload } from './importUpload';

/** One import to run: the uploaded files, the reference date and the time it may take. */
export interface ImportJob {
  readonly files: readonly UploadedFile[];
  readonly asOf: string | undefined;
  /** The request's time limit in milliseconds (a worker keeps its own deadline). */
  readonly timeoutMs: number;
}

/**
 * Runs imports (trình chạy): inline by default; `serve` gives a worker
 * pool's. Throws `ServiceBusyError` (503) when it cannot take the job now.
 */
export type ImportRunner = (job: ImportJob, deadline: Deadline) => Promise<ImportResult>;

/** The default runner: the import on the calling thread. */
export const inlineRunner: ImportRunner = (job, deadline) =>
  importUpload(job.files, job.asOf, deadline);

/** Runs a job in a worker: the same import under the worker's own deadline. */
export function runImportJob(job: ImportJob): Promise<ImportResult> {
  return withDeadline(job.timeoutMs, (deadline) => importUpload(job.files, job.asOf, deadline));
}

/** An error as a structured-clonable value. */
export interface SentError {
  readonly kind: string;
  readonly message: string;
  readonly fields: Record<string, unknown>;
}

const KINDS: Record<string, { prototype: object }> = {
  PartyError,
  InvalidArgumentError,
  UnreadableInputError,
  InvalidDatasetError,
  PartyWebError,
  BadRequestError,
  PayloadTooLargeError,
  RequestTimeoutError,
  ServiceBusyError,
  UnsupportedMediaTypeError,
};

/** The error as a value a worker can post: its class name, message and own fields. */
export function sendError(error: unknown): SentError {
  if (!(error instanceof Error)) return { kind: 'Error', message: String(error), fields: {} };
  const known = error instanceof PartyError || error instanceof PartyWebError;
  const proto = Object.getPrototypeOf(error);
  const kind = known
    ? (Object.keys(KINDS).find((name) => KINDS[name]?.prototype === proto) ?? 'Error')
    : 'Error';
  const fields: Record<string, unknown> = {};
  if (known) {
    for (const [key, value] of Object.entries(error)) {
      if (key !== 'cause') fields[key] = value;
    }
  }
  return { kind, message: error.message, fields };
}

/** The error again, of its class (`instanceof` and `code` as thrown). */
export function receiveError(sent: SentError): Error {
  const proto = KINDS[sent.kind]?.prototype ?? Error.prototype;
  const error = Object.create(proto) as Error;
  Object.defineProperty(error, 'message', { value: sent.message, writable: true });
  Object.assign(error, sent.fields);
  return error;
}
