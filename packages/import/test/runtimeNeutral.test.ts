import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const packageDir = resolve(import.meta.dirname, '..');

/** A source file's code without its comments (JSDoc examples import things too). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/^\s*\/\/.*$/gmu, '');
}

/** The module specifiers of a file's code: imports and re-exports, static or dynamic. */
function specifiers(code: string): string[] {
  const patterns = [
    /(?:^|[\s;}])(?:import|export)\s[^'"]*?\sfrom\s*['"]([^'"]+)['"]/gu,
    /(?:^|[\s;])import\s*['"]([^'"]+)['"]/gu,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/gu,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/gu,
  ];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1] ?? ''));
}

function resolveSource(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  const file = [base, `${base}.ts`, `${base}/index.ts`].find(
    (path) => existsSync(path) && statSync(path).isFile(),
  );
  if (!file) throw new Error(`${relative(packageDir, from)}: cannot resolve ${specifier}`);
  return file;
}

const BUILTINS = new Set(builtinModules);

/** `exceljs` of `exceljs/x`, `@org/party-core` of `@org/party-core/report`. */
function packageName(specifier: string): string {
  return specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
}

/**
 * Walks the relative imports of the package's source from an entry and lists
 * what the reachable modules import from Node (`node:` specifiers, bare
 * built-in names such as `fs`, the `process` global) and from other packages.
 */
function walk(entry: string) {
  const seen = new Set<string>();
  const node: string[] = [];
  const packages = new Set<string>();
  const queue = [resolve(packageDir, entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = withoutComments(readFileSync(file, 'utf8'));
    const shown = relative(packageDir, file);
    for (const specifier of specifiers(code)) {
      if (specifier.startsWith('.')) queue.push(resolveSource(file, specifier));
      else if (specifier.startsWith('node:') || BUILTINS.has(specifier)) {
        node.push(`${shown} imports ${specifier}`);
      } else packages.add(packageName(specifier));
    }
    if (/\bprocess\.\w/u.test(code)) node.push(`${shown} reads process`);
  }
  return {
    modules: [...seen].map((file) => relative(packageDir, file)),
    node,
    packages: [...packages].sort(),
  };
}

describe('the root entry', () => {
  it('reaches no Node built-in module and no process, so it runs in any runtime', () => {
    const root = walk('src/index.ts');
    expect(root.modules.length).toBeGreaterThan(20);
    expect(root.node).toEqual([]);
  });

  it('reaches only core and the XLSX library among other packages', () => {
    // CSV is read by the package's own tokenizer (TextDecoder only). The build
    // of exceljs that Node resolves loads Node's `stream` and `fs`, which Deno
    // and Bun provide; browsers need its browser build.
    expect(walk('src/index.ts').packages).toEqual(['@org/party-core', 'exceljs']);
  });

  it('is told apart from ./node, which does read the file system', () => {
    const node = walk('src/node.ts');
    expect(node.node).toContain('src/csv/readCsvFolder.ts imports node:fs');
    expect(node.node).toContain('src/narrative/readReportNarrative.ts reads process');
  });
});
