import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { UnreadableInputError } from '@org/party-core';
import type { Lang } from './i18n';

/**
 * Reads the raw dataset a user names on the command line. Today that is the
 * canonical JSON; CSV folders and XLSX workbooks come with the import plugin.
 * Errors name the file, never its content.
 */
export async function readDatasetInput(path: string, cwd: string, lang: Lang): Promise<unknown> {
  const full = resolve(cwd, path);
  const say = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(full);
  } catch (cause) {
    throw new UnreadableInputError(
      say(
        `Không tìm thấy “${path}”. Hãy kiểm tra đường dẫn của tệp.`,
        `“${path}” was not found. Check the path of the file.`,
      ),
      { cause },
    );
  }
  if (info.isDirectory() || ['.csv', '.xlsx', '.xls'].includes(extname(full).toLowerCase())) {
    throw new UnreadableInputError(
      say(
        `“${path}” là thư mục CSV hoặc tệp Excel; phiên bản này mới đọc được tệp JSON chuẩn. Hãy dùng tệp JSON.`,
        `“${path}” is a CSV folder or an Excel workbook; this version reads the canonical JSON only. Use a JSON file.`,
      ),
    );
  }
  const content = await readFile(full, 'utf8');
  try {
    return JSON.parse(content.replace(/^\uFEFF/, '')) as unknown;
  } catch (cause) {
    throw new UnreadableInputError(
      say(
        `“${path}” không phải là tệp JSON hợp lệ. Hãy xuất lại bằng lệnh party import.`,
        `“${path}” is not valid JSON. Export it again with party import.`,
      ),
      { cause },
    );
  }
}
