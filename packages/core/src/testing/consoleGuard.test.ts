import { describe, expect, it } from 'vitest';
import { guardConsole } from './consoleGuard';

describe('guardConsole', () => {
  it('records console calls without their arguments and restores the console', () => {
    const fake = { log: () => 'original', error: () => 'original' } as unknown as Console;
    const guard = guardConsole(fake);
    fake.log('Nguyễn Văn An');
    fake.error('x');
    expect(guard.calls).toEqual(['console.log', 'console.error']);
    guard.restore();
    expect((fake.log as () => string)()).toBe('original');
  });

  it('is installed for every test, so stray output fails it', () => {
    // The shared setup replaced the console before this test: a call is recorded, not printed.
    const before = console.log;
    const guard = guardConsole();
    console.log('x');
    guard.restore();
    expect(console.log).toBe(before);
    expect(guard.calls).toEqual(['console.log']);
  });
});
