import type { Options } from 'tsup';

/**
 * The one build configuration every package shares: ESM for Node 20.19+,
 * bundled `.d.ts` per entry point, no minification so stack traces stay readable.
 */
export function packageBuild(entry: Record<string, string>, overrides: Options = {}): Options {
  return {
    entry,
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    ...overrides,
  };
}
