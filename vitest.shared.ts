import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Shared Vitest configuration. Workspace packages resolve through their
 * `source` export condition, so tests run on `src` without a build.
 */
export const sharedTestConfig = defineConfig({
  resolve: { conditions: ['source', ...defaultServerConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: [new URL('./vitest.setup.ts', import.meta.url).pathname],
    restoreMocks: true,
    // Property tests run hundreds of cases and CI machines have 2 cores shared
    // by every package's tests: a generous limit, so only a hang fails.
    testTimeout: 30_000,
    benchmark: { include: ['src/**/*.bench.ts', 'bench/**/*.bench.ts'] },
    execArgv: ['--expose-gc', '--max-old-space-size=8192'],
    // The JSON report feeds the one-line summary of `pnpm test` (.ci/test-summary.mjs).
    reporters: ['default', ['json', { outputFile: '.test-results.json' }]],
  },
});
