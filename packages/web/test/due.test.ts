// POST /due and POST /due/badges: the due list of an upload as JSON or as a
// download (ICS, CSV, XLSX), and the badge proposal list (DOCX, XLSX).
import { dueItems } from '@org/party-core';
import { buildDataset } from '@org/party-core/testing';
import { readWorkbookBytes } from '@org/party-import';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { DueResponse, type ErrorResponse } from '../src/index';
import { AUTH, type Body, csvFolder, datasetBytes, form, makeApp } from './helpers';

const WIDE = { from: '2020-01-01', until: '2035-12-31' };
const WINDOW = `from=${WIDE.from}&until=${WIDE.until}`;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const dataset = buildDataset();
const expected = dueItems(dataset, WIDE);
/** The first award occasion with a badge in the test data. */
const occasion = expected.items.find((item) => item.kind === 'party-badge')?.date;

const json = () => form([{ name: 'du-lieu.json', bytes: datasetBytes() }]);
const request = (path: string, body: Body = json(), headers: Record<string, string> = AUTH) =>
  makeApp().request(path, { method: 'POST', headers, body });

/** The rows of one sheet of a downloaded workbook, header first. */
async function sheetRows(response: Response, name: string): Promise<unknown[][]> {
  const tables = await readWorkbookBytes(new Uint8Array(await response.arrayBuffer()), 'x.xlsx');
  const table = tables.find((t) => t.source === name);
  const rows: unknown[][] = [];
  if (table === undefined) return rows;
  for await (const row of table.rows()) rows.push([...row.cells]);
  return rows;
}

async function errorOf(response: Response): Promise<ErrorResponse['error']> {
  expect(response.headers.get('content-type')).toContain('application/json');
  return ((await response.json()) as ErrorResponse).error;
}

describe('POST /due', () => {
  it('answers the due list of the window as JSON, members by id only', async () => {
    const response = await request(`/due?${WINDOW}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = DueResponse.parse(await response.json());
    expect(body).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(body.items.length).toBeGreaterThan(0);
    const text = JSON.stringify(body);
    for (const member of dataset.members) expect(text).not.toContain(member.fullName);
  });

  it('gives an empty list (and zero counts) for a window where nothing falls due', async () => {
    const response = await request('/due?from=1900-01-01&until=1900-01-02');
    expect(response.status).toBe(200);
    const body = DueResponse.parse(await response.json());
    expect(body.items).toEqual([]);
    expect(Object.values(body.counts).every((n) => n === 0)).toBe(true);
  });

  it('downloads an ICS calendar that parses, one event per item, without names', async () => {
    const response = await request(`/due?${WINDOW}&format=ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    expect(response.headers.get('content-disposition')).toContain(
      `viec-den-han-${WIDE.from}-${WIDE.until}.ics`,
    );
    const text = await response.text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(expected.items.length);
    expect(events[0]?.getAllSubcomponents('valarm').length).toBeGreaterThan(0);
    for (const member of dataset.members) expect(text).not.toContain(member.fullName);
  });

  it('downloads CSV (with a BOM) and XLSX with the same rows', async () => {
    const csv = await request(`/due?${WINDOW}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(expected.items.length + 1);
    expect(text).toContain('Ngày,Loại việc');

    const xlsx = await request(`/due?${WINDOW}&format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe(XLSX);
    expect(await sheetRows(xlsx, 'ViecDenHan')).toHaveLength(expected.items.length + 1);
  });

  it('answers the request in English with lang=en', async () => {
    const text = await (await request(`/due?${WINDOW}&format=csv&lang=en`)).text();
    expect(text).toContain('Date,Item');
  });

  it.each([
    ['no window', '/due', 'Thiếu từ ngày'],
    ['no until', '/due?from=2026-01-01', 'Thiếu đến ngày'],
    ['a bad date', '/due?from=2026-02-30&until=2026-03-01', '2026-02-30'],
    ['until before from', '/due?from=2026-03-01&until=2026-01-01', 'phải sau'],
    ['an unknown format', `/due?${WINDOW}&format=pdf`, 'pdf'],
  ])('answers 400 for %s, before reading the data', async (_, path, words) => {
    const response = await request(path);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('bad-request');
    expect(error.message).toContain(words);
  });

  it('answers 401 without a token', async () => {
    expect((await request(`/due?${WINDOW}`, json(), {})).status).toBe(401);
    expect((await request('/due/badges?occasion=2026-09-02&format=xlsx', json(), {})).status).toBe(
      401,
    );
  });

  it('answers 422 with the issues when the data has errors', async () => {
    const response = await request(`/due?${WINDOW}`, form(csvFolder('csv-broken')));
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid-dataset');
    expect(error.issues?.length).toBeGreaterThan(0);
  });
});

describe('POST /due/badges', () => {
  it('has a party badge in the test data', () => {
    expect(occasion).toBeDefined();
  });

  it('downloads the badge list of the occasion as a Party document', async () => {
    const response = await request(`/due/badges?occasion=${occasion}&format=docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(DOCX);
    expect(response.headers.get('content-disposition')).toContain(`huy-hieu-dang-${occasion}.docx`);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const document = strFromU8(files['word/document.xml'] as Uint8Array);
    expect(document).toContain('DANH SÁCH');
    expect(document).toContain('Huy hiệu Đảng');
  });

  it('downloads the badge list as a workbook, with the names', async () => {
    const response = await request(`/due/badges?occasion=${occasion}&format=xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    const rows = await sheetRows(response, 'HuyHieuDang');
    const badges = expected.items.filter(
      (item) => item.kind === 'party-badge' && item.date === occasion,
    );
    expect(rows).toHaveLength(badges.length + 1);
    expect(rows[0]?.[1]).toBe('Họ và tên');
  });

  it.each([
    ['a day that is no award occasion', '/due/badges?occasion=2026-09-03&format=docx', '2/9'],
    ['no format', '/due/badges?occasion=2026-09-02', 'định dạng'],
    ['a format other than docx or xlsx', '/due/badges?occasion=2026-09-02&format=ics', 'docx'],
    ['no occasion', '/due/badges?format=docx', 'Thiếu dịp trao'],
  ])('answers 400 for %s', async (_, path, words) => {
    const response = await request(path);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain(words);
  });

  it('answers 422 when the data has errors', async () => {
    const response = await request(
      '/due/badges?occasion=2026-09-02&format=xlsx',
      form(csvFolder('csv-broken')),
    );
    expect(response.status).toBe(422);
    expect((await errorOf(response)).code).toBe('invalid-dataset');
  });
});
