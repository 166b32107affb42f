import { ReportTemplate, Stats } from '@org/party-core';
import { z } from 'zod';
import {
  AuthCheckResponse,
  BadgesQuery,
  DueQuery,
  DueResponse,
  ErrorResponse,
  FindingsQuery,
  FindingsResponse,
  HealthResponse,
  IssueGroup,
  NewTokenRequest,
  NewTokenResponse,
  RegisterAudit,
  RegisterDiff,
  RegisterDiffQuery,
  RegisterImportResponse,
  RegisterStatsQuery,
  RegisterStatsResponse,
  RegisterToken,
  RegisterVersions,
  ReportQuery,
  StatsQuery,
  ValidateQuery,
  ValidateResponse,
  WebIssue,
} from './schemas';

type Json = Record<string, unknown>;

/** What the document describes of one server. */
export interface OpenApiInfo {
  /** The package version. */
  readonly version: string;
  /** The report formats the server renders, with their media types. */
  readonly formats: readonly { readonly format: string; readonly mediaType: string }[];
  /** Whether the data endpoints need a bearer token. */
  readonly auth: boolean;
  /** Whether the server keeps a register (the `/register/…` paths); default false. */
  readonly register?: boolean;
}

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) of a zod schema, its `$defs` moved into the components. */
function componentSchema(
  components: Json,
  name: string,
  schema: z.ZodType,
  io: 'input' | 'output',
): Json {
  const json = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Json;
  const { $schema: _, $defs, ...rest } = json;
  const rewrite = (value: unknown) =>
    JSON.parse(
      JSON.stringify(value).replaceAll('"#/$defs/', `"#/components/schemas/${name}.`),
    ) as Json;
  for (const [key, def] of Object.entries(($defs ?? {}) as Json)) {
    components[`${name}.${key}`] = rewrite(def);
  }
  components[name] = rewrite(rest);
  return { $ref: `#/components/schemas/${name}` };
}

function queryParameters(schema: z.ZodType, text = PARAMETER_TEXT): Json[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  const properties = (json.properties ?? {}) as Record<string, Json>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: required.has(name),
    description: text[name] ?? PARAMETER_TEXT[name] ?? property.description,
    schema: property,
  }));
}

const PARAMETER_TEXT: Record<string, string> = {
  asOf: 'Reference date of the roster (ngày số liệu), yyyy-mm-dd.',
  from: 'First day of the period for movements (từ ngày), yyyy-mm-dd.',
  lang: 'Language of messages: vi (default) or en; Accept-Language is used when absent.',
  format: 'Report format: one of the server’s renderers (docx, html, md by default).',
};

/** The parameters of the due endpoints, whose `from` and `format` differ from the reports'. */
const DUE_PARAMETER_TEXT: Record<string, string> = {
  from: 'First day of the window (từ ngày), yyyy-mm-dd.',
  until: 'Last day of the window (đến ngày), yyyy-mm-dd, not before from.',
  format:
    'json (default): the list; ics (iCalendar with reminders), csv or xlsx: the list as a download.',
  occasion: 'The award occasion (dịp trao): 3/2, 19/5, 2/9 or 7/11 of a year, yyyy-mm-dd.',
};

/** No token needed. */
const open = { security: [] };
/** The 422 of every route that computes figures. */
const UNPROCESSABLE =
  'The data has errors (`invalid-dataset`, listed in `error.issues`), or does not cover the dates asked for (`window-not-covered`: a date after its data date, a period before its complete movements).';

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const upload = (withTemplate: boolean) => ({
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object',
        description:
          'The data: one .xlsx workbook, the .csv files of a CSV folder, or one canonical .json file, under any field name.',
        properties: {
          files: {
            type: 'array',
            items: { type: 'string', contentMediaType: 'application/octet-stream' },
          },
          ...(withTemplate
            ? {
                template: {
                  type: 'string',
                  description:
                    'The ward’s narrative in Markdown (front matter, numbered headings, `{{…}}` placeholders; see docs/report.md) or a report template as JSON (`ReportTemplate`); the server’s own builder is used when absent.',
                },
              }
            : {}),
        },
      },
    },
    'application/json': {
      schema: { type: 'object', description: 'A dataset in canonical JSON form.' },
    },
    [XLSX]: { schema: { type: 'string', contentMediaType: XLSX } },
  },
});

const dataErrors = {
  '400': error(
    'Bad request: missing or invalid parameters, no file, or a file that cannot be read.',
  ),
  '401': error('No valid bearer token.'),
  '413': error('The body or the number of files passes the limits.'),
  '415': error('A body or file kind the server does not read.'),
  '503': error(
    'Busy: every import worker is taken and the queue is full (code busy); retry after Retry-After seconds.',
  ),
  '504': error('Processing passed the time limit.'),
};

const download = (mediaType: string, description: string) => ({
  description,
  headers: {
    'Content-Disposition': { schema: { type: 'string' }, description: 'attachment; filename=…' },
  },
  content: { [mediaType]: { schema: { type: 'string', contentMediaType: mediaType } } },
});

/** The paths that read uploads (and `/health`), their responses referring to the components. */
function dataPaths(
  info: OpenApiInfo,
  refs: { health: Json; validate: Json; stats: Json; findings: Json; due: Json },
): Record<string, Json> {
  const { health, validate, stats, findings, due } = refs;
  return {
    '/health': {
      get: {
        summary: 'Liveness, version, and what the server offers (no token needed).',
        ...open,
        responses: {
          '200': { description: 'Alive.', content: { 'application/json': { schema: health } } },
        },
      },
    },
    '/validate': {
      post: {
        summary:
          'Checks uploaded data and lists its problems with their file, sheet, row and column: every error, then the warnings and notices grouped by kind (at most 200 listed per group, each group counted in full).',
        parameters: queryParameters(ValidateQuery),
        requestBody: upload(false),
        responses: {
          '200': {
            description: 'The check result (also when the data has errors: see `ok`).',
            content: { 'application/json': { schema: validate } },
          },
          ...dataErrors,
        },
      },
    },
    '/stats': {
      post: {
        summary: 'Computes every figure of the reports (the stats object of the data contract).',
        parameters: queryParameters(StatsQuery),
        requestBody: upload(false),
        responses: {
          '200': { description: 'The stats.', content: { 'application/json': { schema: stats } } },
          ...dataErrors,
          '422': error(UNPROCESSABLE),
        },
      },
    },
    '/due': {
      post: {
        summary:
          'What falls due in the window (probation ends, recognition deadlines, party badges, retirements, discipline limitation periods, the new-member course, cell sizes), each with its rule and how its date was computed; members by id only. As JSON, or as an ICS calendar with reminders, CSV or XLSX.',
        parameters: queryParameters(DueQuery, DUE_PARAMETER_TEXT),
        requestBody: upload(false),
        responses: {
          '200': {
            description: 'The due list (format json), or the file (ics, csv, xlsx).',
            headers: {
              'Content-Disposition': {
                schema: { type: 'string' },
                description: 'For a file: attachment; filename=…',
              },
            },
            content: {
              'application/json': { schema: due },
              'text/calendar': { schema: { type: 'string', contentMediaType: 'text/calendar' } },
              'text/csv': { schema: { type: 'string', contentMediaType: 'text/csv' } },
              [XLSX]: { schema: { type: 'string', contentMediaType: XLSX } },
            },
          },
          ...dataErrors,
          '422': error('The data has errors (`invalid-dataset`, listed in `error.issues`).'),
        },
      },
    },
    '/due/badges': {
      post: {
        summary:
          'The list of members proposed for the party badge on one award occasion (danh sách đề nghị tặng Huy hiệu Đảng): names, dates of birth and admission, party age, cell; as a Party document (DOCX) or a workbook (XLSX).',
        parameters: queryParameters(BadgesQuery, DUE_PARAMETER_TEXT),
        requestBody: upload(false),
        responses: {
          '200': {
            description: 'The badge list.',
            headers: {
              'Content-Disposition': {
                schema: { type: 'string' },
                description: 'attachment; filename=…',
              },
            },
            content: {
              'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
                schema: { type: 'string' },
              },
              [XLSX]: { schema: { type: 'string', contentMediaType: XLSX } },
            },
          },
          ...dataErrors,
          '422': error('The data has errors (`invalid-dataset`, listed in `error.issues`).'),
        },
      },
    },
    '/reports': {
      post: {
        summary: 'Builds the report from the data and renders it as a download.',
        parameters: queryParameters(ReportQuery),
        requestBody: upload(true),
        responses: {
          '200': {
            description:
              'The report file. `X-Party-Findings` counts the figures the template states that differ from the computed ones.',
            headers: {
              'Content-Disposition': { schema: { type: 'string' } },
              'X-Party-Findings': { schema: { type: 'integer', minimum: 0 } },
            },
            content: Object.fromEntries(
              info.formats.map(({ mediaType }) => [
                mediaType,
                { schema: { type: 'string', contentMediaType: mediaType } },
              ]),
            ),
          },
          ...dataErrors,
          '422': error(
            `${UNPROCESSABLE} Or the narrative needs figures the data lacks (\`missing-figures\`, the headings and the data they need in the message): ask \`draft=1\` for a draft that marks them. Or, with \`kind=xep-loai\`, the data has no classification for \`year\` (\`year-not-in-data\`, the years it has in the message).`,
          ),
        },
      },
    },
    '/reports/findings': {
      post: {
        summary:
          'Builds the report and lists the figures its template states that differ from the data, with how each was computed, and what the report lacks before it is asked for.',
        parameters: queryParameters(FindingsQuery),
        requestBody: upload(true),
        responses: {
          '200': {
            description:
              'The differing figures (an empty list when all agree), the headings that need data the dataset lacks, and `otherWard` when the narrative names another ward.',
            content: { 'application/json': { schema: findings } },
          },
          ...dataErrors,
          '422': error(UNPROCESSABLE),
        },
      },
    },
  };
}

/** The least role of an operation (`x-party-role`), and its 403 for the roles below it. */
const role = (name: 'officer' | 'administrator') => ({
  'x-party-role': name,
  forbidden: error(
    `The token's role is below ${name} (code forbidden); the message names both roles.`,
  ),
});

/** Adds an operation's role and its 403 to its responses. */
function withRole(operation: Json, name: 'officer' | 'administrator'): Json {
  const { forbidden, ...mark } = role(name);
  return {
    ...operation,
    ...mark,
    responses: { ...(operation.responses as Json), '403': forbidden },
  };
}

const json = (schema: Json, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** The register's paths (sổ đăng ký), when the server keeps one. */
function registerPaths(refs: Record<string, Json>): Record<string, Json> {
  const auth = { '401': error('No valid bearer token.') };
  const missing = error('No such imported version in the register.');
  return {
    '/register/import': {
      post: withRole(
        {
          summary:
            'Keeps the upload as a new version of the register (nhập vào sổ), after the same check as /validate; data with errors keeps a rejected attempt (no record) and answers 422.',
          requestBody: upload(false),
          responses: {
            '201': json(refs.imported as Json, 'The version made, and the check of the upload.'),
            ...dataErrors,
            '422': error('The data has errors (`invalid-dataset`, listed in `error.issues`).'),
          },
        },
        'officer',
      ),
    },
    '/register/versions': {
      get: {
        summary:
          'Every import attempt, newest first: when, by whom, sources, data date, counts (no member data).',
        responses: { '200': json(refs.versions as Json, 'The versions.'), ...auth },
      },
    },
    '/register/stats': {
      get: {
        summary:
          'The figures of one version (default: the one current on asOf, else the latest) on a date.',
        parameters: queryParameters(RegisterStatsQuery, {
          version: 'The version (phiên bản); default the one current on asOf, else the latest.',
          asOf: 'Reference date, yyyy-mm-dd; default the version’s data date.',
          from: 'First day of the period for movements, yyyy-mm-dd; default 1 January of asOf.',
        }),
        responses: {
          '200': json(refs.stats as Json, 'The version, its window and its stats.'),
          '400': error('A bad date or version number.'),
          ...auth,
          '404': missing,
          '422': error(UNPROCESSABLE),
        },
      },
    },
    '/register/diff': {
      get: withRole(
        {
          summary:
            'The difference between two versions: members and organisations added, removed and changed field by field, movements added and removed. Personal data: each answer is recorded in the audit log.',
          parameters: queryParameters(RegisterDiffQuery, {
            from: 'The earlier version (phiên bản trước).',
            to: 'The later version (phiên bản sau).',
          }),
          responses: {
            '200': json(refs.diff as Json, 'The difference.'),
            '400': error('A bad version number.'),
            ...auth,
            '404': missing,
          },
        },
        'officer',
      ),
    },
    '/register/audit': {
      get: withRole(
        {
          summary:
            'The audit log (nhật ký kiểm tra), newest first, and the check of its hash chain.',
          responses: { '200': json(refs.audit as Json, 'The log and its check.'), ...auth },
        },
        'administrator',
      ),
    },
    '/register/tokens': {
      get: withRole(
        {
          summary: 'The access tokens kept in the register (never a token or its hash).',
          responses: {
            '200': json(
              { type: 'object', properties: { tokens: { type: 'array', items: refs.token } } },
              'The tokens.',
            ),
            ...auth,
          },
        },
        'administrator',
      ),
      post: withRole(
        {
          summary:
            'Makes a random token of a name and role; the answer is the one time it is shown (the register keeps its SHA-256).',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: refs.newToken } },
          },
          responses: {
            '201': json(refs.madeToken as Json, 'The token, shown once.'),
            '400': error('A bad name or role, or a name already taken.'),
            ...auth,
          },
        },
        'administrator',
      ),
    },
    '/register/tokens/{name}': {
      delete: withRole(
        {
          summary: 'Revokes a token kept in the register.',
          parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '204': { description: 'Revoked.' },
            ...auth,
            '404': error('No live token has this name.'),
          },
        },
        'administrator',
      ),
    },
  };
}

/** The paths of the downloads, this document and the page. */
function filePaths(check: Json): Record<string, Json> {
  return {
    '/template.xlsx': {
      get: {
        summary: 'The empty XLSX template (mẫu nhập liệu) with notes and drop-down lists.',
        responses: {
          '200': download(XLSX, 'The template.'),
          '401': error('No valid bearer token.'),
        },
      },
    },
    '/sample.xlsx': {
      get: {
        summary: 'A sample workbook, when the server has one.',
        responses: {
          '200': download(XLSX, 'The sample.'),
          '401': error('No valid bearer token.'),
          '404': error('No sample configured.'),
        },
      },
    },
    '/auth/check': {
      get: {
        summary:
          'Checks the bearer token and says whose it is: its name and role (the page checks a token when it is saved, and shows what its role may use).',
        responses: {
          '200': json(
            check,
            'The token is known (or the server needs none: the administrator `local`).',
          ),
          '401': error('No valid bearer token.'),
        },
      },
    },
    '/openapi.json': {
      get: {
        summary: 'This document.',
        responses: {
          '200': { description: 'OpenAPI 3.1.', content: { 'application/json': {} } },
          '401': error('No valid bearer token.'),
        },
      },
    },
    '/': {
      get: {
        summary: 'The web page (Vietnamese) and its assets under /assets/ (no token needed).',
        ...open,
        responses: { '200': { description: 'The page.', content: { 'text/html': {} } } },
      },
    },
  };
}

/**
 * The OpenAPI 3.1 document of the adapter (`GET /openapi.json`): every path,
 * with request and response schemas generated from the zod schemas.
 *
 * @example
 * const doc = openApiDocument({ version: '0.1.0', formats: [{ format: 'md', mediaType: 'text/markdown' }], auth: true });
 * Object.keys(doc.paths) // ['/health', '/validate', …]
 */
export function openApiDocument(
  info: OpenApiInfo,
): Record<string, unknown> & { paths: Record<string, Record<string, unknown>> } {
  const schemas: Json = {};
  const health = componentSchema(schemas, 'HealthResponse', HealthResponse, 'output');
  componentSchema(schemas, 'WebIssue', WebIssue, 'output');
  componentSchema(schemas, 'IssueGroup', IssueGroup, 'output');
  const validate = componentSchema(schemas, 'ValidateResponse', ValidateResponse, 'output');
  componentSchema(schemas, 'ErrorResponse', ErrorResponse, 'output');
  const stats = componentSchema(schemas, 'Stats', Stats, 'output');
  const findings = componentSchema(schemas, 'FindingsResponse', FindingsResponse, 'output');
  const due = componentSchema(schemas, 'DueResponse', DueResponse, 'output');
  componentSchema(schemas, 'ReportTemplate', ReportTemplate, 'input');
  const check = componentSchema(schemas, 'AuthCheckResponse', AuthCheckResponse, 'output');
  const data = dataPaths(info, { health, validate, stats, findings, due });
  // The routes that name members need an officer.
  for (const path of ['/validate', '/due', '/due/badges']) {
    const operations = data[path] as Json;
    operations.post = withRole(operations.post as Json, 'officer');
  }
  const paths: Record<string, Json> = { ...data, ...filePaths(check) };
  if (info.register) {
    const component = (name: string, schema: z.ZodType, io: 'input' | 'output' = 'output') =>
      componentSchema(schemas, name, schema, io);
    Object.assign(
      paths,
      registerPaths({
        imported: component('RegisterImportResponse', RegisterImportResponse),
        versions: component('RegisterVersions', RegisterVersions),
        stats: component('RegisterStatsResponse', RegisterStatsResponse),
        diff: component('RegisterDiff', RegisterDiff),
        audit: component('RegisterAudit', RegisterAudit),
        token: component('RegisterToken', RegisterToken),
        newToken: component('NewTokenRequest', NewTokenRequest, 'input'),
        madeToken: component('NewTokenResponse', NewTokenResponse),
      }),
    );
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Party toolkit web API',
      version: info.version,
      description:
        'Validate a ward’s party data, compute its figures and render reports. Uploads are processed in memory only. Each token has a role (reader, officer, administrator); an operation marked `x-party-role` needs that role or above (403 `forbidden` otherwise), the others any token.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    ...(info.auth ? { security: [{ bearerAuth: [] }] } : {}),
    paths,
    components: {
      schemas,
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
    },
  };
}
