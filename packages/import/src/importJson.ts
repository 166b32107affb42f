import { type IssueLocation, OptionalWindow, parseWindow, validateDataset } from '@org/party-core';
import { type IssueLocator, toImportIssues } from './issues';
import type { ImportResult } from './mapping/importTables';

/** Throws core's `InvalidArgumentError` for an `asOf` that is not an ISO date (core's window rules). */
export function checkAsOf(asOf: string | undefined): void {
  parseWindow(OptionalWindow, { asOf });
}

/** Validates a parsed canonical JSON dataset; issues name the file and the field. */
export function importJson(raw: unknown, file: string, asOf: string | undefined): ImportResult {
  const result = validateDataset(raw, { asOf });
  const issues = toImportIssues(result.issues, jsonLocator(file));
  return { ok: result.ok, data: result.data, issues, format: 'json' };
}

function jsonLocator(file: string): IssueLocator {
  return {
    locate: (location: IssueLocation) => ({
      source: location.field === undefined ? { file } : { file, column: location.field },
    }),
  };
}
