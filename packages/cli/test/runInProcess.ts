import type { CliIo } from '../src/io';
import { runCli } from '../src/program';

/** The repository root: every dataset path in the CLI tests is relative to it. */
export const repoRoot = new URL('../../../', import.meta.url).pathname;

/**
 * Runs `party` in this process on a 100-column terminal at the repository
 * root and returns its exit code and what it wrote to each stream.
 */
export async function runInProcess(
  argv: string[],
  env: Record<string, string> = {},
  options: Parameters<typeof runCli>[2] = {},
) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s), columns: 100 },
    stderr: { write: (s: string) => (stderr += s) },
    env,
    cwd: repoRoot,
  };
  const code = await runCli(argv, io, options);
  return { code, stdout, stderr };
}
