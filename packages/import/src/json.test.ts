import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnreadableInputError } from '@org/party-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonDataset } from './json';
import { readJsonDataset } from './readJsonDataset';

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
    expect((error as { localized: { en: string } }).localized.en).toContain('not valid JSON');
    expect((error as Error).cause).toBeUndefined();
  });

  it('reports a missing file as unreadable', async () => {
    await expect(readJsonDataset(join(dir, 'none.json'))).rejects.toBeInstanceOf(
      UnreadableInputError,
    );
  });
});

describe('parseJsonDataset', () => {
  const minimal = new URL('../../../examples/minimal/dataset.json', import.meta.url).pathname;

  it('gives what readJsonDataset gives for the same file', async () => {
    const bytes = new Uint8Array(await readFile(minimal));
    const parsed = parseJsonDataset(bytes, 'dataset.json');
    expect(parsed).toEqual(await readJsonDataset(minimal));
    expect(parsed).toMatchObject({ version: 1 });
  });

  it('tolerates one BOM, as readJsonDataset does', async () => {
    const text = '\uFEFF{"version":1}';
    await writeFile(join(dir, 'bom.json'), text);
    const bytes = new TextEncoder().encode(text);
    expect(bytes[0]).toBe(0xef);
    expect(parseJsonDataset(bytes, 'bom.json')).toEqual({ version: 1 });
    expect(await readJsonDataset(join(dir, 'bom.json'))).toEqual({ version: 1 });
  });

  it('throws the error readJsonDataset throws for the same bytes, naming the file only', async () => {
    const text = '{"fullName": "Nguyễn Văn An",';
    await writeFile(join(dir, 'c.json'), text);
    const fromFile = (await readJsonDataset(join(dir, 'c.json')).catch((e: unknown) => e)) as Error;
    let fromBytes: unknown;
    try {
      parseJsonDataset(new TextEncoder().encode(text), 'c.json');
    } catch (error) {
      fromBytes = error;
    }
    expect(fromBytes).toBeInstanceOf(UnreadableInputError);
    expect(fromBytes).toMatchObject({
      message: fromFile.message,
      localized: (fromFile as Error & { localized: unknown }).localized,
    });
    expect((fromBytes as Error).message).toContain('“c.json”');
    expect((fromBytes as Error).message).not.toContain('Nguyễn');
    expect((fromBytes as Error).cause).toBeUndefined();
  });
});
