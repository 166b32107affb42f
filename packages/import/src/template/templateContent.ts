import type { CodeList } from '@org/party-core';
import { type ColumnSpec, type SheetSpec, workbookBuffer } from '../xlsx/writeWorkbook';
import type { ColumnKind } from './columnNotes';
import {
  type TemplateColumn,
  type TemplateFile,
  templateFiles,
  WARD_HEADERS,
  YES_NO_LABELS,
} from './templateFiles';

/** The hidden sheet of the XLSX template that holds the drop-down lists. */
export const TEMPLATE_LISTS_SHEET = 'DanhMuc';

/** The guide written beside the CSV template. */
export const TEMPLATE_GUIDE_FILE = 'HUONG-DAN.md';

/** Kinds kept as text in the workbook, so Excel does not turn ids into numbers or dd/mm into m/d. */
const TEXT_KINDS: ReadonlySet<ColumnKind> = new Set<ColumnKind>([
  'text',
  'id',
  'coded',
  'date',
  'date-or-year',
  'term',
]);

/**
 * The empty XLSX template (mẫu nhập liệu Excel) as bytes, for a server that
 * hands it out without touching the disk: one sheet per file of the data
 * contract in contract order (DonVi, ToChuc, DangVien, BienDong, ChucVu,
 * KiemTraGiamSat, BoiDuong, QuyHoach, XepLoai, ChiTieu), each with its
 * Vietnamese header row (bold, frozen), a note on every header cell (what the
 * column holds, whether required, accepted values), drop-down lists for
 * coded and yes/no columns (kept on the hidden sheet `DanhMuc`), and sensible
 * widths. Id, text and date columns are formatted as text so Excel keeps
 * leading zeros and all 12 digits, and does not read dd/mm as m/d. `DonVi` is
 * a `Trường` / `Giá trị` table with the six ward fields filled in.
 *
 * The bytes are always the same: the creation time and each ZIP entry's
 * time are fixed rather than the clock's (see `fixZipTimestamps`).
 * `writeTemplateWorkbook` writes exactly these bytes to a file.
 *
 * @see docs/data-contract.md §1
 * @example
 * const bytes = await templateWorkbookBytes();
 * return new Response(bytes, { headers: { 'Content-Type': XLSX_MEDIA_TYPE } });
 */
export async function templateWorkbookBytes(): Promise<Uint8Array> {
  const files = templateFiles();
  const lists = dropDownLists(files);
  const sheets: SheetSpec[] = files.map((file) =>
    file.key === 'ward' ? wardSheet(file) : collectionSheet(file, lists),
  );
  sheets.push(listsSheet(lists));
  return workbookBuffer(sheets);
}

/**
 * The text of one empty CSV template file: its header row only (`don-vi.csv`
 * with its `Trường,Giá trị` rows), UTF-8 with BOM and CRLF line ends.
 */
export function templateCsvText(file: TemplateFile): string {
  const rows =
    file.key === 'ward'
      ? [[WARD_HEADERS.field, WARD_HEADERS.value], ...file.columns.map((c) => [c.header, ''])]
      : [file.columns.map((column) => column.header)];
  return `\uFEFF${rows.map(csvLine).join('\r\n')}\r\n`;
}

/**
 * The Vietnamese guide to the templates (hướng dẫn nhập liệu), in Markdown:
 * general conventions, then per file each column with its note, whether it is
 * required and its accepted values. Written as `HUONG-DAN.md`.
 *
 * @example
 * templateGuideMarkdown().startsWith('# Hướng dẫn nhập dữ liệu') // true
 */
export function templateGuideMarkdown(): string {
  const lines: string[] = [
    '# Hướng dẫn nhập dữ liệu',
    '',
    'Mỗi tệp CSV trong thư mục này là một loại dữ liệu của đảng bộ phường, xã; trong tệp Excel, mỗi loại là một trang tính cùng tên.',
    '',
    '## Quy ước chung',
    '',
    '- Dòng đầu là tên cột. Tên cột không phân biệt chữ hoa, chữ thường, dấu hay khoảng trắng; thứ tự cột tùy ý. Cột không có trong hướng dẫn được bỏ qua và báo lại.',
    '- Tệp CSV lưu dạng UTF-8, ngăn cột bằng dấu phẩy hoặc dấu chấm phẩy.',
    '- Ngày ghi dạng dd/mm/yyyy (ví dụ 05/03/2021) hoặc yyyy-mm-dd.',
    '- Cột Có/Không nhận: Có / Không, x / để trống, 1 / 0.',
    '- Giá trị chọn từ danh sách không phân biệt chữ hoa, chữ thường hay dấu (Nữ, nữ, Nu là một).',
    '- Mã đảng viên, mã tổ chức, số thẻ được giữ nguyên dạng chữ, kể cả số 0 ở đầu.',
    '- Bắt buộc có hai tệp to-chuc và dang-vien; tệp khác thiếu thì hiểu là không có dữ liệu loại đó.',
    '',
  ];
  for (const file of templateFiles()) {
    lines.push(
      `## ${file.file}.csv (trang ${file.sheet}): ${file.vi}${file.required ? ' — bắt buộc' : ''}`,
      '',
    );
    if (file.key === 'ward') {
      lines.push(
        `Hai cột \`${WARD_HEADERS.field}\` và \`${WARD_HEADERS.value}\`; mỗi dòng một trường:`,
        '',
        `| ${WARD_HEADERS.field} | Nội dung | Giá trị chấp nhận |`,
        '|---|---|---|',
        ...file.columns.map(
          (column) =>
            `| ${cellText(column.header)} | ${cellText(column.note.note)} | ${cellText(column.accepted)} |`,
        ),
        '',
      );
      continue;
    }
    lines.push(
      '| Cột | Bắt buộc | Nội dung | Giá trị chấp nhận |',
      '|---|---|---|---|',
      ...file.columns.map(
        (column) =>
          `| ${cellText(column.header)} | ${column.note.required ? 'Có' : 'Không'} | ${cellText(column.note.note)} | ${cellText(column.accepted)} |`,
      ),
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** A drop-down list of the template: its label values and where they sit on `DanhMuc`. */
interface DropDownList {
  readonly title: string;
  readonly values: readonly string[];
  readonly range: string;
}

/** One list per distinct code list, plus Có/Không, keyed by code-list name. */
function dropDownLists(files: readonly TemplateFile[]): Map<string, DropDownList> {
  const sources = new Map<string, { title: string; values: readonly string[] }>();
  sources.set(YES_NO_KEY, { title: 'Có/Không', values: YES_NO_LABELS });
  for (const file of files) {
    if (file.key === 'ward') continue;
    for (const column of file.columns) {
      const list = column.codeList;
      if (!list || sources.has(list.name)) continue;
      sources.set(list.name, { title: `${column.header} (${file.sheet})`, values: labels(list) });
    }
  }
  const result = new Map<string, DropDownList>();
  [...sources.entries()].forEach(([key, source], index) => {
    const letter = columnLetter(index + 1);
    result.set(key, {
      ...source,
      range: `${TEMPLATE_LISTS_SHEET}!$${letter}$2:$${letter}$${source.values.length + 1}`,
    });
  });
  return result;
}

const YES_NO_KEY = '\u0000yes-no';

function labels(list: CodeList<string>): string[] {
  return list.codes.map((code) => list.labels[code]?.vi ?? code);
}

function listFor(
  column: TemplateColumn,
  lists: ReadonlyMap<string, DropDownList>,
): DropDownList | undefined {
  if (column.codeList) return lists.get(column.codeList.name);
  if (column.note.kind === 'yes-no') return lists.get(YES_NO_KEY);
  return undefined;
}

function collectionSheet(file: TemplateFile, lists: ReadonlyMap<string, DropDownList>): SheetSpec {
  const columns: ColumnSpec[] = file.columns.map((column) => {
    const list = listFor(column, lists);
    return {
      width: column.width,
      note: column.description,
      ...(TEXT_KINDS.has(column.note.kind) ? { numberFormat: '@' } : {}),
      ...(list
        ? {
            list: {
              range: list.range,
              errorTitle: column.header,
              error: 'Giá trị này không có trong danh sách. Hãy chọn trong danh sách thả xuống.',
            },
          }
        : {}),
    };
  });
  return {
    name: file.sheet,
    header: true,
    rows: [file.columns.map((column) => column.header)],
    columns,
  };
}

function wardSheet(file: TemplateFile): SheetSpec {
  const cellNotes: Record<string, string> = {};
  file.columns.forEach((column, index) => {
    cellNotes[`A${index + 2}`] = column.description;
  });
  return {
    name: file.sheet,
    header: true,
    rows: [
      [WARD_HEADERS.field, WARD_HEADERS.value],
      ...file.columns.map((column) => [column.header, null]),
    ],
    columns: [
      { width: 22, note: 'Tên trường; giữ nguyên, không sửa.' },
      { width: 50, note: 'Ghi giá trị của trường ở cùng dòng; để trống nếu chưa có.' },
    ],
    cellNotes,
  };
}

function listsSheet(lists: ReadonlyMap<string, DropDownList>): SheetSpec {
  const all = [...lists.values()];
  const height = Math.max(...all.map((list) => list.values.length));
  const rows: (string | null)[][] = [all.map((list) => list.title)];
  for (let index = 0; index < height; index++) {
    rows.push(all.map((list) => list.values[index] ?? null));
  }
  return {
    name: TEMPLATE_LISTS_SHEET,
    header: true,
    hidden: true,
    rows,
    columns: all.map((list) => ({
      width: Math.min(45, Math.max(list.title.length, ...list.values.map((v) => v.length)) + 2),
    })),
  };
}

function columnLetter(number: number): string {
  let letters = '';
  for (let rest = number; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

function csvLine(cells: readonly string[]): string {
  return cells
    .map((cell) => (/[",;\r\n]|^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell))
    .join(',');
}

function cellText(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
