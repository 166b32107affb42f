const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/** What {@link guardConsole} returns. */
export interface ConsoleGuard {
  /** The calls made since the guard was installed, as `console.method` names. */
  readonly calls: readonly string[];
  /** Puts the original console methods back. */
  restore(): void;
}

/**
 * Replaces the console methods with recorders, so a test can fail on stray
 * console output: library code must not log, since logs may leak member data
 * (Nghị định 13/2023/NĐ-CP). Arguments are not kept, only which method was called.
 *
 * @example
 * const guard = guardConsole();
 * runCode();
 * guard.restore();
 * expect(guard.calls).toEqual([]);
 */
export function guardConsole(target: Console = console): ConsoleGuard {
  const calls: string[] = [];
  const saved = METHODS.map((method) => [method, target[method]] as const);
  for (const method of METHODS) {
    target[method] = () => {
      calls.push(`console.${method}`);
    };
  }
  return {
    calls,
    restore() {
      for (const [method, fn] of saved) target[method] = fn;
    },
  };
}
