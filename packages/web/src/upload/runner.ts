/**
 * Where the work on an upload runs: inline on the calling thread (the
 * default of `createPartyApp`, any runtime), or on a worker pool that
 * `serve` from `@org/party-web/node` plugs in. The thread that answers only
 * reads the body's bytes; the multipart parse, the import and, for
 * `/validate`, `/stats` and `/due`, the answer itself are made where the job runs,
 * so a worker sends back a small value, not the dataset. Errors cross a
 * thread boundary as plain values and come back as the same classes, so
 * `errorResponse` maps them as if they were thrown here.
 *
 * @internal
 * @packageDocumentation
 */
import {
  computeStats,
  type FindingsMode,
  InvalidArgumentError,
  InvalidDatasetError,
  MissingFiguresError,
  type ParsedReportTemplate,
  PartyError,
  type Stats,
  type StatsWindow,
  UnreadableInputError,
  WindowNotCoveredError,
} from '@org/party-core';
import type { ImportResult } from '@org/party-import';
import { DEFAULT_RENDERERS } from '@org/party-renderers';
import { type Deadline, withDeadline } from '../deadline';
import { type DueAnswer, type DueAsk, dueAnswer } from '../due';
import {
  BadRequestError,
  ForbiddenError,
  NotFoundError,
  PartyWebError,
  PayloadTooLargeError,
  RequestTimeoutError,
  ServiceBusyError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
} from '../errors';
import { countIssues, presentIssues, recordCounts } from '../issues';
import {
  buildRequestedReport,
  findingsBody,
  type RenderedReport,
  type ReportKindAsk,
  renderRequestedReport,
} from '../report';
import type { FindingsResponse, Lang, ValidateResponse } from '../schemas';
import { importUpload } from './importUpload';
import { parseUpload, type RawUpload, type Upload } from './readUpload';

/** What a request wants of its upload: the imported data, its check, its figures, its due list or a report. */
export type UploadTask =
  | { readonly kind: 'import' }
  | { readonly kind: 'validate'; readonly lang: Lang }
  | { readonly kind: 'stats'; readonly window: StatsWindow }
  | { readonly kind: 'due'; readonly ask: DueAsk }
  | ({
      readonly kind: 'report';
      readonly format: string;
      readonly draft: boolean;
      /** `appendix` adds the findings slip; comments only when absent. */
      readonly findings?: FindingsMode | undefined;
    } & ReportAsk)
  | ({ readonly kind: 'findings' } & ReportAsk);

/**
 * A report asked of a worker: only for a host whose report is data (its
 * `template`) and whose renderers are the defaults, which a worker has too.
 */
export interface ReportAsk {
  readonly window: StatsWindow;
  readonly narrative: 'generic' | undefined;
  /** The host's template (`createPartyApp({ template })`), used when the upload sends none. */
  readonly template: ParsedReportTemplate | undefined;
  /** A report written from the data alone (`kind=xep-loai`), instead of the narrative's. */
  readonly reportKind?: ReportKindAsk | undefined;
}

/** One upload to work on: the body as read, the limits, the reference date and the task. */
export interface ImportJob {
  readonly raw: RawUpload;
  readonly maxFiles: number;
  readonly asOf: string | undefined;
  /** The request's time limit in milliseconds (a worker keeps its own deadline). */
  readonly timeoutMs: number;
  readonly task: UploadTask;
}

/** What a job gives back, by task. */
export type ImportOutcome =
  | { readonly kind: 'import'; readonly upload: Upload; readonly result: ImportResult }
  | { readonly kind: 'validate'; readonly body: ValidateResponse }
  | { readonly kind: 'stats'; readonly stats: Stats }
  | { readonly kind: 'due'; readonly answer: DueAnswer }
  | { readonly kind: 'report'; readonly report: RenderedReport }
  | { readonly kind: 'findings'; readonly body: FindingsResponse };

/** A place taken for one job: run it once, or give the place back unused. */
export interface ImportSlot {
  run(job: ImportJob, deadline: Deadline): Promise<ImportOutcome>;
  /** Gives the place back (after `run` settles, or when the body could not be read). */
  release(): void;
}

/**
 * Runs the work on uploads (trình chạy): inline by default; `serve` gives a
 * worker pool's. `reserve` takes a place before the body is read and throws
 * `ServiceBusyError` (503) when there is none, so a refused upload costs
 * nothing.
 */
export interface ImportRunner {
  reserve(): ImportSlot;
}

/** The answer of `POST /validate` for an import. */
export function validateBody(result: ImportResult, lang: Lang): ValidateResponse {
  const { name, committee, superior } = result.data.ward;
  return {
    ok: result.ok,
    format: result.format,
    ward: {
      ...(name === undefined ? {} : { name }),
      ...(committee === undefined ? {} : { committee }),
      ...(superior === undefined ? {} : { superior }),
    },
    counts: countIssues(result.issues),
    records: recordCounts(result),
    ...presentIssues(result.issues, lang),
  };
}

/** Does one job on the calling thread: parse, import, then the task's answer. */
export async function runJob(job: ImportJob, deadline: Deadline): Promise<ImportOutcome> {
  const upload = await parseUpload(job.raw, { maxFiles: job.maxFiles });
  deadline.check();
  const result = await importUpload(upload.files, job.asOf, deadline);
  deadline.check();
  switch (job.task.kind) {
    case 'import':
      return { kind: 'import', upload, result };
    case 'validate':
      return { kind: 'validate', body: validateBody(result, job.task.lang) };
    case 'stats': {
      if (!result.ok) throw new InvalidDatasetError(result.issues);
      return { kind: 'stats', stats: computeStats(result.data, job.task.window) };
    }
    case 'due': {
      if (!result.ok) throw new InvalidDatasetError(result.issues);
      return { kind: 'due', answer: await dueAnswer(result.data, job.task.ask) };
    }
    case 'report':
    case 'findings': {
      if (!result.ok) throw new InvalidDatasetError(result.issues);
      const { window, narrative, template, reportKind } = job.task;
      const config = template === undefined ? {} : { template };
      const built = await buildRequestedReport(
        config,
        result.data,
        window,
        upload.template,
        narrative,
        reportKind,
      );
      deadline.check();
      if (job.task.kind === 'findings') return { kind: 'findings', body: findingsBody(built) };
      const { format, draft, findings } = job.task;
      const report = await renderRequestedReport(DEFAULT_RENDERERS, built, format, draft, findings);
      return { kind: 'report', report };
    }
  }
}

/** The default runner: every job on the calling thread, never busy. */
export const inlineRunner: ImportRunner = {
  reserve: () => ({ run: runJob, release: () => undefined }),
};

/** Runs a job in a worker, under the worker's own deadline. */
export function runWorkerJob(job: ImportJob): Promise<ImportOutcome> {
  return withDeadline(job.timeoutMs, (deadline) => runJob(job, deadline));
}

/** An error as a structured-clonable value. */
export interface SentError {
  readonly kind: string;
  readonly message: string;
  readonly fields: Record<string, unknown>;
}

/** The error classes a job may throw; one not listed travels as its nearest listed ancestor. */
const KINDS: Record<string, { prototype: object }> = {
  PartyError,
  InvalidArgumentError,
  UnreadableInputError,
  InvalidDatasetError,
  WindowNotCoveredError,
  MissingFiguresError,
  PartyWebError,
  BadRequestError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  RequestTimeoutError,
  ServiceBusyError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
};

/** The name of the error's class in {@link KINDS}, or of its nearest ancestor there. */
function kindOf(error: Error): string {
  for (
    let proto = Object.getPrototypeOf(error);
    proto !== null;
    proto = Object.getPrototypeOf(proto)
  ) {
    const name = Object.keys(KINDS).find((key) => KINDS[key]?.prototype === proto);
    if (name) return name;
  }
  return 'Error';
}

/** The error as a value a worker can post: its class name, message and own fields. */
export function sendError(error: unknown): SentError {
  if (!(error instanceof Error)) return { kind: 'Error', message: String(error), fields: {} };
  const known = error instanceof PartyError || error instanceof PartyWebError;
  const kind = known ? kindOf(error) : 'Error';
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
