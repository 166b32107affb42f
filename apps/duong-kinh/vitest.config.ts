import { mergeConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared';

// The generator's tests stand beside it in scripts/generate/, so that a ward
// deleting the generator deletes them with it.
export default mergeConfig(sharedTestConfig, { test: { include: ['scripts/**/*.test.ts'] } });
