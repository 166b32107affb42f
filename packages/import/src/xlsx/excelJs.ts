import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | undefined;

/**
 * exceljs, loaded the first time a workbook is written (a template, a due
 * list). It is the largest module of the toolkit (with its zip libraries,
 * about half of the CLI's start-up); reading a workbook, a CSV folder or a
 * JSON file never needs it.
 */
export function loadExcelJs(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((module) => module.default);
  return loading;
}
