import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  COLLECTION_FILES,
  type CodeList,
  type CollectionName,
  FIELD_CODE_LISTS,
  FIELD_HEADERS,
} from '@org/party-core';
import {
  largeMembers,
  largeMovements,
  largeOrganizations,
} from '../../../packages/core/test/largeDataset';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** A value as a ward's office writes it: Vietnamese labels, dd/mm/yyyy dates, `x` for yes. */
function cellOf(value: unknown, list: CodeList<string> | undefined): string {
  if (value === undefined || value === null || value === false) return '';
  if (value === true) return 'x';
  const text = String(value);
  const label = list?.labels[text]?.vi;
  if (label !== undefined) return quote(label);
  const iso = ISO.exec(text);
  if (iso) return `${iso[3]}/${iso[2]}/${iso[1]}`;
  return quote(text);
}

function quote(text: string): string {
  return /[",\n\r]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes the records of one collection as its CSV file, with the contract's Vietnamese headers. */
async function writeCsv(
  folder: string,
  collection: CollectionName,
  fields: readonly string[],
  records: Iterable<object>,
): Promise<void> {
  const headers = FIELD_HEADERS[collection] as Readonly<Record<string, string>>;
  const lists = (FIELD_CODE_LISTS[collection] ?? {}) as Readonly<Record<string, CodeList<string>>>;
  const out = createWriteStream(join(folder, `${COLLECTION_FILES[collection].file}.csv`));
  out.write(`\uFEFF${fields.map((field) => quote(headers[field] ?? field)).join(',')}\n`);
  let lines: string[] = [];
  const flush = async () => {
    if (!out.write(lines.join(''))) await once(out, 'drain');
    lines = [];
  };
  for (const record of records) {
    const values = record as Record<string, unknown>;
    lines.push(`${fields.map((field) => cellOf(values[field], lists[field])).join(',')}\n`);
    if (lines.length === 5000) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
}

/**
 * Writes the project's synthetic roster of `members` (core's large-dataset
 * generator, deterministic) as a CSV folder of the data contract: four files,
 * organisations, members, movements and admission targets.
 */
export async function writeRosterFolder(folder: string, members: number): Promise<void> {
  mkdirSync(folder, { recursive: true });
  const organizations = largeOrganizations(members);
  await writeCsv(
    folder,
    'organizations',
    ['code', 'name', 'kind', 'parent', 'category', 'eHandbook'],
    organizations,
  );
  const [first] = largeMembers(1);
  await writeCsv(folder, 'members', Object.keys(first ?? {}), largeMembers(members));
  await writeCsv(folder, 'movements', ['date', 'type', 'memberId', 'org'], largeMovements(members));
  await writeCsv(
    folder,
    'admissionTargets',
    ['from', 'to', 'org', 'admissionTarget'],
    [{ from: '2025-07-01', to: '2026-06-30', admissionTarget: Math.ceil(members / 100) }],
  );
}

/** The label → code table of every code list the DuckDB query needs, tab-separated (labels hold commas). */
export function labelTableCsv(): string {
  const rows = ['list\tlabel\tcode'];
  const lists = {
    kind: FIELD_CODE_LISTS.organizations?.kind,
    category: FIELD_CODE_LISTS.organizations?.category,
    gender: FIELD_CODE_LISTS.members?.gender,
    religion: FIELD_CODE_LISTS.members?.religion,
    generalEducation: FIELD_CODE_LISTS.members?.generalEducation,
    professional: FIELD_CODE_LISTS.members?.professional,
    politicalTheory: FIELD_CODE_LISTS.members?.politicalTheory,
    occupation: FIELD_CODE_LISTS.members?.occupation,
    type: FIELD_CODE_LISTS.movements?.type,
  } as Record<string, CodeList<string> | undefined>;
  for (const [name, list] of Object.entries(lists)) {
    if (!list) throw new Error(`no code list for ${name}`);
    for (const code of list.codes) rows.push(`${name}\t${list.labels[code]?.vi ?? code}\t${code}`);
  }
  return `${rows.join('\n')}\n`;
}
