import { describe } from 'vitest';
import { itLocksExports } from '../../../vitest.exports';
import pkg from '../package.json' with { type: 'json' };

describe('public exports: the root entry and the Node glue', () => {
  itLocksExports(
    pkg.exports,
    ['.', './node'],
    (source) => import(/* @vite-ignore */ `../${source}`),
  );
});
