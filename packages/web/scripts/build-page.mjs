// Builds the page's script (with chart.js, tree-shaken) and stylesheet into
// `src/_generated/` (default, for running from source and for the tests) or
// the folder given as first argument (`dist/_generated` after tsup).
// Deterministic, and files are replaced atomically, so concurrent builds
// (typecheck, test and build running side by side) never read half a file.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, process.argv[2] ?? 'src/_generated');

const result = await build({
  absWorkingDir: root,
  entryPoints: [
    { in: 'page/main.ts', out: 'page' },
    { in: 'page/style.css', out: 'page' },
  ],
  bundle: true,
  // Bundle the workspace packages from their sources, as tests and typecheck do.
  conditions: ['source'],
  minify: true,
  format: 'esm',
  // Old Windows laptops: browsers from about 2020 on.
  target: ['chrome80', 'edge80', 'firefox78'],
  charset: 'utf8',
  legalComments: 'eof',
  write: false,
  outdir: outDir,
  logLevel: 'warning',
});

await mkdir(outDir, { recursive: true });
for (const file of result.outputFiles) {
  const previous = await readFile(file.path, 'utf8').catch(() => undefined);
  if (previous === file.text) continue;
  const temporary = join(outDir, `.${process.pid}.${Date.now()}.tmp`);
  await writeFile(temporary, file.text);
  await rename(temporary, file.path);
}
