import { describe } from 'vitest';
import { itLocksExports } from '../../../vitest.exports';
import pkg from '../package.json' with { type: 'json' };

describe('public exports', () => {
  itLocksExports(pkg.exports, ['.'], (source) => import(/* @vite-ignore */ `../${source}`));
});
