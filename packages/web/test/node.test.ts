import { describe, expect, it } from 'vitest';
import { AuthNotConfiguredError } from '../src/index';
import { readPageAssets, serve } from '../src/node';
import { AUTH, type Body, datasetBytes, TOKEN } from './helpers';

describe('serve', () => {
  it('listens on 127.0.0.1 by default, answers, and closes', async () => {
    const server = await serve({ port: 0, auth: { token: TOKEN } });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
      const health = await fetch(new URL('health', server.url));
      expect(health.status).toBe(200);
      expect(health.headers.get('x-frame-options')).toBe('DENY');
      const page = await fetch(server.url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      const script = await fetch(new URL('assets/page.js', server.url));
      expect(script.status).toBe(200);
      expect((await script.text()).length).toBeGreaterThan(1000);
    } finally {
      await server.close();
    }
    await expect(fetch(new URL('health', server.url))).rejects.toThrow();
  });

  it('stops reading a chunked upload over the limit with 413', async () => {
    const server = await serve({ port: 0, auth: { token: TOKEN }, limits: { maxBytes: 4096 } });
    try {
      let chunks = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          chunks += 1;
          if (chunks > 200) controller.close();
          else controller.enqueue(new Uint8Array(1024).fill(32));
        },
      });
      const response = await fetch(new URL('validate', server.url), {
        method: 'POST',
        headers: { ...AUTH, 'Content-Type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      const ok = await fetch(new URL('validate', server.url), {
        method: 'POST',
        headers: { ...AUTH, 'Content-Type': 'application/json' },
        body: datasetBytes() as Body,
      });
      expect(ok.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('reads the page from disk, as built beside the module', async () => {
    const assets = await readPageAssets();
    expect(assets?.js).toContain('labels.json');
    expect(assets?.css.length).toBeGreaterThan(100);
  });

  it('refuses to start without an auth choice', async () => {
    await expect(serve({ port: 0 } as Parameters<typeof serve>[0])).rejects.toBeInstanceOf(
      AuthNotConfiguredError,
    );
  });
});
