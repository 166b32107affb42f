import {
  COLLECTION_NAMES,
  type CollectionName,
  DeclaredFigureMismatch,
  DueList,
  IsoDate,
  IssueCode,
  IssueSeverity,
  OptionalWindow,
  RendererInfo,
  Stats,
  StatsWindow,
  Ward,
  windowSchema,
} from '@org/party-core';
import { z } from 'zod';
import { Role, TOKEN_NAME_PATTERN } from './roles';

/** A language of messages: Vietnamese (default) or English. */
export const Lang = z.enum(['vi', 'en']).meta({
  title: 'Lang',
  description: 'Language of messages: vi (default) or en.',
});
/** A language of messages. */
export type Lang = z.infer<typeof Lang>;

/**
 * One problem in the uploaded data (vấn đề dữ liệu), placed in the user's
 * files: the file (or workbook) and sheet, the row as a spreadsheet counts it
 * (header = 1), or the record number in a JSON collection, the column header
 * as written, the cell as written (never for a person's name), what is wrong
 * (`message`) and what to do (`hint`), in the language of the request.
 *
 * @example
 * WebIssue.parse({ severity: 'error', code: 'required', message: 'Thiếu giá trị bắt buộc ở cột “Ngày sinh”.', hint: 'Hãy điền giá trị cho ô này.', file: 'du-lieu.xlsx', sheet: 'DangVien', row: 7, column: 'Ngày sinh' });
 */
export const WebIssue = z
  .object({
    severity: IssueSeverity,
    code: IssueCode,
    /** What is wrong. */
    message: z.string(),
    /** What to do; empty when the message says it all. */
    hint: z.string(),
    /** The CSV file, the workbook or the JSON file. */
    file: z.string(),
    /** The worksheet, for a workbook. */
    sheet: z.string().optional(),
    /** Row as a spreadsheet user counts it (header = 1). */
    row: z.int().positive().optional(),
    /** Record number (from 1) in its collection, for canonical JSON. */
    record: z.int().positive().optional(),
    /** The column header as written (for JSON, the field's Vietnamese header). */
    column: z.string().optional(),
    /** The cell as written; left out for personal names. */
    value: z.string().optional(),
  })
  .meta({
    title: 'WebIssue',
    description: 'A problem in the uploaded data, located in the files.',
  });
/** One problem in the uploaded data. */
export type WebIssue = z.infer<typeof WebIssue>;

/** Counts of issues by severity. */
export const IssueCounts = z
  .object({
    errors: z.int().nonnegative(),
    warnings: z.int().nonnegative(),
    notices: z.int().nonnegative(),
  })
  .meta({ title: 'IssueCounts', description: 'How many issues of each severity.' });
/** Counts of issues by severity. */
export type IssueCounts = z.infer<typeof IssueCounts>;

/**
 * One kind of problem at one place (nhóm vấn đề cùng loại): the issues of
 * the same severity and code in the same file, sheet and column, with a
 * short name of the kind, how many there are, and which of them the
 * response lists (their positions in `issues`). Every error is listed; of a
 * warning or notice kind at most 200, so a huge file still gets a short
 * answer, and `count` says how many there are in all.
 *
 * @example
 * IssueGroup.parse({ severity: 'warning', code: 'probation-overdue', title: 'Dự bị quá hạn, chưa có ngày chính thức', file: 'dang-vien.csv', column: 'Ngày chính thức', count: 357, listed: [8, 9, 10] });
 */
export const IssueGroup = z
  .object({
    severity: IssueSeverity,
    code: IssueCode,
    /** The kind of problem in a few words, in the language of the request; each issue keeps its own message. */
    title: z.string(),
    /** The CSV file, the workbook or the JSON file. */
    file: z.string(),
    /** The worksheet, for a workbook. */
    sheet: z.string().optional(),
    /** The column header as written, when the issues are about one column. */
    column: z.string().optional(),
    /** How many issues of this kind there are here, listed or not. */
    count: z.int().positive(),
    /** Positions in `issues` (from 0) of the issues listed: all of them for errors, at most 200 otherwise. */
    listed: z.int().nonnegative().array(),
  })
  .meta({
    title: 'IssueGroup',
    description: 'Issues of one kind in one file and column, counted, with those listed.',
  });
/** Issues of one kind at one place. */
export type IssueGroup = z.infer<typeof IssueGroup>;

/** How many records of each collection were read. */
export const RecordCounts = z
  .object(
    Object.fromEntries(COLLECTION_NAMES.map((name) => [name, z.int().nonnegative()])) as {
      [K in CollectionName]: z.ZodInt;
    },
  )
  .meta({ title: 'RecordCounts', description: 'How many records of each collection were read.' });
/** How many records of each collection were read. */
export type RecordCounts = z.infer<typeof RecordCounts>;

/**
 * The answer of `POST /validate` (kết quả kiểm tra dữ liệu): whether the data
 * has no error, the format read, the ward's names, the counts, the issues
 * (every error first, then the warnings and notices, at most 200 of each
 * group; `counts` and `groups` give how many there are in all) and the
 * groups of issues of one kind, errors first.
 */
export const ValidateResponse = z
  .object({
    ok: z.boolean(),
    format: z.enum(['csv', 'xlsx', 'json']),
    ward: Ward.pick({ name: true, committee: true, superior: true }),
    counts: IssueCounts,
    records: RecordCounts,
    issues: WebIssue.array(),
    /** The issues by kind and place: errors, then warnings, then notices, each in file order. */
    groups: IssueGroup.array(),
  })
  .meta({ title: 'ValidateResponse', description: 'The result of checking uploaded data.' });
/** The answer of `POST /validate`. */
export type ValidateResponse = z.infer<typeof ValidateResponse>;

/**
 * A reporting window (kỳ báo cáo): core's `StatsWindow` (the reference date
 * and the first day of the period, ISO `yyyy-mm-dd`, `from` not after
 * `asOf`), named for the API document.
 */
export const ReportWindow = StatsWindow.meta({
  title: 'ReportWindow',
  description: 'Reference date and first day of the period.',
});
/** A reporting window. */
export type ReportWindow = z.infer<typeof ReportWindow>;

/**
 * The answer of `POST /reports/findings` (đối chiếu số liệu): the figures
 * the report template states that differ from the computed ones, each with
 * how the computed value was obtained.
 */
const Bilingual = z.object({ vi: z.string(), en: z.string() });
const ReportGapSchema = z.object({
  /** The heading: `II.2.1`, `preamble`, or `[^id]` for a footnote. */
  section: z.string(),
  title: z.string(),
  figures: z.array(z.object({ path: z.string(), label: Bilingual })),
});
export const FindingsResponse = z
  .object({
    mismatches: DeclaredFigureMismatch.array(),
    /** The headings whose text needs figures the data does not give: a report that is not a draft is refused (422 `missing-figures`). */
    gaps: ReportGapSchema.array(),
    /** Set when the narrative was written for another ward than the data's (`narrative=generic` gives the generic one). */
    otherWard: z.object({ narrative: z.string(), data: z.string() }).optional(),
  })
  .meta({
    title: 'FindingsResponse',
    description:
      'Stated figures that differ from the data, headings that need data the dataset lacks, and whether the narrative names another ward.',
  });
/** The answer of `POST /reports/findings`. */
export type FindingsResponse = z.infer<typeof FindingsResponse>;

/** The answer of `GET /health`: always `ok`, with what a page needs to know before asking anything. */
export const HealthResponse = z
  .object({
    status: z.enum(['ok']),
    version: z.string(),
    /** `token`: every data endpoint needs `Authorization: Bearer …`. */
    auth: z.enum(['token', 'disabled']),
    /** Whether `GET /sample.xlsx` serves a sample workbook. */
    sample: z.boolean(),
    /** Whether the server builds reports without a template in the request. */
    report: z.boolean(),
    /** The report formats of `POST /reports`. */
    formats: RendererInfo.shape.format.array(),
    /** The dates the page proposes, when the host set them. */
    window: ReportWindow.optional(),
    /** Whether the server keeps a register (`/register/…`). */
    register: z.boolean(),
  })
  .meta({ title: 'HealthResponse', description: 'Liveness and what the server offers.' });
/** The answer of `GET /health`. */
export type HealthResponse = z.infer<typeof HealthResponse>;

/**
 * Every error response: `{ error: { code, message, issues? } }`; `code` is
 * stable (core's error codes and the web adapter's), `message` is in the
 * language of the request and says what to do, `issues` lists the data
 * problems when the data has errors (422).
 */
export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: WebIssue.array().optional(),
    }),
  })
  .meta({ title: 'ErrorResponse', description: 'An error, with a stable code.' });
/** Every error response. */
export type ErrorResponse = z.infer<typeof ErrorResponse>;

/**
 * The language asked in a query. It never fails the query's check: a value
 * other than `vi` or `en` is ignored, and `Accept-Language` (else the
 * server's default) decides, as `requestLang` reads it.
 */
const QueryLang = Lang.optional().catch(undefined);

/**
 * The report format asked in a query. It never fails the query's check: the
 * value goes on as written (`''` when absent) to the renderer lookup, which
 * answers an unknown format with the list of the server's formats.
 */
const QueryFormat = RendererInfo.shape.format.catch((ctx) =>
  typeof ctx.input === 'string' ? ctx.input : '',
);

/**
 * Query of `POST /validate`: the reference date for dated checks, optional
 * (core's `OptionalWindow` date). The one schema that checks the request and
 * documents it in `GET /openapi.json`.
 */
export const ValidateQuery = z.object({ asOf: OptionalWindow.shape.asOf, lang: QueryLang });
/** Query of `POST /validate`. */
export type ValidateQuery = z.input<typeof ValidateQuery>;

/**
 * Query of `POST /stats` and `POST /reports/findings`: core's window (both
 * dates required, `from` not after `asOf`). The one schema that checks the
 * request and documents it.
 */
export const StatsQuery = windowSchema({ lang: QueryLang });

/** `narrative=generic`: the generic narrative of core instead of the host's or the uploaded one. */
const QueryNarrative = z.enum(['generic']).optional().catch(undefined);

/** Query of `POST /reports/findings`: the window, and which narrative. */
export const FindingsQuery = windowSchema({ lang: QueryLang, narrative: QueryNarrative });
/** Query of `POST /stats`. */
export type StatsQuery = z.input<typeof StatsQuery>;

/**
 * Query of `POST /reports`: the window, the format (`docx`, `html`, `md`,
 * …), `narrative=generic`, `draft=1` and `findings=appendix`. The one schema that checks the request and documents it.
 */
export const ReportQuery = windowSchema({
  lang: QueryLang,
  format: QueryFormat,
  narrative: QueryNarrative,
  /** `draft=1`: write the report even with figures the data lacks, marked in place. */
  draft: z.enum(['0', '1']).optional().catch(undefined),
  /**
   * `kind=xep-loai`: the annual classification report of `year`, written
   * from the data (`asOf` is its date of issue); without it, the narrative's report.
   */
  kind: z.enum(['xep-loai']).optional(),
  /** The year of a `kind=xep-loai` report: one present in the data's `xep-loai` file. */
  year: z
    .string()
    .regex(/^\d{4}$/u)
    .optional(),
  /**
   * `findings=appendix`: add the findings slip `Phiếu đối chiếu số liệu` on
   * a page of its own at the end; `comments` (the default) shows the
   * findings only beside the figures.
   */
  findings: z.enum(['comments', 'appendix']).optional().catch(undefined),
});
/** Query of `POST /reports`. */
export type ReportQuery = z.input<typeof ReportQuery>;

/**
 * Query of `POST /due`: the window (`from`, `until`, both included, ISO
 * `yyyy-mm-dd`) and the answer's format: the list as JSON (default) or a
 * download as `ics`, `csv` or `xlsx`. The one schema that checks the request
 * and documents it.
 */
export const DueQuery = z.object({
  /** First day of the window (từ ngày). */
  from: IsoDate,
  /** Last day of the window (đến ngày), not before `from`. */
  until: IsoDate,
  format: z.enum(['json', 'ics', 'csv', 'xlsx']).default('json'),
  lang: QueryLang,
});
/** Query of `POST /due`. */
export type DueQuery = z.input<typeof DueQuery>;

/**
 * Query of `POST /due/badges`: the award occasion (3/2, 19/5, 2/9 or 7/11 of
 * a year, ISO `yyyy-mm-dd`) and the file: `docx` (the Party document) or
 * `xlsx`.
 */
export const BadgesQuery = z.object({
  /** The award occasion (dịp trao huy hiệu). */
  occasion: IsoDate,
  format: z.enum(['docx', 'xlsx']),
  lang: QueryLang,
});
/** Query of `POST /due/badges`. */
export type BadgesQuery = z.input<typeof BadgesQuery>;

/**
 * The answer of `POST /due` (việc đến hạn): core's due list, the window, the
 * items by date (members by id only, never by name), each with its rule and
 * how its date was computed, and the counts per kind.
 */
export const DueResponse = DueList.meta({
  title: 'DueResponse',
  description: 'What falls due in the window: the items by date and the counts per kind.',
});
/** The answer of `POST /due`. */
export type DueResponse = z.infer<typeof DueResponse>;

/** The answer of `GET /auth/check`: the token is known, its name and role (vai trò). */
export const AuthCheckResponse = z
  .object({ status: z.enum(['ok']), name: z.string(), role: Role })
  .meta({ title: 'AuthCheckResponse', description: 'Who the token is: its name and role.' });
/** The answer of `GET /auth/check`. */
export type AuthCheckResponse = z.infer<typeof AuthCheckResponse>;

/**
 * One import attempt kept in the register (phiên bản), as the API lists it:
 * when, by whom (a token's name or a user name, never a member), the source
 * files, the data date, how many records of each collection, how many
 * issues, and how many members left without a leaving movement. No member
 * data: readers may list versions.
 */
export const RegisterVersion = z
  .object({
    id: z.int().positive(),
    status: z.enum(['imported', 'rejected']),
    importedAt: z.string(),
    importedBy: z.string(),
    sources: z.object({ name: z.string(), sha256: z.string() }).array(),
    dataDate: IsoDate.nullable(),
    counts: z.record(z.string(), z.int().nonnegative()),
    issues: IssueCounts,
    /** Members of the version before missing here with no leaving movement (their ids are in the diff). */
    disappeared: z.int().nonnegative(),
  })
  .meta({ title: 'RegisterVersion', description: 'One import attempt kept in the register.' });
/** One import attempt kept in the register. */
export type RegisterVersion = z.infer<typeof RegisterVersion>;

/** The answer of `GET /register/versions`: every attempt, newest first. */
export const RegisterVersions = z
  .object({ versions: RegisterVersion.array() })
  .meta({ title: 'RegisterVersions', description: 'Every import attempt, newest first.' });
/** The answer of `GET /register/versions`. */
export type RegisterVersions = z.infer<typeof RegisterVersions>;

/** The answer of `POST /register/import`: the version made, and the check of the upload. */
export const RegisterImportResponse = z
  .object({ version: RegisterVersion, check: ValidateResponse })
  .meta({ title: 'RegisterImportResponse', description: 'The version an import made.' });
/** The answer of `POST /register/import`. */
export type RegisterImportResponse = z.infer<typeof RegisterImportResponse>;

const VersionId = z.coerce.number().int().positive();

/** Query of `GET /register/diff`: the two versions to compare (from an earlier to a later one, or any two). */
export const RegisterDiffQuery = z.object({ from: VersionId, to: VersionId, lang: QueryLang });
/** Query of `GET /register/diff`. */
export type RegisterDiffQuery = z.input<typeof RegisterDiffQuery>;

const FieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
const KeyedDiff = z.object({
  added: z.string().array(),
  removed: z.string().array(),
  changed: z.object({ key: z.string(), fields: FieldChange.array() }).array(),
});

/**
 * The difference between two versions (so sánh phiên bản): members (by id)
 * and organisations (by code) added, removed and changed field by field,
 * movements added and removed. Holds personal data: officers only, and
 * each answer is recorded in the audit log.
 */
export const RegisterDiff = z
  .object({
    from: z.int().positive(),
    to: z.int().positive(),
    members: KeyedDiff,
    organizations: KeyedDiff,
    movements: z.object({
      added: z.record(z.string(), z.unknown()).array(),
      removed: z.record(z.string(), z.unknown()).array(),
    }),
  })
  .meta({ title: 'RegisterDiff', description: 'The difference between two versions.' });
/** The answer of `GET /register/diff`. */
export type RegisterDiff = z.infer<typeof RegisterDiff>;

/**
 * Query of `GET /register/stats`: the version (default: the one current on
 * `asOf`, else the latest), the reference date (default: the version's data
 * date) and the start of the period (default: the first of January of
 * `asOf`'s year).
 */
export const RegisterStatsQuery = z.object({
  version: VersionId.optional(),
  asOf: IsoDate.optional(),
  from: IsoDate.optional(),
  lang: QueryLang,
});
/** Query of `GET /register/stats`. */
export type RegisterStatsQuery = z.input<typeof RegisterStatsQuery>;

/** The answer of `GET /register/stats`: the figures of one version on a date. */
export const RegisterStatsResponse = z
  .object({
    version: z.int().positive(),
    asOf: IsoDate,
    from: IsoDate,
    stats: Stats,
  })
  .meta({ title: 'RegisterStatsResponse', description: 'The figures of one version on a date.' });
/** The answer of `GET /register/stats`. */
export type RegisterStatsResponse = z.infer<typeof RegisterStatsResponse>;

/** One entry of the audit log (nhật ký kiểm tra), as `GET /register/audit` gives it. */
export const RegisterAuditEntry = z
  .object({
    seq: z.int().positive(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    detail: z.record(z.string(), z.unknown()),
    hash: z.string(),
  })
  .meta({ title: 'RegisterAuditEntry', description: 'One entry of the audit log.' });
/** One entry of the audit log. */
export type RegisterAuditEntry = z.infer<typeof RegisterAuditEntry>;

/** The answer of `GET /register/audit`: the entries, newest first, and the chain's check. */
export const RegisterAudit = z
  .object({
    entries: RegisterAuditEntry.array(),
    verdict: z.object({
      ok: z.boolean(),
      entries: z.int().nonnegative(),
      problem: z
        .object({ seq: z.int(), reason: z.enum(['edited', 'missing', 'unlogged-version']) })
        .optional(),
    }),
  })
  .meta({ title: 'RegisterAudit', description: 'The audit log and the check of its chain.' });
/** The answer of `GET /register/audit`. */
export type RegisterAudit = z.infer<typeof RegisterAudit>;

/** An access token kept in the register, as listed: never the token or its hash. */
export const RegisterToken = z
  .object({
    name: z.string(),
    role: Role,
    createdAt: z.string(),
    createdBy: z.string(),
    revokedAt: z.string().nullable(),
  })
  .meta({ title: 'RegisterToken', description: 'An access token kept in the register.' });
/** An access token kept in the register. */
export type RegisterToken = z.infer<typeof RegisterToken>;

/** The body of `POST /register/tokens`: the new token's name and role. */
export const NewTokenRequest = z
  .object({ name: z.string().regex(TOKEN_NAME_PATTERN), role: Role })
  .strict()
  .meta({ title: 'NewTokenRequest', description: 'The name and role of a new token.' });
/** The body of `POST /register/tokens`. */
export type NewTokenRequest = z.infer<typeof NewTokenRequest>;

/** The answer of `POST /register/tokens`: the token, shown this once (only its hash is kept). */
export const NewTokenResponse = z
  .object({ name: z.string(), role: Role, token: z.string() })
  .meta({ title: 'NewTokenResponse', description: 'A new token, shown once.' });
/** The answer of `POST /register/tokens`. */
export type NewTokenResponse = z.infer<typeof NewTokenResponse>;
