import { readFile } from 'node:fs/promises';

/** The built page: its script and stylesheet. */
export interface PageAssets {
  readonly js: string;
  readonly css: string;
}

let cached: Promise<PageAssets | undefined> | undefined;

/**
 * Reads the page's script and stylesheet, built by `scripts/build-page.mjs`
 * into `_generated/` beside this module: `src/_generated/` when running from
 * source (tests run the build first), `dist/_generated/` once built. Read once
 * per process; `undefined` when they were never built.
 *
 * @internal
 */
export function loadPageAssets(): Promise<PageAssets | undefined> {
  cached ??= (async () => {
    try {
      const [js, css] = await Promise.all(
        ['page.js', 'page.css'].map((name) =>
          readFile(new URL(`./_generated/${name}`, import.meta.url), 'utf8'),
        ),
      );
      return { js: js ?? '', css: css ?? '' };
    } catch {
      cached = undefined;
      return undefined;
    }
  })();
  return cached;
}
