import { mergeConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared';

// Each test opens PGlite (PostgreSQL in WASM) several times: on a busy 2-core
// CI machine one test took 27 s and another over 30 s. Two minutes each.
export default mergeConfig(sharedTestConfig, {
  test: { globalSetup: ['./test/globalSetup.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
