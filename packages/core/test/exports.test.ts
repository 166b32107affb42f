import { describe, expect, it } from 'vitest';
import { itLocksExports, sourceEntries } from '../../../vitest.exports';
import pkg from '../package.json' with { type: 'json' };

const entries = sourceEntries(pkg.exports);

describe('public exports', () => {
  itLocksExports(
    pkg.exports,
    [
      '.',
      './organization',
      './member',
      './inspection',
      './cadre-planning',
      './history',
      './training',
      './classification',
      './dataset',
      './validation',
      './rules',
      './report',
      './stats',
      './format',
      './due',
      './testing',
    ],
    (source) => import(/* @vite-ignore */ `../${source}`),
  );

  it('re-exports every domain subpath from the root', async () => {
    const root = (await import('../src/index')) as Record<string, unknown>;
    for (const [subpath, source] of entries) {
      if (subpath === '.' || subpath === './testing') continue;
      const mod = (await import(/* @vite-ignore */ `../${source}`)) as Record<string, unknown>;
      for (const name of Object.keys(mod)) expect(root[name], `${subpath} ${name}`).toBe(mod[name]);
    }
  });
});

describe('the format subpath', () => {
  it('imports nothing at run time, so a web page bundles it without zod', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const file of ['../src/common/format.ts', '../src/common/percent.ts']) {
      const text = await readFile(new URL(file, import.meta.url), 'utf8');
      const imports = text.split('\n').filter((line) => line.startsWith('import '));
      expect(
        imports.every((line) => line.startsWith('import type ')),
        file,
      ).toBe(true);
    }
  });
});
