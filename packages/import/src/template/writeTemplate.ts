import { mkdir, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InvalidArgumentError } from '@org/party-core';
import { writeFileAtomic } from '../writeJson';
import {
  TEMPLATE_GUIDE_FILE,
  templateCsvText,
  templateGuideMarkdown,
  templateWorkbookBytes,
} from './templateContent';
import { templateFiles } from './templateFiles';

/** Options of the template writers. */
export interface TemplateWriteOptions {
  /** Replace an existing file, or write into a non-empty folder (default false). */
  readonly overwrite?: boolean;
}

/**
 * Writes the empty XLSX template (mẫu nhập liệu Excel) to a file: the bytes
 * of {@link templateWorkbookBytes}, written atomically.
 *
 * @see docs/data-contract.md §1
 * @throws InvalidArgumentError when the file exists and `overwrite` is not set,
 *   or it cannot be written.
 * @example
 * await writeTemplateWorkbook('mau-nhap-lieu.xlsx');
 */
export async function writeTemplateWorkbook(
  path: string,
  options: TemplateWriteOptions = {},
): Promise<void> {
  await ensureWritableFile(path, options);
  await writeFileAtomic(path, await templateWorkbookBytes());
}

/**
 * Writes the empty CSV template folder (mẫu nhập liệu CSV): one `<file>.csv`
 * per file of the data contract with its header row only (`don-vi.csv` with
 * its `Trường,Giá trị` rows), UTF-8 with BOM so Excel on Windows shows the
 * Vietnamese correctly, and `HUONG-DAN.md`, the guide to every column.
 * Creates the folder if needed.
 *
 * @returns the paths written, CSV files first in contract order, then the guide.
 * @throws InvalidArgumentError when the folder is not empty (or is a file) and
 *   `overwrite` is not set, or a file cannot be written.
 * @example
 * await writeTemplateCsvFolder('mau-csv');
 * // mau-csv/don-vi.csv, mau-csv/to-chuc.csv, …, mau-csv/HUONG-DAN.md
 */
export async function writeTemplateCsvFolder(
  dir: string,
  options: TemplateWriteOptions = {},
): Promise<string[]> {
  await ensureWritableFolder(dir, options);
  const written: string[] = [];
  for (const file of templateFiles()) {
    const path = join(dir, `${file.file}.csv`);
    await writeFileAtomic(path, templateCsvText(file));
    written.push(path);
  }
  const guide = join(dir, TEMPLATE_GUIDE_FILE);
  await writeFileAtomic(guide, templateGuideMarkdown());
  written.push(guide);
  return written;
}

async function ensureWritableFile(path: string, options: TemplateWriteOptions): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return;
  if (info.isDirectory()) {
    throw new InvalidArgumentError(
      `“${basename(path)}” là một thư mục. Hãy chọn tên tệp .xlsx để ghi mẫu.`,
    );
  }
  if (!options.overwrite) {
    throw new InvalidArgumentError(
      `Tệp “${basename(path)}” đã có. Hãy chọn tên khác hoặc cho phép ghi đè.`,
    );
  }
}

async function ensureWritableFolder(dir: string, options: TemplateWriteOptions): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) {
    throw new InvalidArgumentError(
      `“${basename(dir)}” là một tệp, không phải thư mục. Hãy chọn tên thư mục khác.`,
    );
  }
  if (info && !options.overwrite && (await readdir(dir)).length > 0) {
    throw new InvalidArgumentError(
      `Thư mục “${basename(dir)}” đã có tệp. Hãy chọn thư mục trống hoặc cho phép ghi đè.`,
    );
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (cause) {
    throw new InvalidArgumentError(
      `Không tạo được thư mục “${basename(dir)}”. Hãy kiểm tra đường dẫn và quyền ghi.`,
      { cause },
    );
  }
}
