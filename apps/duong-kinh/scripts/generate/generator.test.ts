import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTION_FILES, computeStats, FIELD_HEADERS, fillNarrative } from '@org/party-core';
import { importDataset } from '@org/party-import/node';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CSV_FOLDER, WORKBOOK_FILE } from '../../src/config';
import { placeholderOf, SEED_FIGURES } from '../../src/figures';
import { CSV_DIR, WINDOW, XLSX_PATH } from '../../test/dataset';
import { generateSampleTables, generateSampleWard, writeSampleDataset } from './generate';
import { mulberry32, Random } from './random';

const temporary: string[] = [];
afterAll(async () => {
  for (const dir of temporary) await rm(dir, { recursive: true, force: true });
});

async function generateInto(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'duong-kinh-'));
  temporary.push(dir);
  await writeSampleDataset(dir);
  return dir;
}

async function files(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).sort();
  return new Map(
    await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name))] as const)),
  );
}

/** Names of the files that differ between two folders, or are in only one. */
function differing(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => {
    const left = a.get(name);
    const right = b.get(name);
    return left === undefined || right === undefined || !left.equals(right);
  });
}

describe('the seeded random generator', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it('forks by label, whatever was drawn before', () => {
    const one = new Random(42);
    const two = new Random(42);
    two.next();
    two.next();
    expect(one.fork('roster').next()).toBe(two.fork('roster').next());
    expect(one.fork('roster').next()).not.toBe(one.fork('names').next());
  });
});

describe('the generator', () => {
  it('reads neither the clock nor Math.random', () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random called');
    });
    const now = vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now called');
    });
    expect(generateSampleTables().length).toBe(10);
    expect(random).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
  });

  it('writes the same bytes twice, and the committed files are those bytes', async () => {
    const [first, second] = [await generateInto(), await generateInto()];
    const csvFirst = await files(join(first, CSV_FOLDER));
    expect(differing(await files(join(second, CSV_FOLDER)), csvFirst)).toEqual([]);
    expect(
      differing(await files(CSV_DIR), csvFirst),
      'the committed CSV files are stale: run pnpm --filter @org/sample-duong-kinh generate',
    ).toEqual([]);
    const workbook = await readFile(join(first, WORKBOOK_FILE));
    expect((await readFile(join(second, WORKBOOK_FILE))).equals(workbook)).toBe(true);
    expect(
      (await readFile(XLSX_PATH)).equals(workbook),
      'the committed workbook is stale: run pnpm --filter @org/sample-duong-kinh generate',
    ).toBe(true);
  });

  it('writes one CSV per file of the contract, with BOM, Vietnamese headers and dd/mm/yyyy dates', async () => {
    const written = await files(CSV_DIR);
    const expected = Object.values(COLLECTION_FILES)
      .map((f) => `${f.file}.csv`)
      .sort();
    expect([...written.keys()]).toEqual(expected);
    const roster = written.get('dang-vien.csv')?.toString('utf8') ?? '';
    expect(roster.startsWith('\uFEFF')).toBe(true);
    const [header, first] = roster.slice(1).split('\r\n');
    expect(header?.split(',').slice(0, 3)).toEqual([
      FIELD_HEADERS.members.id,
      FIELD_HEADERS.members.fullName,
      FIELD_HEADERS.members.birthDate,
    ]);
    expect(first?.split(',')[2]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/u);
  });

  it('invents unique names and codes for everyone it mentions', () => {
    const ward = generateSampleWard();
    const ids = [...ward.members.map((m) => m.id), ...ward.movements.map((m) => m.memberId)];
    const names = new Map<string, string>();
    for (const movement of ward.movements) names.set(movement.memberId, movement.fullName);
    for (const member of ward.members) names.set(member.id, member.fullName);
    expect(new Set(names.values()).size).toBe(names.size);
    for (const id of ids) expect(id).toMatch(/^DK\d{4}$/u);
    for (const name of names.values()) expect(name.split(' ').length).toBeGreaterThanOrEqual(3);
  });
});

describe('the figures hold by construction, whatever the seed', () => {
  it.each([1, 7])('seed %i reproduces every printed figure', async (seed) => {
    const dir = await mkdtemp(join(tmpdir(), 'duong-kinh-seed-'));
    temporary.push(dir);
    const written = await writeSampleDataset(dir, seed);
    const result = await importDataset(written.csvDir, { asOf: WINDOW.asOf });
    expect(result.ok).toBe(true);
    const stats = computeStats(result.data, WINDOW);
    const wrong = SEED_FIGURES.filter(
      (figure) => fillNarrative(placeholderOf(figure), stats).text !== figure.printed,
    );
    expect(wrong).toEqual([]);
    expect(stats.planning.violations).toEqual([]);
  });
});
