import { mergeConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared';

export default mergeConfig(sharedTestConfig, {
  test: { globalSetup: ['./test/globalSetup.ts'] },
});
