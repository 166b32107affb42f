import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeRosterWorkbook } from '../../../packages/import/test/fixtures/xlsx/writeRosterWorkbook';
import { labelTableCsv, writeRosterFolder } from './writeRoster';

// `party stats --json` against DuckDB, whole process each, on the same CSV
// folder written from core's synthetic roster. Prints both times (median of
// PARTY_BENCH_REPEAT runs, interleaved), their ratio and the peak memory of
// each, and fails when the two give different breakdowns.
//
//   PARTY_BENCH_MEMBERS=250000 (default) | 1000000 | 5600000
//   PARTY_BENCH_REPEAT=3       runs of each, interleaved
//   PARTY_BENCH_VALIDATE=1     also times `party validate` (the 5.6 M goal is validate + stats)
//   PARTY_BENCH_DIR=/tmp/…     where the roster is written (kept and reused between runs)
//   PARTY_BENCH_NO_DUCKDB=1    the CLI only (memory growth tables)
//   PARTY_BENCH_NO_XLSX=1      skips the workbook case
//   PARTY_BENCH_OLD_CLI=…/bin.js  also runs another build of the CLI on the
//                              workbook (e.g. one with the whole-workbook reader)
//
// Then the same roster as one workbook (four sheets, dates as date cells,
// written by exceljs's streaming writer): `party stats --json` on it, whose
// output must equal the CSV folder's.

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const cli = join(root, 'packages', 'cli', 'dist', 'bin.js');
const members = Number(process.env.PARTY_BENCH_MEMBERS ?? 250_000);
const repeat = Number(process.env.PARTY_BENCH_REPEAT ?? 3);
const asOf = '2026-03-01';
const from = '2025-07-01';
const base = process.env.PARTY_BENCH_DIR ?? join(tmpdir(), 'party-bench-roster');
const folder = join(base, String(members));
const labels = join(base, 'labels.tsv');
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Run {
  seconds: number;
  /** User + system CPU seconds: steadier than wall time on a shared machine. */
  cpu: number | undefined;
  peakMb: number | undefined;
  stdout: string;
  status: number | null;
}

/** Runs a process to its end: wall time, and peak RSS when GNU time is there. */
function run(args: string[]): Run {
  const rss = join(base, 'rss.txt');
  const command = timeBin ?? process.execPath;
  const argv = timeBin ? ['-f', '%M %U %S', '-o', rss, process.execPath, ...args] : args;
  const start = performance.now();
  const child = spawnSync(command, argv, {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seconds = (performance.now() - start) / 1000;
  const [peakKb, user, system] = timeBin
    ? (readFileSync(rss, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number)
    : [];
  if (child.status !== 0 && child.status !== 1) {
    throw new Error(`${args.join(' ')} failed (${child.status}): ${child.stderr.slice(0, 2000)}`);
  }
  return {
    seconds,
    cpu: user === undefined || system === undefined ? undefined : user + system,
    peakMb: peakKb === undefined ? undefined : Math.round(peakKb / 1024),
    stdout: child.stdout,
    status: child.status,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};

/** The breakdowns DuckDB also computes, picked from the CLI's JSON. */
type Counts = Record<string, number>;
interface CliStats {
  organizations: Counts & { byKind: Counts; structure: unknown; membersByOrganization: Counts };
  members: Record<string, unknown>;
  movements: Counts;
}
function comparable(stats: CliStats): unknown {
  const o = stats.organizations;
  const m = stats.members;
  const v = stats.movements;
  const nonZero = (counts: unknown) =>
    Object.fromEntries(Object.entries(counts as Counts).filter(([, n]) => n !== 0));
  return {
    organizations: {
      byKind: nonZero(o.byKind),
      structure: o.structure,
      eHandbookRegistered: o.eHandbookRegistered,
      membersByOrganization: o.membersByOrganization,
    },
    members: {
      total: m.total,
      probationary: m.probationary,
      gender: nonZero(m.gender),
      ageBands: nonZero(m.ageBands),
      ethnicity: m.ethnicity,
      religion: nonZero(m.religion),
      generalEducation: nonZero(m.generalEducation),
      professional: nonZero(m.professional),
      politicalTheory: nonZero(m.politicalTheory),
      occupation: nonZero(m.occupation),
      exempt: m.exempt,
      workingAway: m.workingAway,
    },
    movements: nonZero({
      admitted: v.admitted,
      'transferred-in': v.transferredIn,
      'transferred-out': v.transferredOut,
      'struck-off': v.struckOff,
      expelled: v.expelled,
      deceased: v.deceased,
      resigned: v.resigned,
      'internal-transfer': v.internalTransfers,
    }),
  };
}

/** Sorts keys so that two objects with the same content print the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1)))
      : item,
  );
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

if (!existsSync(join(folder, 'dang-vien.csv'))) {
  rmSync(folder, { recursive: true, force: true });
  const start = performance.now();
  await writeRosterFolder(folder, members);
  process.stdout.write(
    `[roster] wrote ${members.toLocaleString('en')} members in ${((performance.now() - start) / 1000).toFixed(1)} s\n`,
  );
}
mkdirSync(base, { recursive: true });
writeFileSync(labels, labelTableCsv());
const size = ['to-chuc', 'dang-vien', 'bien-dong', 'chi-tieu']
  .map((name) => statSync(join(folder, `${name}.csv`)).size)
  .reduce((a, b) => a + b, 0);
process.stdout.write(
  `[roster] ${members.toLocaleString('en')} members, 4 CSV files, ${mb(size)} in ${folder}\n`,
);

const window = ['--as-of', asOf, '--from', from];
const statsArgs = [cli, 'stats', folder, ...window, '--json'];
const duckArgs = [join(here, 'duckdbStats.mjs'), folder, labels, asOf, from];
const withDuckdb = !process.env.PARTY_BENCH_NO_DUCKDB;
const withValidate = Boolean(process.env.PARTY_BENCH_VALIDATE);
const times = { cli: [] as number[], duck: [] as number[], validate: [] as number[] };
const cpus = { cli: [] as number[], duck: [] as number[], validate: [] as number[] };
const peaks = { cli: [] as number[], duck: [] as number[], validate: [] as number[] };
let cliOut = '';
let duckOut = '';
for (let i = 0; i < repeat; i += 1) {
  if (withValidate) {
    const validate = run([cli, 'validate', folder, '--as-of', asOf]);
    times.validate.push(validate.seconds);
    if (validate.cpu !== undefined) cpus.validate.push(validate.cpu);
    if (validate.peakMb !== undefined) peaks.validate.push(validate.peakMb);
  }
  const stats = run(statsArgs);
  if (stats.status !== 0) throw new Error(`party stats refused the roster: ${stats.stdout}`);
  times.cli.push(stats.seconds);
  if (stats.cpu !== undefined) cpus.cli.push(stats.cpu);
  if (stats.peakMb !== undefined) peaks.cli.push(stats.peakMb);
  cliOut = stats.stdout;
  if (withDuckdb) {
    const duck = run(duckArgs);
    times.duck.push(duck.seconds);
    if (duck.cpu !== undefined) cpus.duck.push(duck.cpu);
    if (duck.peakMb !== undefined) peaks.duck.push(duck.peakMb);
    duckOut = duck.stdout;
  }
}

const line = (label: string, seconds: number[], cpu: number[], peak: number[]) =>
  `  ${label.padEnd(22)} median ${median(seconds).toFixed(2)} s of [${seconds.map((s) => s.toFixed(2)).join(', ')}]` +
  (cpu.length > 0 ? `, CPU ${median(cpu).toFixed(2)} s` : '') +
  (peak.length > 0 ? `, peak RSS ${Math.max(...peak)} MB` : '');
process.stdout.write(
  `[roster-vs-duckdb] ${members.toLocaleString('en')} members, ${repeat} run(s) each\n`,
);
if (withValidate)
  process.stdout.write(
    `${line('party validate', times.validate, cpus.validate, peaks.validate)}\n`,
  );
process.stdout.write(`${line('party stats --json', times.cli, cpus.cli, peaks.cli)}\n`);
if (withDuckdb) {
  process.stdout.write(`${line('DuckDB (node-api)', times.duck, cpus.duck, peaks.duck)}\n`);
  const ratio = median(times.cli) / median(times.duck);
  const cpuRatio =
    cpus.cli.length > 0 ? `, CPU ${(median(cpus.cli) / median(cpus.duck)).toFixed(2)}x` : '';
  const same = canonical(comparable(JSON.parse(cliOut))) === canonical(JSON.parse(duckOut));
  process.stdout.write(
    `  ratio party/DuckDB     wall ${ratio.toFixed(2)}x (goal <= 2x)${cpuRatio}; breakdowns ${same ? 'identical' : 'DIFFER'}\n`,
  );
  if (!same) {
    process.stdout.write(`  party:  ${canonical(comparable(JSON.parse(cliOut)))}\n`);
    process.stdout.write(`  DuckDB: ${duckOut}\n`);
    process.exitCode = 1;
  }
}

if (!process.env.PARTY_BENCH_NO_XLSX) {
  const workbook = join(base, `${members}.xlsx`);
  if (!existsSync(workbook)) {
    const start = performance.now();
    await writeRosterWorkbook(`${workbook}.part`, members);
    renameSync(`${workbook}.part`, workbook);
    process.stdout.write(
      `[roster] wrote the workbook in ${((performance.now() - start) / 1000).toFixed(1)} s\n`,
    );
  }
  const oldCli = process.env.PARTY_BENCH_OLD_CLI;
  const xlsx = { seconds: [] as number[], cpu: [] as number[], peak: [] as number[] };
  const old = { seconds: [] as number[], cpu: [] as number[], peak: [] as number[] };
  let xlsxOut = '';
  let oldOut = '';
  const record = (into: typeof xlsx, result: Run) => {
    into.seconds.push(result.seconds);
    if (result.cpu !== undefined) into.cpu.push(result.cpu);
    if (result.peakMb !== undefined) into.peak.push(result.peakMb);
  };
  for (let i = 0; i < repeat; i += 1) {
    const stats = run([cli, 'stats', workbook, ...window, '--json']);
    if (stats.status !== 0) throw new Error(`party stats refused the workbook: ${stats.stdout}`);
    record(xlsx, stats);
    xlsxOut = stats.stdout;
    if (oldCli) {
      const before = run([oldCli, 'stats', workbook, ...window, '--json']);
      record(old, before);
      oldOut = before.stdout;
    }
  }
  process.stdout.write(
    `[roster-xlsx] ${members.toLocaleString('en')} members, one workbook of ${mb(statSync(workbook).size)}, ${repeat} run(s)\n`,
  );
  process.stdout.write(`${line('party stats --json', xlsx.seconds, xlsx.cpu, xlsx.peak)}\n`);
  const sameAsCsv = canonical(JSON.parse(xlsxOut)) === canonical(JSON.parse(cliOut));
  process.stdout.write(
    `  stats of the workbook   ${sameAsCsv ? 'identical to' : 'DIFFER from'} the CSV folder's\n`,
  );
  if (!sameAsCsv) process.exitCode = 1;
  if (oldCli) {
    process.stdout.write(`${line('other CLI (old reader)', old.seconds, old.cpu, old.peak)}\n`);
    const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2);
    process.stdout.write(
      `  ratio new/old          wall ${ratio(xlsx.seconds, old.seconds)}x` +
        (xlsx.cpu.length > 0 ? `, CPU ${ratio(xlsx.cpu, old.cpu)}x` : '') +
        (xlsx.peak.length > 0
          ? `, peak RSS ${(Math.max(...xlsx.peak) / Math.max(...old.peak)).toFixed(2)}x`
          : '') +
        `; stats ${canonical(JSON.parse(oldOut)) === canonical(JSON.parse(xlsxOut)) ? 'identical' : 'DIFFER'}\n`,
    );
  }
}
