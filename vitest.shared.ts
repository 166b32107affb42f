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
    benchmark: { include: ['src/**/*.bench.ts', 'bench/**/*.bench.ts'] },
    execArgv: ['--expose-gc', '--max-old-space-size=8192'],
    // The JSON report feeds the one-line summary of `pnpm test` (.ci/test-summary.mjs).
    reporters: ['default', ['json', { outputFile: '.test-results.json' }]],
  },
});
