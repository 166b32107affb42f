// Load bench of `serve` (issue 13, item 11): a burst of large uploads on
// loopback while `/health` and the page are polled. Three processes, as in
// an office: the server, the machines that upload, and the one that polls,
// so neither client's own work stalls what is measured. Prints the latency
// of the small requests (p50, p95, max) and what became of the uploads
// (answered, 503 busy). After `pnpm build`:
//   node bench/load.mjs [--uploads 10] [--mb 19] [--workers N] [--queue N]
// `--workers 0` measures the inline runner (everything on the one thread).
// (19 MB of JSON: each upload stays under the default 20 MB limit.)
import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import { buildDataset } from '@org/party-core/testing';
import { serve } from '../dist/node.js';

const { values } = parseArgs({
  options: {
    uploads: { type: 'string', default: '10' },
    mb: { type: 'string', default: '19' },
    workers: { type: 'string' },
    queue: { type: 'string' },
    role: { type: 'string', default: 'poll' },
    json: { type: 'boolean', default: false },
    url: { type: 'string' },
  },
});
const TOKEN = 'bench-token-0123456789abcdef';
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const workers = values.workers === undefined ? undefined : Number(values.workers);
const queue = values.queue === undefined ? undefined : Number(values.queue);

/** A canonical JSON dataset of about `mb` megabytes (the test dataset, its first member repeated). */
function datasetBytes(mb) {
  const dataset = buildDataset();
  const [first] = dataset.members;
  const size = JSON.stringify(first).length + 1;
  const members = [...dataset.members];
  for (let i = 0; members.length * size < mb * 1024 * 1024; i += 1) {
    members.push({ ...first, id: `DX${String(i).padStart(7, '0')}` });
  }
  return new TextEncoder().encode(JSON.stringify({ ...dataset, members }));
}

function upload(url, bytes) {
  const body = new FormData();
  body.append('files', new Blob([bytes]), 'du-lieu.json');
  return fetch(new URL('validate', url), { method: 'POST', headers: AUTH, body });
}

/** The server: `serve` with the options asked, its address sent to the parent. */
async function runServer() {
  const server = await serve({
    port: 0,
    auth: { token: TOKEN },
    ...(workers === undefined ? {} : { workers }),
    ...(queue === undefined ? {} : { queue }),
  });
  process.send?.(server.url);
  process.once('message', async () => {
    await server.close();
    process.exit(0);
  });
}

/** The uploaders: every upload at once when told, then the statuses to the parent. */
async function runUploads() {
  const bytes = datasetBytes(Number(values.mb));
  process.send?.('ready');
  process.once('message', async () => {
    const statuses = await Promise.all(
      Array.from({ length: Number(values.uploads) }, async () => {
        const response = await upload(values.url, bytes);
        const text = await response.text();
        const retryAfter = response.headers.get('retry-after');
        const code = response.status === 200 ? undefined : JSON.parse(text).error?.code;
        return { status: response.status, retryAfter, code };
      }),
    );
    process.send?.(statuses, () => process.exit(0));
  });
}

const started = (child) =>
  new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`a bench process ended early (exit ${code})`)));
  });
const print = (line) => process.stdout.write(`${line}\n`);
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** The poller: starts the others, then times `/health` and the page until the uploads end. */
async function runPoll() {
  const args = process.argv.slice(2);
  const server = fork(new URL(import.meta.url), [...args, '--role', 'server']);
  const url = await started(server);
  try {
    // Warm: one small check, so the first worker and the page are loaded.
    await (await upload(url, new TextEncoder().encode(JSON.stringify(buildDataset())))).text();
    await (await fetch(url)).text();
    const uploader = fork(new URL(import.meta.url), [...args, '--role', 'upload', '--url', url]);
    await started(uploader);
    const start = performance.now();
    let statuses;
    const done = started(uploader).then((list) => {
      statuses = list;
    });
    uploader.send('go');
    const times = { health: [], page: [] };
    const timed = async (key, target) => {
      const t0 = performance.now();
      const response = await fetch(target);
      await response.text();
      times[key].push(performance.now() - t0);
    };
    while (statuses === undefined) {
      await timed('health', new URL('health', url));
      await timed('page', url);
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 10))]);
    }
    const seconds = (performance.now() - start) / 1000;
    const latency = Object.fromEntries(
      Object.entries(times).map(([key, list]) => {
        const sorted = [...list].sort((x, y) => x - y);
        const at = (q) => Math.round(quantile(sorted, q) * 10) / 10;
        return [key, { n: sorted.length, p50: at(0.5), p95: at(0.95), max: at(1) }];
      }),
    );
    const count = (test) => statuses.filter(test).length;
    if (values.json) {
      print(JSON.stringify({ seconds, uploads: statuses, latency }));
      return;
    }
    print(
      `serve, ${values.uploads} uploads of ${values.mb} MB at once, workers ${workers ?? 'default'}: ` +
        `${count((u) => u.status === 200)} answered, ${count((u) => u.status === 503)} busy (503), ` +
        `${count((u) => u.status !== 200 && u.status !== 503)} other, burst ${seconds.toFixed(1)} s`,
    );
    for (const [key, { n, p50, p95, max }] of Object.entries(latency)) {
      print(
        `  ${key.padEnd(6)} n=${String(n).padStart(4)}  p50 ${p50} ms  p95 ${p95} ms  max ${max} ms`,
      );
    }
  } finally {
    server.send('close');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

if (values.role === 'server') await runServer();
else if (values.role === 'upload') await runUploads();
else await runPoll();
