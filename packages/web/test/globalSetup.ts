import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Builds the page assets (esbuild, well under a second) before any test runs. */
export default function setup(): void {
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../scripts/build-page.mjs', import.meta.url))],
    {
      stdio: 'inherit',
    },
  );
}
