/**
 * `@org/party-web`: the web adapter of the party toolkit, a Hono app (or a
 * Web-standard handler) that validates a ward's data, computes its figures
 * and renders reports over HTTP, with a Vietnamese page for ward offices.
 * Node glue is in `@org/party-web/node`.
 *
 * @packageDocumentation
 */
export { DEFAULT_RENDERERS } from '@org/party-renderers';
export { createPartyApp, createPartyHandler } from './app';
export type { PageAssets, PageAssetsLoader } from './assets';
export type { Deadline } from './deadline';
export type { DueAnswer, DueAsk, DueFile } from './due';
export { ERROR_STATUS } from './errorResponse';
export {
  AuthNotConfiguredError,
  BadRequestError,
  NotFoundError,
  PartyWebError,
  PayloadTooLargeError,
  RequestTimeoutError,
  ServiceBusyError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  WEB_ERROR_CODES,
  type WebErrorCode,
} from './errors';
export { type OpenApiInfo, openApiDocument } from './openapi';
export {
  AuthOptions,
  LimitsOptions,
  MIN_TOKEN_LENGTH,
  PartyAppConfig,
  type PartyAppConfigInput,
  type PartyAppOptions,
  type ReportBuilder,
  type ReportInput,
  type SampleWorkbook,
} from './options';
export type { RenderedReport } from './report';
export {
  BadgesQuery,
  DueQuery,
  DueResponse,
  ErrorResponse,
  FindingsQuery,
  FindingsResponse,
  HealthResponse,
  IssueCounts,
  IssueGroup,
  Lang,
  RecordCounts,
  ReportQuery,
  ReportWindow,
  StatsQuery,
  ValidateQuery,
  ValidateResponse,
  WebIssue,
} from './schemas';
export type { RawUpload, Upload } from './upload/readUpload';
export type {
  ImportJob,
  ImportOutcome,
  ImportRunner,
  ImportSlot,
  ReportAsk,
  UploadTask,
} from './upload/runner';
