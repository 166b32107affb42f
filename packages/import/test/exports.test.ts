import { describe, expect, it } from 'vitest';
import { itLocksExports } from '../../../vitest.exports';
import pkg from '../package.json' with { type: 'json' };

describe('public exports: the runtime-neutral root and the Node file readers and writers', () => {
  itLocksExports(
    pkg.exports,
    ['.', './node'],
    (source) => import(/* @vite-ignore */ `../${source}`),
  );

  it('exports each name from one entry only', async () => {
    const root = Object.keys(await import('../src/index'));
    const node = Object.keys(await import('../src/node'));
    expect(node.filter((name) => root.includes(name))).toEqual([]);
  });
});
