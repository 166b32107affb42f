/**
 * Writes the sample tables as a folder of CSV files (UTF-8 with BOM, comma
 * separated, CRLF as spreadsheet programs write them) and as one XLSX
 * workbook, both byte for byte the same on every run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixZipTimestamps } from '@org/party-import';
import ExcelJS from 'exceljs';
import { viDate } from './calendar';
import type { SampleCell, SampleTable } from './tables';

/** The date stamped into the workbook's properties and zip entries. */
export const WORKBOOK_DATE = new Date(Date.UTC(2026, 2, 1));

function cellText(cell: SampleCell): string {
  if (typeof cell === 'string') return cell;
  if ('date' in cell) return viDate(cell.date);
  return cell.text;
}

function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One table as CSV text: BOM, header, rows, CRLF line ends. */
export function csvText(table: SampleTable): string {
  const lines = [table.header, ...table.rows.map((row) => row.map(cellText))].map((cells) =>
    cells.map((cell) => csvField(cell)).join(','),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Writes `<file>.csv` for every table into `dir` (created if missing). */
export async function writeCsvFolder(dir: string, tables: readonly SampleTable[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const table of tables) {
    await writeFile(join(dir, `${table.file}.csv`), csvText(table), 'utf8');
  }
}

function columnWidth(table: SampleTable, column: number): number {
  let width = (table.header[column] ?? '').length;
  for (const row of table.rows.slice(0, 200)) {
    const cell = row[column];
    if (cell !== undefined) width = Math.max(width, cellText(cell).length);
  }
  return Math.min(60, Math.max(8, width + 2));
}

/**
 * The tables as XLSX bytes, one sheet per table named as the contract says:
 * dates as real date cells shown `dd/mm/yyyy`, numbers as numbers, codes and
 * ids as text; header row bold and frozen.
 */
export async function workbookBytes(tables: readonly SampleTable[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Văn phòng Đảng ủy phường Dương Kinh';
  workbook.lastModifiedBy = 'Văn phòng Đảng ủy phường Dương Kinh';
  workbook.created = WORKBOOK_DATE;
  workbook.modified = WORKBOOK_DATE;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
    });
    sheet.addRow([...table.header]);
    for (const row of table.rows) {
      const added = sheet.addRow(
        row.map((cell) => {
          if (typeof cell === 'string') return cell === '' ? null : cell;
          if ('date' in cell) return new Date(`${cell.date}T00:00:00Z`);
          return cell.number;
        }),
      );
      row.forEach((cell, index) => {
        if (typeof cell === 'string') return;
        added.getCell(index + 1).numFmt =
          'date' in cell
            ? 'dd/mm/yyyy'
            : Number.isInteger(cell.number)
              ? cell.number >= 1900 && cell.number <= 2100
                ? '0'
                : '#,##0'
              : '0.00';
      });
    }
    table.header.forEach((_, index) => {
      sheet.getColumn(index + 1).width = columnWidth(table, index);
    });
    sheet.getRow(1).font = { bold: true };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return fixZipTimestamps(buffer as ArrayBuffer, WORKBOOK_DATE);
}

/** Writes the workbook to `path`. */
export async function writeWorkbook(path: string, tables: readonly SampleTable[]): Promise<void> {
  await writeFile(path, await workbookBytes(tables));
}
