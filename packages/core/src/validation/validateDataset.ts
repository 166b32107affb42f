import type { z } from 'zod';
import { dict } from '../_internal/dict';
import { IsoDate, isBareYear } from '../common/dates';
import { Code } from '../common/fieldSchemas';
import { hasInvisible, hasVisible, stripInvisible } from '../common/text';
import { OptionalWindow, parseWindow } from '../common/window';
import {
  COLLECTION_NAMES,
  type CollectionName,
  DATA_CONTRACT_VERSION,
  DATASET_COLLECTIONS,
  type Dataset,
} from '../dataset/dataset';
import { COLLECTION_FILES } from '../dataset/fileLayout';
import { InvalidArgumentError } from '../errors';
import { Ward } from '../organization/organization';
import { defaultRules } from '../rules/defaultRules';
import type { RuleSet } from '../rules/schema';
import { RuleSet as RuleSetSchema } from '../rules/schema';
import type { CheckContext, Row, Rows, UnreadableKeys } from './_internal/checkContext';
import { fromZodIssue } from './_internal/fromZodIssue';
import { checkCellSize } from './checks/cellSize';
import { checkDateOrder } from './checks/dateOrder';
import { checkDiscipline } from './checks/discipline';
import { checkDuplicates } from './checks/duplicates';
import { checkHistory } from './checks/history';
import { checkMemberDates } from './checks/memberDates';
import { checkOrganizationTree } from './checks/organizationTree';
import { checkPlanningLimits } from './checks/planningLimits';
import { checkReferences } from './checks/references';
import { checkRosterMovements } from './checks/rosterMovements';
import { createIssue } from './createIssue';
import { RecordKind, type ValidationIssue } from './issue';

/** Options of {@link validateDataset}. */
export interface ValidateOptions {
  /**
   * Reference date (ISO `yyyy-mm-dd`) for the checks that depend on one
   * (probation overdue, official members of a cell, rule versions). Defaults
   * to the dataset's own `asOf`; without either, those checks use no date.
   */
  readonly asOf?: string;
  /** Rule versions to apply instead of {@link defaultRules}. */
  readonly rules?: RuleSet;
  /**
   * Empties each input collection while it is read, record by record: for a
   * caller that built the input only to validate it (an import), so that a
   * roster of millions is held once, as read records, instead of twice.
   * The input must not be used afterwards. Defaults to `false`.
   */
  readonly releaseInput?: boolean;
}

/** What {@link validateDataset} returns. */
export interface ValidationResult {
  /** `true` when no issue is an error. */
  readonly ok: boolean;
  /**
   * The dataset made of every record that could be read. When `ok` is
   * `false`, records with errors in their own fields are missing from it and
   * listed in `issues`.
   */
  readonly data: Dataset;
  /** Every problem found, errors, warnings and notices, in file order. */
  readonly issues: readonly ValidationIssue[];
}

const TOP_LEVEL_KEYS = new Set<string>(['version', 'asOf', 'ward', ...COLLECTION_NAMES]);
const CHECKS = [
  checkDuplicates,
  checkOrganizationTree,
  checkReferences,
  checkRosterMovements,
  checkMemberDates,
  checkCellSize,
  checkPlanningLimits,
  checkDiscipline,
  checkDateOrder,
  checkHistory,
] as const;
const BARE_YEAR_FIELDS: Partial<Record<CollectionName, readonly string[]>> = {
  members: ['birthDate'],
  planning: ['birthDate'],
};

/** What one row of a required collection is, for `empty-collection`. */
const EMPTY_ROW_NAMES: Partial<Record<CollectionName, { rowVi: string; rowEn: string }>> = {
  organizations: { rowVi: 'tổ chức đảng', rowEn: 'party organisation' },
  members: { rowVi: 'đảng viên', rowEn: 'member' },
};

/** The fields of each collection that hold an identifier or a code (the `Code` schema). */
const CODE_FIELDS = Object.fromEntries(
  COLLECTION_NAMES.map((name) => {
    const shape = DATASET_COLLECTIONS[name].shape as Record<string, z.ZodType>;
    const codes = Object.keys(shape).filter((key) => {
      const schema = shape[key] as { unwrap?: () => unknown };
      return schema === Code || (typeof schema.unwrap === 'function' && schema.unwrap() === Code);
    });
    return [name, codes];
  }),
) as unknown as Record<CollectionName, readonly string[]>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a cell shows nothing: `null`, or text with no visible character. */
function isEmptyCell(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== 'string') return false;
  // Fast path: ordinary text has a visible character and no invisible one.
  return value.trim() === '' || (hasInvisible(value) && !hasVisible(value));
}

/**
 * JSON writers often put `null` or `""` for an empty cell: both mean
 * "absent", and so does text made only of white space and invisible
 * characters (a name of zero-width spaces is missing).
 */
function withoutEmpty(record: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const key in record) {
    const value = record[key];
    const empty = isEmptyCell(value);
    if (empty && !out) {
      out = dict<unknown>();
      for (const earlier in record) {
        if (earlier === key) break;
        out[earlier] = record[earlier];
      }
    } else if (!empty && out) {
      out[key] = value;
    }
  }
  return out ?? record;
}

/** The text of a key field as the schema would read it, or `undefined`. */
function rawKey(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).normalize('NFC').trim();
  return text === '' ? undefined : text;
}

function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
  const kindOrder = new Map(RecordKind.options.map((kind, i) => [kind, i]));
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort(
      (a, b) =>
        (kindOrder.get(a.issue.location.kind) ?? 0) - (kindOrder.get(b.issue.location.kind) ?? 0) ||
        (a.issue.location.index ?? -1) - (b.issue.location.index ?? -1) ||
        a.order - b.order,
    )
    .map(({ issue }) => issue);
}

/** Reports an issue found while reading. */
type Report = CheckContext['report'];

/** Keys of records that could not be read, as {@link CheckContext} gives them. */
type Unreadable = { [K in keyof UnreadableKeys]: Set<string> };

/** Reports each field's zod issues, the first of each field only when `oncePerField`. */
function reportZodIssues(
  kind: RecordKind,
  index: number | undefined,
  zodIssues: readonly z.core.$ZodIssue[],
  record: Record<string, unknown>,
  report: Report,
  oncePerField: boolean,
): void {
  const seen = new Set<string>();
  for (const zodIssue of zodIssues) {
    const mapped = fromZodIssue(kind, zodIssue, record);
    const key = `${mapped.field ?? ''}`;
    if (oncePerField && seen.has(key)) continue; // one issue per field is enough to act on
    seen.add(key);
    report(
      mapped.code,
      index === undefined ? { kind, field: mapped.field } : { kind, index, field: mapped.field },
      {
        value: mapped.field === undefined ? undefined : record[mapped.field],
        params: mapped.params,
      },
    );
  }
}

/** Checks the top-level keys, the contract version and the dataset's `asOf`, which it returns. */
function readTopLevel(source: Record<string, unknown>, report: Report): string | undefined {
  for (const key of Object.keys(source)) {
    if (!TOP_LEVEL_KEYS.has(key)) report('unknown-field', { kind: 'dataset', field: key });
  }
  if (source.version !== undefined && source.version !== DATA_CONTRACT_VERSION) {
    report(
      'invalid-value',
      { kind: 'dataset', field: 'version' },
      {
        value: source.version,
        params: {
          reasonVi: `phiên bản hợp đồng dữ liệu hỗ trợ là ${DATA_CONTRACT_VERSION}`,
          reasonEn: `the supported data contract version is ${DATA_CONTRACT_VERSION}`,
        },
      },
    );
  }
  if (source.asOf === undefined || source.asOf === null || source.asOf === '') return undefined;
  const parsed = IsoDate.safeParse(source.asOf);
  if (parsed.success) return parsed.data;
  report('invalid-date', { kind: 'dataset', field: 'asOf' }, { value: source.asOf });
  return undefined;
}

/** The ward record when it can be read, else an empty one. */
function readWard(value: unknown, report: Report): Dataset['ward'] {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) {
    report('invalid-structure', { kind: 'dataset', field: 'ward' });
    return {};
  }
  const record = withoutEmpty(value);
  for (const key of Object.keys(record)) {
    if (!(key in Ward.shape)) report('unknown-field', { kind: 'ward', field: key });
  }
  const parsed = Ward.safeParse(record);
  if (parsed.success) return parsed.data;
  reportZodIssues('ward', undefined, parsed.error.issues, record, report, false);
  return {};
}

/** Notes the keys of an organisation or member that could not be read. */
function noteUnreadable(
  name: CollectionName,
  record: Record<string, unknown>,
  unreadable: Unreadable,
): void {
  const key = rawKey(
    name === 'organizations' ? record.code : name === 'members' ? record.id : undefined,
  );
  if (key !== undefined && name === 'organizations') unreadable.organizations.add(key);
  if (key !== undefined && name === 'members') unreadable.members.add(key);
  const memberOrg = name === 'members' ? rawKey(record.org) : undefined;
  if (memberOrg !== undefined) unreadable.membersOrgs.add(memberOrg);
}

/**
 * Ids and codes lose their invisible and control characters (`DV001` followed
 * by a zero-width space is `DV001`), each with a notice naming the cell.
 */
function withoutInvisibleInCodes(
  name: CollectionName,
  index: number,
  record: Record<string, unknown>,
  report: Report,
): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const field of CODE_FIELDS[name]) {
    const value = record[field];
    // Nothing visible at all: withoutEmpty makes it missing, reported as such.
    if (typeof value !== 'string' || !hasInvisible(value) || !hasVisible(value)) continue;
    out ??= { ...record };
    out[field] = stripInvisible(value);
    report('invisible-characters', { kind: name, index, field }, { value });
  }
  return out ?? record;
}

/** Reads each record of a collection on its own into `target`, reporting the ones it cannot read. */
function readCollection(
  name: CollectionName,
  collection: unknown,
  target: Row<unknown>[],
  unreadable: Unreadable,
  report: Report,
  release: boolean,
): void {
  if (collection === undefined || collection === null) {
    if (COLLECTION_FILES[name].required) report('required', { kind: 'dataset', field: name });
    return;
  }
  if (!Array.isArray(collection)) {
    report('invalid-structure', { kind: 'dataset', field: name });
    return;
  }
  if (collection.length === 0 && COLLECTION_FILES[name].required) {
    const names = COLLECTION_FILES[name];
    report(
      'empty-collection',
      { kind: name },
      { params: { ...EMPTY_ROW_NAMES[name], tableVi: names.vi, tableEn: names.en } },
    );
  }
  const schema = DATASET_COLLECTIONS[name];
  const shape = schema.shape as Record<string, unknown>;
  const items: unknown[] = collection;
  items.forEach((item: unknown, index: number) => {
    if (release) items[index] = undefined;
    if (!isPlainObject(item)) {
      report('invalid-structure', { kind: name, index }, { params: { level: 'record' } });
      return;
    }
    const record = withoutEmpty(withoutInvisibleInCodes(name, index, item, report));
    for (const key of Object.keys(record)) {
      if (!(key in shape)) report('unknown-field', { kind: name, index, field: key });
    }
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      noteUnreadable(name, record, unreadable);
      reportZodIssues(name, index, parsed.error.issues, record, report, true);
      return;
    }
    for (const field of BARE_YEAR_FIELDS[name] ?? []) {
      const value = (parsed.data as Record<string, unknown>)[field];
      if (typeof value === 'string' && isBareYear(value)) {
        report('bare-year', { kind: name, index, field }, { value });
      }
    }
    target.push({ index, record: parsed.data });
  });
  if (release) items.length = 0;
}

/**
 * Validates a ward dataset in canonical form (the JSON `party import` writes,
 * or any object of that shape) and never throws on bad data: every problem is
 * returned as an issue with a stable code, a severity, its location and a
 * message in Vietnamese and English, all in one pass.
 *
 * Each record is read on its own, so one bad row does not hide the problems
 * of the others; cross-record rules (duplicates, references, the
 * organisation tree, member dates, cell size, roster against movements,
 * planning limits, discipline) then run on the records that could be read.
 *
 * @example
 * const result = validateDataset(JSON.parse(text), { asOf: '2026-03-01' });
 * if (!result.ok) for (const issue of result.issues) show(issue.location, issue.message.vi);
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  parseWindow(OptionalWindow, { asOf: options.asOf });
  if (options.rules !== undefined && !RuleSetSchema.safeParse(options.rules).success) {
    throw new InvalidArgumentError('rules must be a complete RuleSet (see defaultRules)');
  }
  const issues: ValidationIssue[] = [];
  const report: Report = (code, location, details) => {
    issues.push(createIssue(code, location, details));
  };

  const source = isPlainObject(input) ? input : undefined;
  if (!source) report('invalid-structure', { kind: 'dataset' });

  let datasetAsOf: string | undefined;
  let ward: Dataset['ward'] = {};
  const unreadable = {
    organizations: new Set<string>(),
    members: new Set<string>(),
    membersOrgs: new Set<string>(),
  };
  const rows = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as {
    [K in CollectionName]: Row<Dataset[K][number]>[];
  };

  if (source) {
    datasetAsOf = readTopLevel(source, report);
    ward = readWard(source.ward, report);
    for (const name of COLLECTION_NAMES) {
      readCollection(
        name,
        source[name],
        rows[name] as Row<unknown>[],
        unreadable,
        report,
        options.releaseInput === true,
      );
    }
  }

  const asOf = options.asOf ?? datasetAsOf;
  const context: CheckContext = {
    rows: rows as Rows,
    unreadable,
    ward,
    asOf,
    rules: options.rules ?? defaultRules,
    report,
  };
  for (const check of CHECKS) check(context);

  const data = {
    version: DATA_CONTRACT_VERSION,
    ...(datasetAsOf === undefined ? {} : { asOf: datasetAsOf }),
    ward,
    ...Object.fromEntries(
      COLLECTION_NAMES.map((name) => [name, rows[name].map((row) => row.record)]),
    ),
  } as Dataset;
  const sorted = sortIssues(issues);
  return { ok: !sorted.some((issue) => issue.severity === 'error'), data, issues: sorted };
}
