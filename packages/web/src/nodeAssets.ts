import { readFile } from 'node:fs/promises';
import type { PageAssets } from './assets';

/**
 * Reads the page's script and stylesheet from disk, as built by
 * `scripts/build-page.mjs` into `_generated/` beside this module:
 * `src/_generated/` when running from source (tests run the build first),
 * `dist/_generated/` once built. `undefined` when they were never built.
 * The `pageAssets` loader `serve` gives the app; pass it to `createPartyApp`
 * to serve the page when you mount the app on Node yourself.
 *
 * @example
 * app.route('/party', createPartyApp({ auth, pageAssets: readPageAssets }));
 */
export async function readPageAssets(): Promise<PageAssets | undefined> {
  try {
    const [js, css] = await Promise.all(
      ['page.js', 'page.css'].map((name) =>
        readFile(new URL(`./_generated/${name}`, import.meta.url), 'utf8'),
      ),
    );
    return { js: js ?? '', css: css ?? '' };
  } catch {
    return undefined;
  }
}
