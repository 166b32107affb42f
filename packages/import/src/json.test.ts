import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnreadableInputError } from '@org/party-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJsonDataset } from './json';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'party-json-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readJsonDataset', () => {
  it('reads JSON with or without a BOM', async () => {
    await writeFile(join(dir, 'a.json'), '\uFEFF{"version":1}');
    expect(await readJsonDataset(join(dir, 'a.json'))).toEqual({ version: 1 });
  });

  it('names the file but never quotes its content when it is not JSON', async () => {
    await writeFile(join(dir, 'b.json'), '{"fullName": "Nguyễn Văn An",');
    const error = await readJsonDataset(join(dir, 'b.json')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreadableInputError);
    expect((error as Error).message).toContain('“b.json”');
    expect((error as Error).message).not.toContain('Nguyễn');
    expect((error as { messageEn: string }).messageEn).toContain('not valid JSON');
    expect((error as Error).cause).toBeUndefined();
  });

  it('reports a missing file as unreadable', async () => {
    await expect(readJsonDataset(join(dir, 'none.json'))).rejects.toBeInstanceOf(
      UnreadableInputError,
    );
  });
});
