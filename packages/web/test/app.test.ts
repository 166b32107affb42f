import { existsSync, readFileSync } from 'node:fs';
import { buildReport, InvalidArgumentError, type RendererPlugin } from '@org/party-core';
import { buildDataset } from '@org/party-core/testing';
import { readWorkbookBytes, templateWorkbookBytes } from '@org/party-import';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import {
  AuthNotConfiguredError,
  createPartyApp,
  createPartyHandler,
  type ErrorResponse,
  type FindingsResponse,
  type HealthResponse,
  type PartyAppOptions,
  ValidateResponse,
} from '../src/index';
import {
  AUTH,
  type Body,
  csvFolder,
  datasetBytes,
  form,
  makeApp,
  TEMPLATE,
  TOKEN,
} from './helpers';
import { MEMBER_ERROR_ROWS, PROBLEM_AS_OF, PROBLEM_COUNTS, problemFiles } from './problemData';

const WINDOW = 'asOf=2026-03-01&from=2025-07-01';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SAMPLE = new URL('../../../apps/duong-kinh/data/duong-kinh.xlsx', import.meta.url).pathname;

const json = () => form([{ name: 'du-lieu.json', bytes: datasetBytes() }]);
const post = (path: string, body: Body, headers: Record<string, string> = AUTH) => ({
  path,
  init: { method: 'POST', headers, body },
});

async function errorOf(response: Response): Promise<ErrorResponse['error']> {
  expect(response.headers.get('content-type')).toContain('application/json');
  return ((await response.json()) as ErrorResponse).error;
}

function expectSecurityHeaders(response: Response): void {
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
}

describe('creating the adapter', () => {
  it.each([
    ['no options at all', undefined],
    ['no auth', {}],
    ['an empty auth', { auth: {} }],
    ['a token from an unset variable', { auth: { token: undefined } }],
    ['an empty token', { auth: { token: '' } }],
    ['disabled: false', { auth: { disabled: false } }],
  ])('is closed by default: %s throws AuthNotConfiguredError', (_, options) => {
    const create = () => createPartyApp(options as unknown as PartyAppOptions);
    expect(create).toThrow(AuthNotConfiguredError);
    expect(create).toThrow(/auth/u);
  });

  it.each([
    ['a short token', { auth: { token: 'short' } }],
    ['a wildcard CORS origin', { auth: { disabled: true }, cors: { origins: ['*'] } }],
    ['a zero size limit', { auth: { disabled: true }, limits: { maxBytes: 0 } }],
    ['an unknown language', { auth: { disabled: true }, lang: 'fr' }],
    [
      'a renderer without render',
      { auth: { disabled: true }, renderers: [{ format: 'x' } as unknown as RendererPlugin] },
    ],
    [
      'a sample that is not a workbook',
      {
        auth: { disabled: true },
        sample: { fileName: 'a.csv', bytes: async () => new Uint8Array() },
      },
    ],
  ])('refuses %s with InvalidArgumentError, never echoing the token', (_, options) => {
    const create = () => createPartyApp(options as PartyAppOptions);
    expect(create).toThrow(InvalidArgumentError);
    try {
      create();
    } catch (error) {
      expect((error as Error).message).not.toContain('short');
    }
  });

  it('opens only when auth is disabled explicitly', async () => {
    const app = createPartyApp({ auth: { disabled: true } });
    const health = (await (await app.request('/health')).json()) as HealthResponse;
    expect(health.auth).toBe('disabled');
    const response = await app.request(`/validate`, { method: 'POST', body: json() });
    expect(response.status).toBe(200);
  });
});

describe('GET /health', () => {
  it('answers without a token, with the version and what the server offers', async () => {
    const response = await makeApp().request('/health');
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as HealthResponse;
    expect(body).toEqual({
      status: 'ok',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/u),
      auth: 'token',
      sample: false,
      report: true,
      formats: ['docx', 'html', 'md'],
      register: false,
    });
  });

  it('tells the page the dates the host proposes, and refuses a window that ends before it starts', async () => {
    const window = { asOf: '2026-03-01', from: '2025-07-01' };
    const body = (await (await makeApp({ window }).request('/health')).json()) as HealthResponse;
    expect(body.window).toEqual(window);
    expect(() => makeApp({ window: { asOf: '2025-01-01', from: '2025-07-01' } })).toThrow();
  });
});

describe('bearer token', () => {
  const protectedRequests = [
    ['GET', '/auth/check'],
    ['GET', '/openapi.json'],
    ['GET', '/template.xlsx'],
    ['GET', '/sample.xlsx'],
    ['POST', '/validate'],
    ['POST', `/stats?${WINDOW}`],
    ['POST', '/due?from=2026-01-01&until=2026-03-31'],
    ['POST', `/reports?${WINDOW}&format=md`],
  ] as const;

  it.each(protectedRequests)('%s %s answers 401 without a token', async (method, path) => {
    const response = await makeApp().request(path, {
      method,
      ...(method === 'POST' ? { body: json() } : {}),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="party"');
    expectSecurityHeaders(response);
    const error = await errorOf(response);
    expect(error.code).toBe('unauthorized');
    expect(error.message).toContain('mã truy cập');
  });

  it.each([
    ['a wrong token', `Bearer ${TOKEN}x`],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`],
    ['another scheme', `Basic ${TOKEN}`],
    ['the bare token', TOKEN],
  ])('answers 401 with %s', async (_, authorization) => {
    const response = await makeApp().request('/validate', {
      method: 'POST',
      headers: { Authorization: authorization },
      body: json(),
    });
    expect(response.status).toBe(401);
  });

  it('GET /auth/check says whether a token is right, and its name and role (the one token is the administrator)', async () => {
    const app = makeApp();
    const right = await app.request('/auth/check', { headers: AUTH });
    expect(right.status).toBe(200);
    await expect(right.json()).resolves.toEqual({
      status: 'ok',
      name: 'admin',
      role: 'administrator',
    });
    const wrong = await app.request('/auth/check', {
      headers: { Authorization: `Bearer ${TOKEN}x` },
    });
    expect(wrong.status).toBe(401);
    const open = createPartyApp({ auth: { disabled: true } });
    expect((await open.request('/auth/check')).status).toBe(200);
  });

  it('lets the right token through, whatever the case of “Bearer”', async () => {
    const response = await makeApp().request('/validate', {
      method: 'POST',
      headers: { Authorization: `bearer ${TOKEN}` },
      body: json(),
    });
    expect(response.status).toBe(200);
  });

  it('answers in English with ?lang=en or Accept-Language, Vietnamese otherwise', async () => {
    const app = makeApp();
    const en1 = await errorOf(await app.request('/openapi.json?lang=en'));
    const en2 = await errorOf(
      await app.request('/openapi.json', { headers: { 'Accept-Language': 'en-GB,en;q=0.8' } }),
    );
    const vi = await errorOf(
      await app.request('/openapi.json', { headers: { 'Accept-Language': 'fr, vi;q=0.5' } }),
    );
    expect(en1.message).toContain('access token is required');
    expect(en2.message).toBe(en1.message);
    expect(vi.message).toContain('Cần mã truy cập');
    const english = createPartyApp({ auth: { token: TOKEN }, lang: 'en' });
    expect((await errorOf(await english.request('/openapi.json'))).message).toBe(en1.message);
  });
});

describe('POST /validate', () => {
  it('reads canonical JSON and gives counts, records and the ward', async () => {
    const { path, init } = post('/validate?asOf=2026-03-01', json());
    const response = await makeApp().request(path, init);
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as ValidateResponse;
    expect(body).toMatchObject({
      ok: true,
      format: 'json',
      ward: { committee: 'Đảng ủy phường Mẫu' },
      counts: { errors: 0, warnings: 0, notices: 0 },
      records: { organizations: 1, members: 3 },
      issues: [],
    });
  });

  it('reads a bare JSON body too', async () => {
    const response = await makeApp().request('/validate', {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: datasetBytes() as Body,
    });
    expect(((await response.json()) as ValidateResponse).ok).toBe(true);
  });

  it('places every problem of CSV files at its file, row and column, with what to do', async () => {
    const { path, init } = post('/validate?asOf=2026-03-01', form(csvFolder('csv-broken')));
    const body = (await (await makeApp().request(path, init)).json()) as ValidateResponse;
    expect(body.ok).toBe(false);
    expect(body.format).toBe('csv');
    expect(body.counts.errors).toBe(body.issues.filter((i) => i.severity === 'error').length);
    const error = body.issues.find(
      (issue) => issue.severity === 'error' && issue.row !== undefined,
    );
    expect(error).toMatchObject({
      file: expect.stringMatching(/\.csv$/u),
      row: expect.any(Number),
    });
    expect(error?.hint).toMatch(/^Hãy /u);
    expect(error?.message.length).toBeGreaterThan(10);
    // Names of people are never sent back as values.
    const names = body.issues.filter((issue) => issue.column?.toLowerCase().includes('tên'));
    for (const issue of names) expect(issue.value).toBeUndefined();
  });

  it('lists every error first and folds the warnings and notices into counted groups', async () => {
    const { path, init } = post(`/validate?asOf=${PROBLEM_AS_OF}`, form(problemFiles()));
    const body = (await (await makeApp().request(path, init)).json()) as ValidateResponse;
    expect(body.counts).toEqual(PROBLEM_COUNTS);
    // The 8 errors come first, the last two from the end of bien-dong.
    expect(body.issues.slice(0, 8).map((issue) => `${issue.file}:${issue.row}`)).toEqual([
      ...MEMBER_ERROR_ROWS.map((row) => `dang-vien.csv:${row}`),
      'bien-dong.csv:25',
      'bien-dong.csv:26',
    ]);
    expect(body.issues.slice(8).every((issue) => issue.severity !== 'error')).toBe(true);
    expect(
      body.groups.map(({ severity, code, file, count, listed }) => [
        severity,
        code,
        file,
        count,
        listed.length,
      ]),
    ).toEqual([
      ['error', 'invalid-code', 'dang-vien.csv', 6, 6],
      ['error', 'invalid-date', 'bien-dong.csv', 2, 2],
      ['warning', 'small-cell', 'to-chuc.csv', 1, 1],
      ['warning', 'probation-overdue', 'dang-vien.csv', 357, 200],
      ['notice', 'bare-year', 'dang-vien.csv', 29, 29],
    ]);
    // 200 of the 357 overdue probations are listed: the answer stays short.
    expect(body.issues).toHaveLength(8 + 1 + 200 + 29);
    expect(body.groups[3]?.title).toBe('Dự bị quá hạn, chưa có ngày chính thức');
    expect(ValidateResponse.safeParse(body).success).toBe(true);
  });

  it('gives the messages in English when asked', async () => {
    const { path, init } = post('/validate?lang=en', form(csvFolder('csv-broken')));
    const body = (await (await makeApp().request(path, init)).json()) as ValidateResponse;
    const error = body.issues.find((issue) => issue.severity === 'error');
    expect(error?.message).toMatch(/^[A-Z“]/u);
    expect(`${error?.message} ${error?.hint}`).not.toMatch(/Hãy/u);
  });

  it('reads the Dương Kinh workbook: 1.239 members, valid', async () => {
    expect(existsSync(SAMPLE), `the Dương Kinh sample workbook is missing: ${SAMPLE}`).toBe(true);
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const { path, init } = post(
      '/validate?asOf=2026-03-01',
      form([{ name: 'duong-kinh.xlsx', bytes }]),
    );
    const body = (await (await makeApp().request(path, init)).json()) as ValidateResponse;
    expect(body.format).toBe('xlsx');
    expect(body.ok).toBe(true);
    expect(body.records.members).toBe(1239);
  });

  it('says a damaged workbook cannot be read, naming the file (400)', async () => {
    const { path, init } = post(
      '/validate',
      form([{ name: 'hong.xlsx', bytes: 'không phải zip' }]),
    );
    const response = await makeApp().request(path, init);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('unreadable-input');
    expect(error.message).toContain('“hong.xlsx”');
  });

  it.each([
    ['no file', form([])],
    [
      'two kinds at once',
      form([...csvFolder('csv-messy').slice(0, 1), { name: 'a.json', bytes: '{}' }]),
    ],
  ])('answers 400 for %s', async (_, body) => {
    const response = await makeApp().request('/validate', { method: 'POST', headers: AUTH, body });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('bad-request');
  });

  it('answers 400 for a body that is not multipart as it claims', async () => {
    const response = await makeApp().request('/validate', {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'multipart/form-data; boundary=x' },
      body: 'garbage',
    });
    expect(response.status).toBe(400);
  });

  it('answers 400 for an invalid reference date', async () => {
    const { path, init } = post('/validate?asOf=2026-02-30', json());
    const response = await makeApp().request(path, init);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain('2026-02-30');
  });

  it.each([
    ['a plain-text body', { 'Content-Type': 'text/plain' }, 'hello'],
    ['no content type', {}, new Uint8Array([1, 2])],
  ])('answers 415 for %s', async (_, headers, body) => {
    const response = await makeApp().request('/validate', {
      method: 'POST',
      headers: { ...AUTH, ...headers },
      body: body as Body,
    });
    expect(response.status).toBe(415);
    expect((await errorOf(response)).code).toBe('unsupported-media-type');
  });

  it('answers 415 for an old .xls workbook, saying how to save it', async () => {
    const { path, init } = post('/validate', form([{ name: 'cu.xls', bytes: 'x' }]));
    const response = await makeApp().request(path, init);
    expect(response.status).toBe(415);
    expect((await errorOf(response)).message).toContain('.xlsx');
  });
});

describe('limits', () => {
  const small = () => makeApp({ limits: { maxBytes: 1000, maxFiles: 2 } });

  it('answers 413 when Content-Length is over the limit, in Vietnamese and English', async () => {
    const response = await small().request('/validate', {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json', 'Content-Length': '5000' },
      body: 'x'.repeat(5000),
    });
    expect(response.status).toBe(413);
    expectSecurityHeaders(response);
    const error = await errorOf(response);
    expect(error.code).toBe('payload-too-large');
    expect(error.message).toContain('quá lớn');
    const english = await small().request('/validate?lang=en', {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json', 'Content-Length': '5000' },
      body: 'x'.repeat(5000),
    });
    expect((await errorOf(english)).message).toContain('too large');
  });

  it('answers 413 when the streamed body passes the limit whatever its length said', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(400));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 50) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await small().request('/validate', {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    // Reading stopped soon after the limit.
    expect(sent).toBeLessThan(10);
  });

  it('answers 413 for too many files', async () => {
    const files = ['a', 'b', 'c'].map((name) => ({ name: `${name}.csv`, bytes: 'x' }));
    const response = await small().request('/validate', {
      method: 'POST',
      headers: AUTH,
      body: form(files),
    });
    expect(response.status).toBe(413);
    const error = await errorOf(response);
    expect(error.code).toBe('too-many-files');
    expect(error.message).toContain('tối đa 2 tệp');
  });

  it('answers 413 for a workbook that expands to far more than its size (a zip bomb)', async () => {
    // The template with one sheet replaced by a huge cell that compresses to almost nothing.
    const entries = unzipSync(await templateWorkbookBytes());
    entries['xl/worksheets/sheet3.xml'] = strToU8(
      `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(4 * 1024 * 1024)}</t></is></c></row></sheetData></worksheet>`,
    );
    const bomb = zipSync(entries, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    const { path, init } = post('/validate', form([{ name: 'bom.xlsx', bytes: bomb }]));
    const response = await makeApp().request(path, init);
    expect(response.status).toBe(413);
    const error = await errorOf(response);
    expect(error.code).toBe('payload-too-large');
    expect(error.message).toContain('giải nén');
  });

  it('answers 504 when building the report takes longer than the time limit', async () => {
    const slow: RendererPlugin = {
      format: 'slow',
      mediaType: 'text/plain',
      extension: 'txt',
      render: () => new Promise((resolve) => setTimeout(() => resolve(new Uint8Array()), 400)),
    };
    const app = makeApp({ renderers: [slow], limits: { timeoutMs: 50 } });
    const { path, init } = post(`/reports?${WINDOW}&format=slow`, json());
    const response = await app.request(path, init);
    expect(response.status).toBe(504);
    expectSecurityHeaders(response);
    const error = await errorOf(response);
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('giây');
  });
});

describe('POST /stats', () => {
  it('gives the stats object of the data contract', async () => {
    const { path, init } = post(`/stats?${WINDOW}`, json());
    const response = await makeApp().request(path, init);
    expect(response.status).toBe(200);
    const stats = (await response.json()) as Record<string, unknown>;
    expect(stats).toMatchObject({
      asOf: '2026-03-01',
      from: '2025-07-01',
      members: { total: 3 },
      movements: { from: '2025-07-01', to: '2026-03-01' },
    });
    expect(Object.keys(stats)).toEqual(
      expect.arrayContaining(['asOf', 'organizations', 'members', 'movements']),
    );
  });

  it.each([
    ['no from', '/stats?asOf=2026-03-01', 'Thiếu ngày bắt đầu kỳ'],
    ['from after asOf', '/stats?asOf=2026-03-01&from=2026-04-01', 'trước'],
  ])('answers 400 for %s', async (_, path, words) => {
    const { init } = post(path, json());
    const response = await makeApp().request(path, init);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain(words);
  });

  it('words window problems as core does, in the request’s language; an empty date is absent', async () => {
    const path = '/stats?asOf=2026-03-01&from=2026-04-01&lang=en';
    const response = await makeApp().request(path, post(path, json()).init);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toBe(
      'from 2026-04-01 must not be after asOf 2026-03-01.',
    );
    const validate = await makeApp().request('/validate?asOf=', post('', json()).init);
    expect(validate.status).toBe(200);
  });

  it('answers 422 window-not-covered, saying what the data covers, for a date after its data date', async () => {
    const history = readFileSync(
      new URL('../../../examples/ward-history/dataset.json', import.meta.url),
    );
    const body = () => form([{ name: 'du-lieu.json', bytes: new Uint8Array(history) }]);
    const inside = '/stats?asOf=2025-12-31&from=2025-01-01';
    const ok = await makeApp().request(inside, post(inside, body()).init);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ dataDate: '2026-03-01', members: { total: 14 } });
    for (const [lang, words] of [
      ['vi', 'Không tính được số liệu đến ngày 30/6/2026: dữ liệu chỉ đúng đến ngày 1/3/2026'],
      ['en', 'Figures cannot be computed at 2026-06-30: the data is true on 2026-03-01'],
    ] as const) {
      const path = `/stats?asOf=2026-06-30&from=2026-01-01&lang=${lang}`;
      const response = await makeApp().request(path, post(path, body()).init);
      expect(response.status).toBe(422);
      const error = await errorOf(response);
      expect(error.code).toBe('window-not-covered');
      expect(error.message).toContain(words);
    }
  });

  it('answers 422 with the issues when the data has errors', async () => {
    const { path, init } = post(`/stats?${WINDOW}`, form(csvFolder('csv-broken')));
    const response = await makeApp().request(path, init);
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid-dataset');
    expect(error.issues?.length).toBeGreaterThan(0);
    expect(error.issues?.[0]).toMatchObject({ file: expect.any(String), hint: expect.any(String) });
  });
});

describe('POST /reports/findings', () => {
  it('lists the stated figures that differ from the data, with how each was computed', async () => {
    const { path, init } = post(`/reports/findings?${WINDOW}`, json());
    const response = await makeApp().request(path, init);
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    const body = (await response.json()) as {
      mismatches: { computed: string; how: { vi: string } }[];
    };
    expect(body.mismatches).toHaveLength(1);
    expect(body.mismatches[0]?.how.vi.length).toBeGreaterThan(10);
  });

  it('tells a narrative written for another ward, and the generic narrative does not', async () => {
    const app = makeApp();
    const asked = await app.request(`/reports/findings?${WINDOW}`, post('', json()).init);
    const body = (await asked.json()) as FindingsResponse;
    expect(body.otherWard).toEqual({ narrative: 'phường Thử Nghiệm', data: 'phường Mẫu' });
    expect(body.gaps).toEqual([]);
    const generic = await app.request(
      `/reports/findings?${WINDOW}&narrative=generic`,
      post('', json()).init,
    );
    const genericBody = (await generic.json()) as FindingsResponse;
    expect(genericBody.otherWard).toBeUndefined();
    expect(genericBody.mismatches).toEqual([]);
    const docx = await app.request(
      `/reports?${WINDOW}&format=md&narrative=generic`,
      post('', json()).init,
    );
    expect(await docx.text()).toContain('ĐỘI NGŨ ĐẢNG VIÊN');
  });

  it('lists the headings that need data the dataset lacks; the report is refused unless draft=1', async () => {
    const lacking = () =>
      form([
        {
          name: 'du-lieu.json',
          bytes: JSON.stringify(buildDataset({ classifications: [] })),
        },
      ]);
    const app = makeApp({
      report: ({ stats }) =>
        buildReport(
          {
            ...TEMPLATE,
            parts: [
              {
                numeral: 'I',
                title: 'XẾP LOẠI',
                text: 'Năm {{classification.distribution.years.0.year}} xếp loại đảng viên.',
              },
            ],
            declared: [],
          },
          stats,
        ),
    });
    const findings = await app.request(`/reports/findings?${WINDOW}`, post('', lacking()).init);
    const body = (await findings.json()) as FindingsResponse;
    expect(body.gaps).toEqual([
      {
        section: 'I',
        title: 'XẾP LOẠI',
        figures: [
          {
            path: 'classification.distribution.years.0.year',
            label: expect.objectContaining({ vi: expect.stringContaining('Năm xếp loại') }),
          },
        ],
      },
    ]);
    const refused = await app.request(`/reports?${WINDOW}&format=docx`, post('', lacking()).init);
    expect(refused.status).toBe(422);
    const error = await errorOf(refused);
    expect(error.code).toBe('missing-figures');
    expect(error.message).toContain('Mục I (XẾP LOẠI): Xếp loại chất lượng');
    expect(error.message).not.toContain('classification.');
    const draft = await app.request(
      `/reports?${WINDOW}&format=md&draft=1`,
      post('', lacking()).init,
    );
    expect(draft.status).toBe(200);
    expect(await draft.text()).toContain('thiếu số liệu');
  });

  it('needs the token', async () => {
    const { path, init } = post(`/reports/findings?${WINDOW}`, json());
    const response = await makeApp().request(path, { ...init, headers: {} });
    expect(response.status).toBe(401);
  });
});

describe('POST /reports', () => {
  it('renders the DOCX as a download with the findings count', async () => {
    const { path, init } = post(`/reports?${WINDOW}&format=docx`, json());
    const response = await makeApp().request(path, init);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(DOCX);
    expect(response.headers.get('content-disposition')).toContain(
      'attachment; filename="bao-cao-2026-03-01.docx"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-party-findings')).toBe('1');
    expectSecurityHeaders(response);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const document = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    // The header is the data's ward (don-vi), not the narrative's.
    expect(document).toContain('ĐẢNG ỦY PHƯỜNG MẪU');
    expect(document).not.toContain('THỬ NGHIỆM');
  });

  it('renders HTML and Markdown', async () => {
    const app = makeApp();
    const html = await app.request(`/reports?${WINDOW}&format=html`, post('', json()).init);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect((await html.text()).replace(/<[^>]+>/gu, '')).toContain('toàn Đảng bộ có 3 đảng viên');
    const md = await app.request(`/reports?${WINDOW}&format=md`, post('', json()).init);
    expect(md.headers.get('content-type')).toContain('text/markdown');
    expect(md.headers.get('content-disposition')).toContain('bao-cao-2026-03-01.md');
  });

  it('adds the findings slip at the end with findings=appendix, comments only otherwise', async () => {
    const app = makeApp();
    const ask = async (query: string) =>
      (await app.request(`/reports?${WINDOW}&format=md${query}`, post('', json()).init)).text();
    const slip = await ask('&findings=appendix');
    expect(slip).toContain('## PHIẾU ĐỐI CHIẾU SỐ LIỆU');
    expect(slip.indexOf('## PHIẾU ĐỐI CHIẾU SỐ LIỆU')).toBeGreaterThan(slip.indexOf('Nơi nhận'));
    expect(slip).toMatch(/\| 1 \| [IV.\d]+ \| /u);
    for (const query of ['', '&findings=comments', '&findings=other']) {
      const text = await ask(query);
      expect(text, query).not.toContain('PHIẾU ĐỐI CHIẾU');
      expect(text, query).toContain('Kiểm tra số liệu');
    }
  });

  it('takes the ward’s narrative in Markdown, and names its problems with their line', async () => {
    const narrative = `---
Cấp trên: Đảng bộ thành phố Hải Phòng
Cấp ủy: Đảng ủy phường Thử Nghiệm
Số: 5
Địa danh: Hải Phòng
Ngày: 05/3/2026
Trích yếu: tình hình đảng viên
Người ký: Nguyễn Văn Thử
---
# I. TÌNH HÌNH

Đảng bộ có {{members.total|pad}} đảng viên.

# Nơi nhận
- Lưu VPĐU.
`;
    const request = (template: string) =>
      makeApp().request(`/reports?${WINDOW}&format=md`, {
        method: 'POST',
        headers: AUTH,
        body: form([{ name: 'du-lieu.json', bytes: datasetBytes() }], { template }),
      });
    const ok = await request(`\uFEFF${narrative}`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('Đảng bộ có 03 đảng viên.');
    const bad = await request(narrative.replace('Ngày: 05/3/2026', 'Ngày: 35/3/2026'));
    expect(bad.status).toBe(400);
    const error = await errorOf(bad);
    expect(error.code).toBe('invalid-template');
    expect(error.message).toContain('dòng 6');
  });

  it.each([
    ['builder', () => makeApp()],
    ['template option', () => createPartyApp({ auth: { token: TOKEN }, template: TEMPLATE })],
  ])('uses a template sent with the request instead of the host’s %s', async (_, app) => {
    const own = { ...TEMPLATE, declared: [], summary: 'mẫu riêng của phường' };
    const body = form([{ name: 'du-lieu.json', bytes: datasetBytes() }], {
      template: JSON.stringify(own),
    });
    const response = await app().request(`/reports?${WINDOW}&format=md`, {
      method: 'POST',
      headers: AUTH,
      body,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-party-findings')).toBe('0');
    expect((await response.text()).toLowerCase()).toContain('mẫu riêng của phường');
  });

  it.each([
    ['not JSON', '{', 'JSON'],
    ['missing parts', JSON.stringify({ summary: 'x' }), 'header'],
    [
      'an unknown figure',
      JSON.stringify({
        ...TEMPLATE,
        parts: [{ numeral: 'I', title: 'A', text: '{{members.khong}}' }],
      }),
      '{{members.khong}}',
    ],
    [
      'recipients without the filed copy',
      JSON.stringify({ ...TEMPLATE, recipients: ['x'] }),
      'recipients',
    ],
  ])('answers 400 for a template that is %s', async (_, template, words) => {
    const body = form([{ name: 'du-lieu.json', bytes: datasetBytes() }], { template });
    const response = await makeApp().request(`/reports?${WINDOW}&format=md`, {
      method: 'POST',
      headers: AUTH,
      body,
    });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid-template');
    expect(error.message).toContain(words);
  });

  it('answers 400 when there is no template at all', async () => {
    const app = createPartyApp({ auth: { token: TOKEN } });
    const { path, init } = post(`/reports?${WINDOW}&format=md`, json());
    const response = await app.request(path, init);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('no-report-template');
  });

  it('answers 400 for an unknown format, listing the known ones', async () => {
    const { path, init } = post(`/reports?${WINDOW}&format=pdf`, json());
    const response = await makeApp().request(path, init);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain('docx, html, md');
  });

  it('answers 422 when the data has errors', async () => {
    const { path, init } = post(`/reports?${WINDOW}&format=md`, form(csvFolder('csv-broken')));
    expect((await makeApp().request(path, init)).status).toBe(422);
  });

  it('answers 500 without details when the host’s builder fails, and tells onError', async () => {
    const onError = vi.fn();
    const app = makeApp({
      report: () => {
        throw new Error('secret detail');
      },
      onError,
    });
    const { path, init } = post(`/reports?${WINDOW}&format=md`, json());
    const response = await app.request(path, init);
    expect(response.status).toBe(500);
    expectSecurityHeaders(response);
    const error = await errorOf(response);
    expect(error.code).toBe('internal');
    expect(error.message).not.toContain('secret');
    expect(onError).toHaveBeenCalledOnce();
  });

  it('passes the dataset, stats and window to the host’s builder', async () => {
    const report = vi.fn(({ stats }: { stats: Parameters<typeof buildReport>[1] }) =>
      buildReport(TEMPLATE, stats),
    );
    const { path, init } = post(`/reports?${WINDOW}&format=md`, json());
    await makeApp({ report }).request(path, init);
    expect(report).toHaveBeenCalledWith(
      expect.objectContaining({
        asOf: '2026-03-01',
        from: '2025-07-01',
        dataset: expect.objectContaining({ members: expect.any(Array) }),
        stats: expect.objectContaining({ members: expect.objectContaining({ total: 3 }) }),
      }),
    );
  });
});

describe('the template option', () => {
  const withTemplate = (overrides: Partial<PartyAppOptions> = {}) =>
    createPartyApp({ auth: { token: TOKEN }, template: TEMPLATE, ...overrides });

  it('builds the reports from the host’s template, checked once at creation', async () => {
    const app = withTemplate();
    const health = (await (await app.request('/health')).json()) as HealthResponse;
    expect(health.report).toBe(true);
    const md = await app.request(`/reports?${WINDOW}&format=md`, post('', json()).init);
    expect(md.status).toBe(200);
    expect(md.headers.get('x-party-findings')).toBe('1');
    expect(await md.text()).toContain('toàn Đảng bộ có 3 đảng viên');
    const findings = await app.request(`/reports/findings?${WINDOW}`, post('', json()).init);
    expect(((await findings.json()) as { mismatches: unknown[] }).mismatches).toHaveLength(1);
  });

  it('answers 400 invalid-template for placeholders the data cannot fill', async () => {
    const app = withTemplate({
      template: { ...TEMPLATE, parts: [{ numeral: 'I', title: 'A', text: '{{members.khong}}' }] },
    });
    const response = await app.request(`/reports?${WINDOW}&format=md`, post('', json()).init);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid-template');
    expect(error.message).toContain('{{members.khong}}');
  });

  it('refuses a template that is not one, and a template with a report builder', () => {
    expect(() => withTemplate({ template: { ...TEMPLATE, parts: 'x' } as never })).toThrow(
      InvalidArgumentError,
    );
    expect(() => withTemplate({ report: ({ stats }) => buildReport(TEMPLATE, stats) })).toThrow(
      /template or report/u,
    );
  });
});

describe('GET /template.xlsx and /sample.xlsx', () => {
  it('serves the empty template, one sheet per file of the contract', async () => {
    const response = await makeApp().request('/template.xlsx', { headers: AUTH });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    expect(response.headers.get('content-disposition')).toContain('mau-nhap-lieu.xlsx');
    const tables = await readWorkbookBytes(new Uint8Array(await response.arrayBuffer()), 'm.xlsx');
    expect(tables.map((table) => table.source)).toEqual(
      expect.arrayContaining(['DonVi', 'ToChuc', 'DangVien', 'BienDong']),
    );
  });

  it('answers 404 for the sample when none is configured', async () => {
    const response = await makeApp().request('/sample.xlsx', { headers: AUTH });
    expect(response.status).toBe(404);
    expect((await errorOf(response)).message).toContain('dữ liệu mẫu');
  });

  it('serves the configured sample under its name', async () => {
    const bytes = new Uint8Array([80, 75, 3, 4]);
    const app = makeApp({ sample: { fileName: 'duong-kinh.xlsx', bytes: async () => bytes } });
    const response = await app.request('/sample.xlsx', { headers: AUTH });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('filename="duong-kinh.xlsx"');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    expect(((await (await app.request('/health')).json()) as HealthResponse).sample).toBe(true);
  });
});

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document with every path, and every reference resolves', async () => {
    const response = await makeApp().request('/openapi.json', { headers: AUTH });
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/',
        '/auth/check',
        '/due',
        '/due/badges',
        '/health',
        '/openapi.json',
        '/reports',
        '/reports/findings',
        '/sample.xlsx',
        '/stats',
        '/template.xlsx',
        '/validate',
      ].sort(),
    );
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const operation of Object.values(operations)) {
        expect(Object.keys(operation.responses), path).toContain('200');
      }
    }
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/gu)];
    expect(refs.length).toBeGreaterThan(5);
    for (const [, name] of refs)
      expect(doc.components.schemas, name).toHaveProperty([name as string]);
    expect(doc.components.schemas).toHaveProperty(['Stats']);
    expect(JSON.stringify(doc.components.schemas.ValidateResponse)).toContain('"hint"');
    // The groups of issues are documented, with their count and listed positions.
    const validate = JSON.stringify(doc.components.schemas.ValidateResponse);
    expect(validate).toContain('"groups"');
    expect(validate).toContain('"listed"');
    expect(doc.components.schemas).toHaveProperty(['IssueGroup']);
  });
});

describe('the page', () => {
  it('is served at / with a CSP that allows only this server and the report’s own stylesheet', async () => {
    const response = await makeApp().request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expectSecurityHeaders(response);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]{44}'/u);
    expect(csp).toContain("script-src 'self';");
    const html = await response.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/u);
    expect(html).not.toMatch(/\sstyle=/u);
    expect(html).not.toMatch(/https?:\/\//u);
  });

  it('serves its script, stylesheet, icon and labels without a token', async () => {
    const app = makeApp();
    const types = {
      '/assets/page.js': 'text/javascript',
      '/assets/page.css': 'text/css',
      '/assets/icon.svg': 'image/svg+xml',
      '/assets/labels.json': 'application/json',
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toContain(type);
      expectSecurityHeaders(response);
    }
    const labels = (await (await app.request('/assets/labels.json')).json()) as Record<
      string,
      [string, string][]
    >;
    expect(labels.gender).toEqual([
      ['male', 'Nam'],
      ['female', 'Nữ'],
    ]);
    expect(labels.movements).toContainEqual(['transferredIn', 'Chuyển đến']);
    expect(labels.dueKinds).toContainEqual(['party-badge', 'Xét tặng huy hiệu Đảng']);
    const script = await (await app.request('/assets/page.js')).text();
    expect(script).not.toMatch(/\beval\(|new Function\(/u);
  });

  it('finds its assets under the path it is mounted at', async () => {
    const host = new Hono();
    host.route('/party', makeApp());
    const html = await (await host.request('/party')).text();
    expect(html).toContain('href="/party/assets/page.css"');
    expect(html).toContain('content="/party/"');
    expect((await host.request('/party/assets/page.js')).status).toBe(200);
    expect((await host.request('/party/health')).status).toBe(200);
    expect((await host.request('/party/validate', { method: 'POST', body: json() })).status).toBe(
      401,
    );
  });

  it('answers 404 as JSON with security headers for unknown paths', async () => {
    const response = await makeApp().request('/khong-co');
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
    expect((await errorOf(response)).code).toBe('not-found');
  });
});

describe('the page assets', () => {
  it('answers the page as unavailable (503) when the host gives no loader, the API unchanged', async () => {
    const app = createPartyApp({ auth: { token: TOKEN } });
    const page = await app.request('/');
    expect(page.status).toBe(503);
    expectSecurityHeaders(page);
    expect((await errorOf(page)).code).toBe('page-unavailable');
    for (const path of ['/assets/page.js', '/assets/page.css']) {
      expect((await app.request(path)).status, path).toBe(404);
    }
    for (const path of ['/assets/icon.svg', '/assets/labels.json', '/health']) {
      expect((await app.request(path)).status, path).toBe(200);
    }
  });

  it('serves what the host’s loader gives, read once, and asks again while there is nothing', async () => {
    let built = false;
    const pageAssets = vi.fn(async () => (built ? { js: 'void 0;', css: 'main{}' } : undefined));
    const app = createPartyApp({ auth: { token: TOKEN }, pageAssets });
    expect((await app.request('/')).status).toBe(503);
    built = true;
    const page = await app.request('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await (await app.request('/assets/page.js')).text()).toBe('void 0;');
    expect(await (await app.request('/assets/page.css')).text()).toBe('main{}');
    expect(pageAssets).toHaveBeenCalledTimes(2);
  });

  it('answers 500 and tells onError when the loader fails', async () => {
    const onError = vi.fn();
    const app = createPartyApp({
      auth: { token: TOKEN },
      pageAssets: () => Promise.reject(new Error('disk gone')),
      onError,
    });
    const response = await app.request('/');
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('disk');
    expect(onError).toHaveBeenCalledOnce();
  });
});

describe('CORS', () => {
  const origin = 'https://phuong.example';

  it('is off unless configured', async () => {
    const app = makeApp();
    const response = await app.request('/health', { headers: { Origin: origin } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await app.request('/validate', {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows only the configured origins, preflight without a token', async () => {
    const app = makeApp({ cors: { origins: [origin] } });
    const preflight = await app.request('/validate', {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'authorization',
    );
    const { path, init } = post(`/reports?${WINDOW}&format=md`, json(), {
      ...AUTH,
      Origin: origin,
    });
    const response = await app.request(path, init);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('access-control-expose-headers')).toContain('X-Party-Findings');
    const other = await app.request('/health', { headers: { Origin: 'https://khac.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('createPartyHandler', () => {
  it('answers Web-standard requests', async () => {
    const handle = createPartyHandler({ auth: { token: TOKEN } });
    const health = await handle(new Request('http://localhost/health'));
    expect(health.status).toBe(200);
    const denied = await handle(new Request('http://localhost/validate', { method: 'POST' }));
    expect(denied.status).toBe(401);
    const validated = await handle(
      new Request('http://localhost/validate', { method: 'POST', headers: AUTH, body: json() }),
    );
    expect(((await validated.json()) as ValidateResponse).ok).toBe(true);
  });
});
