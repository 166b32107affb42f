#!/usr/bin/env node
// Checks the import rules of docs/architecture.md on the source files of every
// package (tests excepted): which workspace package may import which, and that
// core stays free of Node modules and the web adapter keeps them in its Node
// entry, and that a workspace package is imported only through the subpaths
// its package.json exports (its public API). Exits 1 with one line per breach.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ALLOWED = {
  core: [],
  import: ['core'],
  preview: ['core'],
  docx: ['core'],
  renderers: ['core', 'docx', 'preview'],
  cli: ['core', 'import', 'renderers', 'store', 'web'],
  web: ['core', 'import', 'renderers', 'store'],
  store: ['core'],
};
/** Files allowed to import `node:` modules, by package; `undefined`: any file. */
const NODE_FILES = {
  core: [],
  preview: [],
  docx: [],
  renderers: [],
  web: ['src/node.ts', 'src/nodeAssets.ts', 'src/workerPool.ts', 'src/importWorker.ts'],
};

const root = new URL('..', import.meta.url).pathname;
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/u.test(name) && !/\.test\.tsx?$/u.test(name) ? [path] : [];
  });

/** The public subpaths of each workspace package: what its package.json exports. */
const EXPORTS = Object.fromEntries(
  Object.keys(ALLOWED).map((pkg) => [
    pkg,
    Object.keys(
      JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8')).exports,
    ),
  ]),
);

const breaches = [];
for (const [pkg, allowed] of Object.entries(ALLOWED)) {
  const dir = join(root, 'packages', pkg);
  for (const file of files(join(dir, 'src'))) {
    const local = relative(dir, file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/gu)) {
      const workspace = /^@org\/party-([a-z]+)/u.exec(spec)?.[1];
      if (workspace !== undefined && workspace !== pkg && !allowed.includes(workspace)) {
        breaches.push(
          `packages/${pkg}/${local}: imports ${spec}; ${pkg} may import ${allowed.join(', ') || 'no workspace package'}`,
        );
      }
      const subpath = /^@org\/party-[a-z]+(\/.*)?$/u.exec(spec)?.[1];
      if (workspace !== undefined && !EXPORTS[workspace]?.includes(`.${subpath ?? ''}`)) {
        breaches.push(
          `packages/${pkg}/${local}: imports ${spec}, which is not a public export of @org/party-${workspace}`,
        );
      }
      // The register is Node's (PGlite, pg): the web adapter's runtime-neutral
      // files name its types only; its Node entry opens it.
      if (
        pkg === 'web' &&
        workspace === 'store' &&
        !NODE_FILES.web.includes(local) &&
        !new RegExp(`import\\s+type\\s[^;]*'${spec}'`, 'u').test(text)
      ) {
        breaches.push(
          `packages/web/${local}: imports ${spec} as a value; outside the Node entry the web adapter imports its types only`,
        );
      }
      const nodeFiles = NODE_FILES[pkg];
      if (spec.startsWith('node:') && nodeFiles !== undefined && !nodeFiles.includes(local)) {
        breaches.push(
          `packages/${pkg}/${local}: imports ${spec}; Node modules belong in ${nodeFiles.join(', ') || 'plugins and apps, not here'}`,
        );
      }
    }
  }
}
if (breaches.length > 0) {
  process.stderr.write(
    `The import rules of docs/architecture.md are broken:\n${breaches.join('\n')}\n`,
  );
  process.exit(1);
}
process.stdout.write('Import rules of docs/architecture.md: all kept.\n');
