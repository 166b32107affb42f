import {
  formatDocumentDate,
  type ReportHeader,
  type ReportModel,
  toCalendarDate,
} from '@org/party-core';

/** Upper case the Vietnamese way, as the header prints the superior and the committee. */
export const upper = (text: string) => text.toLocaleUpperCase('vi-VN');

/** The place and date line of the header: `Dương Kinh, ngày 01 tháng 3 năm 2026`. */
export function dateLine(header: ReportHeader): string {
  return `${header.place}, ${formatDocumentDate(toCalendarDate(header.date))}`;
}

/** The number of each footnote (from 1, in the model's order), by its id. */
export function footnoteNumbers(model: ReportModel): Map<string, number> {
  return new Map(model.footnotes.map((note, i) => [note.id, i + 1]));
}

/** Some text as a sentence: a full stop at the end unless it ends with one. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}
