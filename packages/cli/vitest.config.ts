import { mergeConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared';

// End-to-end tests start the built binary many times: allow a minute each.
export default mergeConfig(sharedTestConfig, { test: { testTimeout: 60_000 } });
