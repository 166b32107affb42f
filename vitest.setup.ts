import { afterEach, beforeEach, expect } from 'vitest';
import { type ConsoleGuard, guardConsole } from './packages/core/src/testing/consoleGuard';

// Library code must never write to the console: member data would end up in
// logs (Nghị định 13/2023/NĐ-CP). Any console call during a test fails it.
let guard: ConsoleGuard | undefined;

beforeEach(() => {
  guard = guardConsole();
});

afterEach(() => {
  guard?.restore();
  expect(guard?.calls ?? [], 'stray console output during the test').toEqual([]);
});
