import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };

const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object')
  .map(([subpath, target]) => [subpath, (target as { source: string }).source] as const);

describe('public exports', () => {
  it('has a subpath per domain', () => {
    expect(entries.map(([subpath]) => subpath)).toEqual([
      '.',
      './organization',
      './member',
      './inspection',
      './cadre-planning',
      './training',
      './classification',
      './dataset',
      './validation',
      './rules',
      './report',
      './stats',
      './testing',
    ]);
  });

  it.each(entries)('locks the sorted export list of %s', async (subpath, source) => {
    const mod = (await import(/* @vite-ignore */ `../${source}`)) as Record<string, unknown>;
    const names = Object.keys(mod).sort();
    const name = subpath === '.' ? 'index' : subpath.slice(2);
    await expect(`${names.join('\n')}\n`).toMatchFileSnapshot(
      `./__snapshots__/exports.${name}.txt`,
    );
  });

  it('re-exports every domain subpath from the root', async () => {
    const root = (await import('../src/index')) as Record<string, unknown>;
    for (const [subpath, source] of entries) {
      if (subpath === '.' || subpath === './testing') continue;
      const mod = (await import(/* @vite-ignore */ `../${source}`)) as Record<string, unknown>;
      for (const name of Object.keys(mod)) expect(root[name], `${subpath} ${name}`).toBe(mod[name]);
    }
  });
});
