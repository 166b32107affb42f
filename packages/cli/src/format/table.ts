/** Splits text into lines of at most `width` characters, at spaces where possible. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u)) {
    if (word === '') continue;
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
    while (line.length > width) {
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * A plain-text table: columns padded to their widest cell, the last column
 * wrapped to what is left of `totalWidth`. Text is NFC, so one character is
 * one column for Vietnamese.
 */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  totalWidth = 100,
): string {
  const fixed = headers.length - 1;
  const widths = headers.map((header, i) =>
    i < fixed ? Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)) : 0,
  );
  const used = widths.slice(0, fixed).reduce((sum, w) => sum + w + 2, 0);
  const last = Math.max(30, totalWidth - used - 2);
  const out: string[] = [];
  const line = (cells: readonly string[]) => {
    const wrapped = wrap(cells[fixed] ?? '', last);
    wrapped.forEach((part, n) => {
      const lead = cells
        .slice(0, fixed)
        .map((cell, i) => (n === 0 ? cell : '').padEnd(widths[i] ?? 0))
        .join('  ');
      out.push(`  ${lead}  ${part}`.trimEnd());
    });
  };
  line(headers);
  for (const row of rows) line(row);
  return out.join('\n');
}
