import { mergeConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared';

// The page's script and stylesheet are built once before the tests, into
// src/_generated/, where the handler finds them when running from source.
export default mergeConfig(sharedTestConfig, {
  test: { globalSetup: ['./test/globalSetup.ts'] },
});
