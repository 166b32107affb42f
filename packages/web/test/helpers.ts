import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, type ReportTemplate } from '@org/party-core';
import { buildDataset } from '@org/party-core/testing';
import { createPartyApp, type PartyAppOptions } from '../src/index';
import { readPageAssets } from '../src/node';

/** A request body. */
export type Body = NonNullable<RequestInit['body']>;

/** The bearer token of the tests. */
export const TOKEN = 'test-token-0123456789abcdef';
export const AUTH = { Authorization: `Bearer ${TOKEN}` };

/** The import package's fixtures, used read-only. */
export const IMPORT_FIXTURES = new URL('../../import/test/fixtures/', import.meta.url).pathname;

/** A report template of our own wording for the tests. */
export const TEMPLATE: ReportTemplate = {
  header: {
    superior: 'Đảng bộ thành phố Hải Phòng',
    committee: 'Đảng ủy phường Thử Nghiệm',
    symbol: { number: 7, type: 'BC', issuer: 'ĐU' },
    place: 'Hải Phòng',
    date: '2026-03-05',
  },
  summary: 'số liệu đội ngũ đảng viên',
  parts: [
    {
      numeral: 'I',
      title: 'SỐ LIỆU CHUNG',
      text: 'Tính đến ngày {{asOf}}, toàn Đảng bộ có {{members.total}} đảng viên.',
    },
  ],
  recipients: ['- Ban Tổ chức Thành ủy;', '- Lưu VPĐU.'],
  signature: { authority: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Người Ký Thử' },
  declared: [{ section: 'I', placeholder: 'members.total', stated: '99' }],
};

/** The canonical JSON of core's small test dataset. */
export function datasetBytes(): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(buildDataset()));
}

/**
 * An app with the test token, the template as the host's report builder and
 * the page read from disk as `serve` reads it.
 */
export function makeApp(overrides: Partial<PartyAppOptions> = {}) {
  return createPartyApp({
    auth: { token: TOKEN },
    report: ({ stats }) => buildReport(TEMPLATE, stats),
    pageAssets: readPageAssets,
    ...overrides,
  });
}

/** A multipart body with the given files (and optional fields). */
export function form(
  files: readonly { name: string; bytes: Uint8Array | string }[],
  fields: Record<string, string> = {},
): FormData {
  const body = new FormData();
  for (const file of files) {
    body.append('files', new File([file.bytes], file.name));
  }
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return body;
}

/** The CSV files of an import fixture folder, as uploads. */
export function csvFolder(name: string): { name: string; bytes: Uint8Array }[] {
  const dir = join(IMPORT_FIXTURES, name);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.csv'))
    .sort()
    .map((file) => ({ name: file, bytes: new Uint8Array(readFileSync(join(dir, file))) }));
}
