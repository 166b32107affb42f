const LINE_WIDTH = 100;

function flat(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const items = value.map(flat);
    return items.every((item) => item !== undefined) ? `[${items.join(', ')}]` : undefined;
  }
  if (value !== null && typeof value === 'object') return undefined;
  return JSON.stringify(value);
}

function write(value: unknown, indent: string, prefix: number): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const line = flat(value);
    // `prefix` is the width before the value on its line; 1 more for a trailing comma.
    if (line !== undefined && prefix + line.length + 1 <= LINE_WIDTH) return line;
    const items = value.map((item) => `${inner}${write(item, inner, inner.length)}`);
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([key, item]) => {
      const head = `${inner}${JSON.stringify(key)}: `;
      return `${head}${write(item, inner, head.length)}`;
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/**
 * JSON as the repository formatter (Biome) writes it: objects expanded,
 * arrays of plain values on one line when they fit in 100 columns. Golden
 * files written this way stay unchanged by `biome check --write`.
 */
export function goldenJson(value: unknown): string {
  return `${write(value, '', 0)}\n`;
}
