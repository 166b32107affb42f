import {
  COLLECTION_FILES,
  COLLECTION_NAMES,
  type CodeList,
  type CollectionName,
  FIELD_CODE_LISTS,
  FIELD_HEADERS,
  labelKey,
} from '@org/party-core';
import { COLUMN_NOTES, type ColumnKind, type ColumnNote } from './columnNotes';

/** The ward record (`don-vi`) or a collection: one file or sheet of a template. */
export type TemplateKey = CollectionName | 'ward';

/** The files of a template in contract order: the ward record, then every collection. */
export const TEMPLATE_KEYS: readonly TemplateKey[] = ['ward', ...COLLECTION_NAMES];

/** One column of a template file (cột của mẫu nhập liệu). */
export interface TemplateColumn {
  /** Vietnamese header (tên cột). */
  readonly header: string;
  /** The record fields the column fills (`role` and `roleText` share `Chức vụ`). */
  readonly fields: readonly string[];
  /** The note of the column's first field. */
  readonly note: ColumnNote;
  /** The code list of a coded column. */
  readonly codeList?: CodeList<string>;
  /** The accepted values in Vietnamese; empty for free text. */
  readonly accepted: string;
  /** The full note: what it holds, whether required, accepted values. */
  readonly description: string;
  /** A sensible column width in characters. */
  readonly width: number;
}

/** One file or sheet of a template. */
export interface TemplateFile {
  readonly key: TemplateKey;
  /** CSV file name without `.csv`. */
  readonly file: string;
  /** XLSX sheet name. */
  readonly sheet: string;
  /** What the records are, in Vietnamese. */
  readonly vi: string;
  /** Whether every dataset must have it. */
  readonly required: boolean;
  /**
   * The columns; for the ward (`don-vi`), the six fields that are the rows of
   * its `Trường` / `Giá trị` table.
   */
  readonly columns: readonly TemplateColumn[];
}

/** The two columns of the key/value `don-vi` file. */
export const WARD_HEADERS = { field: 'Trường', value: 'Giá trị' } as const;

/** Yes/no labels offered by the templates. */
export const YES_NO_LABELS = ['Có', 'Không'] as const;

const DATE_TEXT =
  'Ngày dạng dd/mm/yyyy (ví dụ 05/03/2021), hoặc yyyy-mm-dd, hoặc ô ngày của Excel.';

const KIND_TEXT: Readonly<Record<Exclude<ColumnKind, 'coded'>, string>> = {
  text: '',
  id: 'Ghi dạng chữ; số 0 ở đầu và đủ 12 chữ số được giữ nguyên.',
  date: DATE_TEXT,
  'date-or-year': `${DATE_TEXT} Nếu chỉ biết năm, ghi năm dạng yyyy.`,
  'yes-no': 'Có hoặc Không (cũng nhận x hoặc để trống, 1 hoặc 0).',
  'yes-no-or-date': `Có hoặc Không, hoặc ngày bắt đầu (${DATE_TEXT.charAt(0).toLowerCase()}${DATE_TEXT.slice(1, -1)}).`,
  integer: 'Số nguyên không âm.',
  decimal: 'Số; phần thập phân ngăn bằng dấu phẩy hoặc dấu chấm.',
  year: 'Năm dạng yyyy, ví dụ 2025.',
  term: 'Dạng yyyy-yyyy, ví dụ 2025-2030.',
};

const KIND_WIDTH: Readonly<Record<ColumnKind, number>> = {
  text: 28,
  id: 16,
  coded: 16,
  date: 14,
  'date-or-year': 14,
  'yes-no': 12,
  'yes-no-or-date': 14,
  integer: 12,
  decimal: 12,
  year: 8,
  term: 12,
};

const MAX_WIDTH = 45;

/**
 * The accepted values of a coded column: its Vietnamese labels in code-list
 * order, each with the other spellings it accepts.
 *
 * @example
 * codedValuesText(Genders) // 'Chọn một trong: Nam; Nữ.'
 */
export function codedValuesText(list: CodeList<string>): string {
  const labels = list.codes.map((code) => {
    const label = list.labels[code];
    if (!label) return code;
    // Spellings that differ only in accent placement (Hoà / Hòa) are not worth listing.
    const others = (label.aliases ?? []).filter((alias) => labelKey(alias) !== labelKey(label.vi));
    return others.length > 0 ? `${label.vi} (hoặc ${others.join(', ')})` : label.vi;
  });
  return `Chọn một trong: ${labels.join('; ')}.`;
}

/**
 * The template files in contract order, with their columns, notes and
 * accepted values (cấu trúc mẫu nhập liệu). The XLSX and CSV templates and
 * the guide `HUONG-DAN.md` are all rendered from it.
 *
 * @see docs/data-contract.md §1
 * @example
 * templateFiles()[2].sheet // 'DangVien'
 */
export function templateFiles(): TemplateFile[] {
  return TEMPLATE_KEYS.map((key) => {
    const place = COLLECTION_FILES[key];
    return {
      key,
      file: place.file,
      sheet: place.sheet,
      vi: place.vi,
      required: place.required,
      columns: templateColumns(key),
    };
  });
}

function templateColumns(key: TemplateKey): TemplateColumn[] {
  const headers = FIELD_HEADERS[key] as Readonly<Record<string, string>>;
  const notes = COLUMN_NOTES[key] as Readonly<Record<string, ColumnNote>>;
  const lists = (key === 'ward' ? undefined : FIELD_CODE_LISTS[key]) as
    | Readonly<Record<string, CodeList<string>>>
    | undefined;
  const byHeader = new Map<string, { header: string; fields: string[] }>();
  for (const [field, header] of Object.entries(headers)) {
    const existing = byHeader.get(header);
    if (existing) existing.fields.push(field);
    else byHeader.set(header, { header, fields: [field] });
  }
  return [...byHeader.values()].map(({ header, fields }) => {
    const first = fields[0] as string;
    const note = notes[first] as ColumnNote;
    const codeList = lists?.[first];
    const accepted = codeList
      ? codedValuesText(codeList)
      : note.kind === 'coded'
        ? ''
        : KIND_TEXT[note.kind];
    const description = [note.note, note.required ? 'Bắt buộc.' : 'Không bắt buộc.', accepted]
      .filter((part) => part !== '')
      .join('\n');
    return {
      header,
      fields,
      note,
      ...(codeList ? { codeList } : {}),
      accepted,
      description,
      width: columnWidth(header, note.kind, codeList),
    };
  });
}

function columnWidth(header: string, kind: ColumnKind, codeList?: CodeList<string>): number {
  const labels = codeList ? codeList.codes.map((code) => codeList.labels[code]?.vi ?? code) : [];
  const longestLabel = Math.max(0, ...labels.map((label) => label.length + 2));
  return Math.min(MAX_WIDTH, Math.max(header.length + 4, KIND_WIDTH[kind], longestLabel));
}
