import { toCalendarDate } from '../../common/dates';
import { formatDateVi } from '../../common/format';
import type { CollectionName, Dataset } from '../../dataset/dataset';
import type { Ward } from '../../organization/organization';
import type { RuleSet } from '../../rules/schema';
import type { IssueCode, IssueLocation } from '../issue';
import type { MessageParams } from '../messages';

/** A parsed record and its index in the input collection. */
export interface Row<T> {
  readonly index: number;
  readonly record: T;
}

/** The parsed records of every collection, each with its input index. */
export type Rows = { readonly [K in CollectionName]: ReadonlyArray<Row<Dataset[K][number]>> };

/** Extra details of a reported issue. */
export interface ReportDetails {
  readonly value?: unknown;
  readonly params?: MessageParams;
  readonly related?: IssueLocation;
}

/**
 * Keys of records that exist in the input but could not be read because of
 * an error in another field. References to them are not reported again, so
 * one bad row does not cascade into issues on the rows that point at it.
 */
export interface UnreadableKeys {
  readonly organizations: ReadonlySet<string>;
  readonly members: ReadonlySet<string>;
  /** Organisations attended by members whose row could not be read. */
  readonly membersOrgs: ReadonlySet<string>;
}

/** What every cross-record check receives. */
export interface CheckContext {
  readonly rows: Rows;
  readonly unreadable: UnreadableKeys;
  readonly ward: Ward;
  /** Reference date (ISO), when the caller or the dataset gives one. */
  readonly asOf: string | undefined;
  readonly rules: RuleSet;
  report(code: IssueCode, location: IssueLocation, details?: ReportDetails): void;
}

/** A cross-record check: reads parsed rows, reports issues, returns nothing. */
export type Check = (context: CheckContext) => void;

/** Formats an ISO date the Vietnamese way for messages: `16/6/2022`. */
export function viDate(iso: string): string {
  return formatDateVi(toCalendarDate(iso));
}
