/**
 * Sets the modification time of every entry of a zip archive (an XLSX or
 * DOCX file) to one date, in the central directory and in each local header,
 * so that the same content always gives the same bytes: the zip writer under
 * exceljs stamps each entry with the clock. Contents and checksums do not
 * change. Throws `RangeError` on bytes that are not a plain zip archive.
 *
 * @example
 * const bytes = fixZipTimestamps(await workbook.xlsx.writeBuffer(), new Date(Date.UTC(2026, 2, 1)));
 */
export function fixZipTimestamps(bytes: Uint8Array | ArrayBuffer, date: Date): Uint8Array {
  const out = new Uint8Array(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  // MS-DOS date: years since 1980, month, day; the time is midnight.
  const dosDate =
    ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let end = -1;
  for (let at = out.length - 22; at >= 0; at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new RangeError('not a zip archive: no end of central directory');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new RangeError('bad central directory');
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new RangeError('bad local header');
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, dosDate, true);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return out;
}
