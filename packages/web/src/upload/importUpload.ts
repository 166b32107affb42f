/**
 * Imports uploaded files held in memory with `@org/party-import`'s
 * `importUploads` (the same result as `importDataset` gives for the files on
 * disk), within the request's limits, and turns what cannot be read into the
 * right HTTP answer.
 *
 * @internal
 * @packageDocumentation
 */
import {
  type ImportResult,
  importUploads,
  type UploadedFile,
  uploadForm,
  WorkbookTooLargeError,
} from '@org/party-import';
import type { Deadline } from '../deadline';
import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../errors';

/** How many times its own size a workbook may expand to when unzipped. */
export const XLSX_EXPANSION_FACTOR = 20;
/** A workbook may always expand to this much, however small it is. */
const MIN_EXPANDED_BYTES = 1 << 20;

/**
 * Imports the uploaded data: several `.csv` files (the files of a CSV
 * folder), or exactly one `.xlsx` workbook, or exactly one `.json` file.
 * Bad data never throws: it comes back as issues. Throws for uploads that
 * cannot be read at all: none or a mix of kinds (400), a kind the toolkit
 * does not read (415), a workbook that expands beyond
 * {@link XLSX_EXPANSION_FACTOR} times its size (413), a damaged workbook or
 * JSON file (unreadable input, 400). The deadline is checked as rows are read.
 */
export async function importUpload(
  files: readonly UploadedFile[],
  asOf: string | undefined,
  deadline: Deadline,
): Promise<ImportResult> {
  const form = uploadForm(files.map((file) => file.name));
  if (!form.ok) {
    throw form.problem === 'not-xlsx' || form.problem === 'unknown-kind'
      ? new UnsupportedMediaTypeError(form.message)
      : new BadRequestError(form.message);
  }
  const size = files.reduce((total, file) => total + file.bytes.byteLength, 0);
  let result: ImportResult;
  try {
    result = await importUploads(files, {
      ...(asOf === undefined ? {} : { asOf }),
      onProgress: () => deadline.check(),
      maxExpandedBytes: Math.max(size * XLSX_EXPANSION_FACTOR, MIN_EXPANDED_BYTES),
    });
  } catch (error) {
    if (error instanceof WorkbookTooLargeError) throw new PayloadTooLargeError('expanded');
    throw error;
  }
  // The import turns an error while reading a table into an issue (the rest
  // of the table is unreadable), so a timeout seen while reading is raised
  // again here.
  deadline.check();
  return result;
}
