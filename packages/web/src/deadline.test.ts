import { describe, expect, it } from 'vitest';
import { withDeadline } from './deadline';
import { RequestTimeoutError } from './errors';

describe('withDeadline', () => {
  it('gives the result of work that ends in time', async () => {
    await expect(withDeadline(1000, async () => 42)).resolves.toBe(42);
  });

  it('stops waiting for work that does not end in time', async () => {
    const slow = withDeadline(20, () => new Promise((resolve) => setTimeout(resolve, 500)));
    await expect(slow).rejects.toBeInstanceOf(RequestTimeoutError);
  });

  it('lets a loop that never yields stop itself with check()', async () => {
    const loop = withDeadline(10, async (deadline) => {
      const end = performance.now() + 200;
      while (performance.now() < end) deadline.check();
      return 'finished';
    });
    await expect(loop).rejects.toBeInstanceOf(RequestTimeoutError);
  });

  it('passes on the work’s own error', async () => {
    await expect(
      withDeadline(1000, async () => {
        throw new TypeError('boom');
      }),
    ).rejects.toBeInstanceOf(TypeError);
  });
});
