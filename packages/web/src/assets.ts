/** The built page: its script and stylesheet. */
export interface PageAssets {
  readonly js: string;
  readonly css: string;
}

/**
 * Where the app gets the built page (trang web đã dựng): resolves to its
 * script and stylesheet, or `undefined` when the page was not built. The
 * handler reads no file itself; `serve` from `@org/party-web/node` gives
 * `readPageAssets`, which reads them from disk.
 */
export type PageAssetsLoader = () => Promise<PageAssets | undefined>;

/**
 * Calls `load` once and keeps what it gives; an `undefined` (or a failure)
 * is not kept, so a page built after the server started is found on the
 * next request.
 *
 * @internal
 */
export function keepPageAssets(load: PageAssetsLoader | undefined): PageAssetsLoader {
  if (load === undefined) return async () => undefined;
  let kept: Promise<PageAssets | undefined> | undefined;
  return () => {
    kept ??= load().then((assets) => {
      if (assets === undefined) kept = undefined;
      return assets;
    });
    kept.catch(() => {
      kept = undefined;
    });
    return kept;
  };
}
