#!/usr/bin/env node
// Writes what a user sees from the built toolkit into one folder: the CLI's
// output (stdout, stderr, exit status) for a set of commands, the web
// adapter's responses for a set of requests, and the files `pnpm demo`
// writes. Run it before and after a change that must not change behaviour,
// then compare the two folders:
//
//   pnpm build && node scripts/output-snapshot.mjs /tmp/before
//   …change…
//   pnpm build && node scripts/output-snapshot.mjs /tmp/after
//   diff -r /tmp/before /tmp/after && echo identical
//
// Needs the packages built (`pnpm build`); `--demo` also runs `pnpm demo`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const out = resolve(process.argv[2] ?? '/tmp/party-output-snapshot');
const withDemo = process.argv.includes('--demo');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const SAMPLE_CSV = 'apps/duong-kinh/data/csv';
const SAMPLE_XLSX = 'apps/duong-kinh/data/duong-kinh.xlsx';
const MINIMAL = 'examples/minimal/dataset.json';
const NARRATIVE = 'apps/duong-kinh/narrative';
const MINIMAL_NARRATIVE = 'examples/minimal/bao-cao.md';
const W = ['--as-of', '2026-03-01', '--from', '2025-07-01'];
const tmp = join(out, '.tmp');
mkdirSync(tmp, { recursive: true });

/** The arguments of `party report` over the window `W`, with `rest` after the output. */
const report = (dataset, narrative, output, ...rest) => [
  'report',
  dataset,
  ...W,
  '--narrative',
  narrative,
  '-o',
  output,
  ...rest,
];

/** Each CLI run: a name and its arguments. Output files go to the temp folder and are hashed. */
const cli = [
  ['help', ['--help']],
  ['help-en', ['--help', '--lang', 'en']],
  ['stats-help', ['stats', '--help']],
  ['report-help-en', ['report', '--help', '--lang', 'en']],
  ['unknown-command', ['statz']],
  ['unknown-option', ['stats', MINIMAL, '--asof', '2026-03-01']],
  ['bad-date', ['stats', MINIMAL, '--as-of', '2026-02-30', '--from', '2025-07-01']],
  [
    'bad-date-en',
    ['stats', MINIMAL, '--as-of', '2026-13-01', '--from', '2025-07-01', '--lang', 'en'],
  ],
  ['window-reversed', ['stats', MINIMAL, '--as-of', '2025-07-01', '--from', '2026-03-01']],
  [
    'window-reversed-en',
    ['stats', MINIMAL, '--as-of', '2025-07-01', '--from', '2026-03-01', '--lang', 'en'],
  ],
  ['validate-minimal', ['validate', MINIMAL]],
  ['validate-minimal-json', ['validate', MINIMAL, '--json']],
  ['validate-sample-csv', ['validate', SAMPLE_CSV, '--as-of', '2026-03-01']],
  ['validate-sample-xlsx-en', ['validate', SAMPLE_XLSX, '--lang', 'en']],
  ['validate-broken', ['validate', 'packages/cli/test/fixtures/broken.json']],
  ['validate-broken-en', ['validate', 'packages/cli/test/fixtures/broken.json', '--lang', 'en']],
  ['validate-broken-json', ['validate', 'packages/cli/test/fixtures/broken.json', '--json']],
  ['validate-broken-csv', ['validate', 'packages/cli/test/fixtures/broken-csv']],
  ['validate-messy-csv', ['validate', 'packages/cli/test/fixtures/messy-csv']],
  ['validate-messy-xlsx-en', ['validate', 'packages/cli/test/fixtures/messy.xlsx', '--lang', 'en']],
  ['validate-not-json', ['validate', 'packages/cli/test/fixtures/not-json.json']],
  ['validate-missing', ['validate', 'no/such/file.json']],
  ['validate-missing-en', ['validate', 'no/such/file.json', '--lang', 'en']],
  ['stats-minimal', ['stats', MINIMAL, ...W]],
  ['stats-minimal-en', ['stats', MINIMAL, ...W, '--lang', 'en']],
  ['stats-minimal-json', ['stats', MINIMAL, ...W, '--json']],
  [
    'stats-minimal-2025',
    ['stats', MINIMAL, '--as-of', '2025-12-31', '--from', '2025-07-01', '--json'],
  ],
  ['stats-sample-csv', ['stats', SAMPLE_CSV, ...W]],
  ['stats-sample-csv-json', ['stats', SAMPLE_CSV, ...W, '--json']],
  ['stats-sample-xlsx-en', ['stats', SAMPLE_XLSX, ...W, '--lang', 'en']],
  ['stats-broken', ['stats', 'packages/cli/test/fixtures/broken.json', ...W]],
  ['import-minimal', ['import', MINIMAL, '-o', join(tmp, 'import.json')], ['import.json']],
  ['import-exists', ['import', MINIMAL, '-o', join(tmp, 'import.json')]],
  [
    'import-broken-en',
    ['import', 'packages/cli/test/fixtures/broken.json', '-o', join(tmp, 'x.json'), '--lang', 'en'],
  ],
  ['template-xlsx', ['template', '-o', join(tmp, 'mau.xlsx')], ['mau.xlsx']],
  ['template-csv', ['template', '-o', join(tmp, 'mau-csv')], ['mau-csv']],
  [
    'report-sample',
    report(SAMPLE_CSV, NARRATIVE, join(tmp, 'r', 'bao-cao'), '--format', 'docx', 'html', 'md'),
    ['r'],
  ],
  [
    'report-sample-en',
    report(SAMPLE_XLSX, NARRATIVE, join(tmp, 'r-en', 'bao-cao.html'), '--lang', 'en'),
    ['r-en'],
  ],
  ['report-minimal', report(MINIMAL, MINIMAL_NARRATIVE, join(tmp, 'm', 'bao-cao.md')), ['m']],
  ['report-exists', report(MINIMAL, MINIMAL_NARRATIVE, join(tmp, 'm', 'bao-cao.md'))],
  ['report-bad-format', report(MINIMAL, MINIMAL_NARRATIVE, join(tmp, 'x', 'y'), '--format', 'pdf')],
  [
    'report-broken-data',
    report('packages/cli/test/fixtures/broken.json', MINIMAL_NARRATIVE, join(tmp, 'x', 'z.md')),
  ],
  ['report-no-narrative', report(MINIMAL, 'no/such.md', join(tmp, 'x', 'w.md'))],
  ['due-help', ['due', '--help']],
  ['due-minimal', ['due', MINIMAL, '--from', '2026-01-01', '--until', '2026-12-31']],
  [
    'due-sample-csv-en',
    ['due', SAMPLE_CSV, '--from', '2026-03-01', '--until', '2026-05-31', '--lang', 'en'],
  ],
  ['due-minimal-json', ['due', MINIMAL, '--from', '2026-01-01', '--until', '2026-12-31', '--json']],
  [
    'due-minimal-ics',
    ['due', MINIMAL, '--from', '2026-01-01', '--until', '2026-12-31', '--format', 'ics'],
  ],
  [
    'due-sample-xlsx',
    [
      'due',
      SAMPLE_CSV,
      '--from',
      '2026-03-01',
      '--until',
      '2026-05-31',
      '-o',
      join(tmp, 'due.xlsx'),
    ],
    ['due.xlsx'],
  ],
  [
    'due-badges-docx',
    ['due', SAMPLE_CSV, '--badges', '2026-05-19', '-o', join(tmp, 'hh.docx')],
    ['hh.docx'],
  ],
  ['due-reversed', ['due', MINIMAL, '--from', '2026-06-01', '--until', '2026-01-01']],
];

function hashTree(path) {
  const lines = [];
  const walk = (p, rel) => {
    let entries;
    try {
      entries = readdirSync(p, { withFileTypes: true });
    } catch {
      lines.push(`${rel} ${createHash('sha256').update(readFileSync(p)).digest('hex')}`);
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      walk(join(p, e.name), `${rel}/${e.name}`);
    }
  };
  walk(path, '');
  return lines.join('\n');
}

for (const [name, args, files = []] of cli) {
  const run = spawnSync(process.execPath, ['packages/cli/dist/bin.js', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C' },
  });
  const hashes = files.map((f) => `${f}:\n${hashTree(join(tmp, f))}`).join('\n');
  const text = `exit ${run.status}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}\n--- files\n${hashes}\n`;
  writeFileSync(
    join(out, `cli-${name}.txt`),
    text.replaceAll(tmp, '<tmp>').replaceAll(root, '<root>'),
  );
}

// The web adapter, in process, with the sample's options as `pnpm serve` gives them.
const web = await import(join(root, 'packages/web/dist/index.js'));
const core = await import(join(root, 'packages/core/dist/index.js'));
const importNode = await import(join(root, 'packages/import/dist/node.js'));
const narrative = await importNode.readReportNarrative(join(root, NARRATIVE));
// The page's files: read by the Node adapter's loader where the handler no longer reads them itself.
const node = await import(join(root, 'packages/web/dist/node.js'));
const handle = web.createPartyHandler({
  ...(node.readPageAssets ? { pageAssets: node.readPageAssets } : {}),
  auth: { disabled: true },
  window: { asOf: '2026-03-01', from: '2025-07-01' },
  sample: {
    fileName: 'duong-kinh.xlsx',
    bytes: async () => new Uint8Array(readFileSync(join(root, SAMPLE_XLSX))),
  },
  report: ({ stats }) => core.buildReport(narrative.template, stats),
});
const tokenHandle = web.createPartyHandler({ auth: { token: 'snapshot-token-0123456789' } });

function upload(paths, extra = {}) {
  const body = new FormData();
  for (const p of paths) {
    const abs = join(root, p);
    let names;
    try {
      names = readdirSync(abs).map((n) => join(abs, n));
    } catch {
      names = [abs];
    }
    for (const file of names)
      body.append('files', new File([readFileSync(file)], file.split('/').pop()));
  }
  for (const [k, v] of Object.entries(extra)) body.append(k, v);
  return body;
}

const q = '?asOf=2026-03-01&from=2025-07-01';
const requests = [
  ['health', 'GET', '/health'],
  ['openapi', 'GET', '/openapi.json'],
  ['page', 'GET', '/'],
  ['labels', 'GET', '/assets/labels.json'],
  ['notfound', 'GET', '/nope'],
  ['notfound-en', 'GET', '/nope?lang=en'],
  ['template', 'GET', '/template.xlsx'],
  ['sample', 'GET', '/sample.xlsx'],
  ['validate-sample', 'POST', '/validate', () => upload([SAMPLE_XLSX])],
  ['validate-sample-csv-en', 'POST', '/validate?lang=en', () => upload([SAMPLE_CSV])],
  [
    'validate-broken',
    'POST',
    '/validate',
    () => upload(['packages/cli/test/fixtures/broken.json']),
  ],
  [
    'validate-broken-en',
    'POST',
    '/validate?lang=en',
    () => upload(['packages/cli/test/fixtures/broken.json']),
  ],
  [
    'validate-messy',
    'POST',
    '/validate?asOf=2026-03-01',
    () => upload(['packages/cli/test/fixtures/messy.xlsx']),
  ],
  ['validate-bad-date', 'POST', '/validate?asOf=2026-02-30', () => upload([MINIMAL])],
  ['stats-sample', 'POST', `/stats${q}`, () => upload([SAMPLE_XLSX])],
  ['stats-minimal', 'POST', `/stats${q}`, () => upload([MINIMAL])],
  ['stats-no-from', 'POST', '/stats?asOf=2026-03-01', () => upload([MINIMAL])],
  ['stats-no-from-en', 'POST', '/stats?asOf=2026-03-01&lang=en', () => upload([MINIMAL])],
  ['stats-bad-from', 'POST', '/stats?asOf=2026-03-01&from=xx', () => upload([MINIMAL])],
  ['stats-reversed', 'POST', '/stats?asOf=2025-03-01&from=2026-01-01', () => upload([MINIMAL])],
  [
    'stats-reversed-en',
    'POST',
    '/stats?asOf=2025-03-01&from=2026-01-01&lang=en',
    () => upload([MINIMAL]),
  ],
  ['stats-broken', 'POST', `/stats${q}`, () => upload(['packages/cli/test/fixtures/broken.json'])],
  ['report-docx', 'POST', `/reports${q}&format=docx`, () => upload([SAMPLE_XLSX])],
  ['report-html', 'POST', `/reports${q}&format=html`, () => upload([SAMPLE_XLSX])],
  ['report-md', 'POST', `/reports${q}&format=md`, () => upload([SAMPLE_CSV])],
  ['report-bad-format', 'POST', `/reports${q}&format=pdf`, () => upload([SAMPLE_XLSX])],
  ['findings', 'POST', `/reports/findings${q}`, () => upload([SAMPLE_XLSX])],
  [
    'report-own-md',
    'POST',
    `/reports${q}&format=markdown`,
    () => upload([MINIMAL, 'examples/minimal/bao-cao.md']),
  ],
  [
    'report-bad-md',
    'POST',
    `/reports${q}&format=markdown`,
    () => upload([MINIMAL], { template: '# I. X\n{{nope}}\n' }),
  ],
];

async function record(name, h, method, path, body) {
  const res = await h(
    new Request(`http://localhost${path}`, { method, ...(body ? { body: body() } : {}) }),
  );
  const bytes = new Uint8Array(await res.arrayBuffer());
  const type = res.headers.get('content-type') ?? '';
  const headers = [...res.headers.entries()]
    .map(([k, v]) => `${k}: ${v}`)
    .sort()
    .join('\n');
  const content = /json|text|markdown|html/u.test(type)
    ? new TextDecoder().decode(bytes)
    : `sha256 ${createHash('sha256').update(bytes).digest('hex')} (${bytes.length} bytes)`;
  writeFileSync(join(out, `web-${name}.txt`), `${res.status}\n${headers}\n\n${content}\n`);
}
for (const [name, method, path, body] of requests) await record(name, handle, method, path, body);
await record('token-missing', tokenHandle, 'GET', '/openapi.json');
await record('token-missing-en', tokenHandle, 'GET', '/openapi.json?lang=en');

if (withDemo) {
  const demo = spawnSync('pnpm', ['-s', 'demo'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const printed = demo.stdout.slice(
    demo.stdout.indexOf('\n', demo.stdout.lastIndexOf('Tasks:')) + 1,
  );
  writeFileSync(
    join(out, 'demo-output.txt'),
    `exit ${demo.status}\n${printed.replaceAll(root, '<root>').replace(/Xong trong [\d,]+ giây/u, 'Xong trong N giây')}\n${demo.stderr}`,
  );
  writeFileSync(join(out, 'demo-files.txt'), hashTree(join(root, 'apps/duong-kinh/out')));
}
rmSync(tmp, { recursive: true, force: true });
process.stdout.write(`Output snapshot written to ${out}\n`);
