/** The separators a ward's CSV file may use (data contract §1). */
export type CsvDelimiter = ',' | ';';

/**
 * Picks the separator of a CSV file from its header line (dòng tiêu đề):
 * commas and semicolons are counted outside double quotes, up to the first
 * line break outside quotes; the more frequent one wins, a comma on a tie.
 * Excel in a Vietnamese locale saves with semicolons, most other tools with
 * commas.
 *
 * @see docs/data-contract.md §1 (comma or semicolon separated)
 * @example
 * detectDelimiter('Mã;Tên;"Loại, hình"\n1;2;3') // ';'
 */
export function detectDelimiter(head: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < head.length; i += 1) {
    const char = head[i];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === ',') commas += 1;
    else if (char === ';') semicolons += 1;
    else if (char === '\n' || char === '\r') break;
  }
  return semicolons > commas ? ';' : ',';
}
