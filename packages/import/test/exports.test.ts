import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };

const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object')
  .map(([subpath, target]) => [subpath, (target as { source: string }).source] as const);

describe('public exports', () => {
  it('has the runtime-neutral root entry and the Node file readers and writers', () => {
    expect(entries.map(([subpath]) => subpath)).toEqual(['.', './node']);
  });

  it.each(entries)('locks the sorted export list of %s', async (subpath, source) => {
    const mod = (await import(/* @vite-ignore */ `../${source}`)) as Record<string, unknown>;
    const names = Object.keys(mod).sort();
    const name = subpath === '.' ? 'index' : subpath.slice(2);
    await expect(`${names.join('\n')}\n`).toMatchFileSnapshot(
      `./__snapshots__/exports.${name}.txt`,
    );
  });

  it('exports each name from one entry only', async () => {
    const root = Object.keys(await import('../src/index'));
    const node = Object.keys(await import('../src/node'));
    expect(node.filter((name) => root.includes(name))).toEqual([]);
  });
});
