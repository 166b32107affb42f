/**
 * An empty object with no prototype, for maps keyed by user data (codes and
 * ids): a code such as `__proto__` or `constructor` is then an ordinary key.
 */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
