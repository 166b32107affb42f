import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATASET_COLLECTIONS, Dataset, InvalidArgumentError } from '@org/party-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson';
import { writeCanonicalJson } from './writeJson';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'party-import-json-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A dataset whose objects were built with keys out of schema order. */
function scrambled(): Dataset {
  return {
    members: [
      {
        org: 'CB01',
        workingAway: false,
        id: '012345678901',
        generalEducation: 'upper-secondary',
        fullName: 'Nguyễn Thị Bình',
        officialOn: '2006-03-26',
        exempt: false,
        birthDate: '1980',
        occupation: 'retired',
        gender: 'female',
        politicalTheory: 'none',
        ethnicity: 'Kinh',
        professional: 'university',
        religion: 'none',
        admittedOn: '2005-03-26',
      },
    ],
    ward: { population: 27339, name: 'Đảng bộ phường Dương Kinh', areaKm2: 12.5 },
    organizations: [
      {
        eHandbook: true,
        category: 'residential',
        name: 'Chi bộ Tổ dân phố số 1',
        kind: 'grassroots-cell',
        code: 'CB01',
      },
    ],
    admissionTargets: [{ to: '2025-12-31', admissionTarget: 3, from: '2025-01-01' }],
    movements: [],
    positions: [{ role: 'other', roleText: 'Bí thư Chi đoàn', memberId: '012345678901' }],
    inspections: [],
    training: [],
    planning: [],
    classifications: [{ rating: 'good', subject: 'CB01', subjectType: 'organization', year: 2024 }],
    asOf: '2025-06-30',
    version: 1,
  } as Dataset;
}

describe('writeCanonicalJson', () => {
  it('round-trips through JSON.parse to the same dataset', async () => {
    const path = join(dir, 'du-lieu.json');
    const dataset = Dataset.parse(scrambled());
    await writeCanonicalJson(path, dataset);
    const text = await readFile(path, 'utf8');
    expect(JSON.parse(text)).toEqual(dataset);
    expect(Dataset.parse(JSON.parse(text))).toEqual(dataset);
  });

  it('writes two-space JSON, UTF-8 without BOM, with a trailing newline', async () => {
    const path = join(dir, 'dinh-dang.json');
    await writeCanonicalJson(path, scrambled());
    const bytes = await readFile(path);
    expect(bytes[0]).toBe('{'.charCodeAt(0));
    const text = bytes.toString('utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(text).toContain('\n  "version": 1,\n');
    expect(text).toContain('"fullName": "Nguyễn Thị Bình"');
  });

  it('orders keys as the schema does, at every level', async () => {
    const path = join(dir, 'thu-tu.json');
    await writeCanonicalJson(path, scrambled());
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(Object.keys(Dataset.shape));
    expect(Object.keys(parsed.ward as object)).toEqual(['name', 'areaKm2', 'population']);
    const member = (parsed.members as object[])[0] as object;
    expect(Object.keys(member)).toEqual(
      Object.keys(DATASET_COLLECTIONS.members.shape).filter(
        (key) => key !== 'partyAgeGapMonths' && key !== 'leftOn',
      ),
    );
    expect(Object.keys((parsed.organizations as object[])[0] as object)).toEqual([
      'code',
      'name',
      'kind',
      'category',
      'eHandbook',
    ]);
    expect(Object.keys((parsed.admissionTargets as object[])[0] as object)).toEqual([
      'from',
      'to',
      'admissionTarget',
    ]);
    expect(Object.keys((parsed.classifications as object[])[0] as object)).toEqual([
      'year',
      'subjectType',
      'subject',
      'rating',
    ]);
  });

  it('keeps keys unknown to the schema after the known ones', () => {
    const dataset = { ...scrambled(), extra: 1, asOf: '2025-06-30' } as unknown as Dataset;
    const keys = Object.keys(JSON.parse(canonicalJson(dataset)) as object);
    expect(keys.at(-1)).toBe('extra');
    expect(keys.slice(0, 2)).toEqual(['version', 'asOf']);
  });

  it('replaces an existing file atomically and leaves no temporary file', async () => {
    const sub = await mkdtemp(join(dir, 'atomic-'));
    const path = join(sub, 'du-lieu.json');
    await writeFile(path, 'old content');
    await writeCanonicalJson(path, scrambled());
    expect(await readdir(sub)).toEqual(['du-lieu.json']);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ version: 1 });
  });

  it('fails with an InvalidArgumentError naming the file when the folder is missing', async () => {
    const error = await writeCanonicalJson(join(dir, 'khong-co', 'x.json'), scrambled()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toContain('“x.json”');
  });
});
