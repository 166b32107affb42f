import { expect, it } from 'vitest';

/** A package.json `exports` map: subpath to conditions (or a plain path). */
type ExportsMap = Record<string, unknown>;

/** The subpaths of an exports map that name a source file, with that file. */
export function sourceEntries(exports: ExportsMap): (readonly [string, string])[] {
  return Object.entries(exports)
    .filter(([, target]) => typeof target === 'object')
    .map(([subpath, target]) => [subpath, (target as { source: string }).source] as const);
}

/**
 * The public-export tests every package shares: the list of subpaths, and
 * the sorted names of each entry locked in `__snapshots__/exports.<entry>.txt`
 * beside the calling test. `load` imports a source path relative to the
 * package root (the caller writes the import so the bundler sees its folder).
 */
export function itLocksExports(
  exports: ExportsMap,
  subpaths: readonly string[],
  load: (source: string) => Promise<Record<string, unknown>>,
): void {
  const entries = sourceEntries(exports);
  it('has exactly the documented entries', () => {
    expect(entries.map(([subpath]) => subpath)).toEqual(subpaths);
  });
  it.each(entries)('locks the sorted export list of %s', async (subpath, source) => {
    const names = Object.keys(await load(source)).sort();
    const name = subpath === '.' ? 'index' : subpath.slice(2);
    await expect(`${names.join('\n')}\n`).toMatchFileSnapshot(
      `./__snapshots__/exports.${name}.txt`,
    );
  });
}
