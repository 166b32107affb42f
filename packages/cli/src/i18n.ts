/** The languages of the CLI's own text: Vietnamese first, English with `--lang en`. */
export type Lang = 'vi' | 'en';

/** Picks the language from the arguments (`--lang en`, `--lang=en`) or `PARTY_LANG`. */
export function detectLang(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--lang' && argv[i + 1] === 'en') return 'en';
    if (arg === '--lang=en') return 'en';
    if (arg === '--lang' || arg?.startsWith('--lang=')) return 'vi';
  }
  return env.PARTY_LANG === 'en' ? 'en' : 'vi';
}

const TEXT = {
  programDescription: {
    vi: 'Công cụ dữ liệu của Đảng ủy phường, xã: kiểm tra dữ liệu, tính số liệu, lập báo cáo.',
    en: 'Data tool for ward and commune party committees: validate data, compute figures, write reports.',
  },
  langOption: {
    vi: 'ngôn ngữ hiển thị: vi (mặc định) hoặc en',
    en: 'display language: vi (default) or en',
  },
  helpOption: { vi: 'hiển thị trợ giúp', en: 'display help' },
  versionOption: { vi: 'hiển thị phiên bản', en: 'display the version' },
  helpCommand: { vi: 'hiển thị trợ giúp của một lệnh', en: 'display help for a command' },
  validateDescription: {
    vi: 'Kiểm tra một bộ dữ liệu và liệt kê mọi lỗi, cảnh báo, lưu ý.',
    en: 'Validate a dataset and list every error, warning and notice.',
  },
  datasetArgument: {
    vi: 'bộ dữ liệu: thư mục CSV, tệp .xlsx hoặc tệp .json',
    en: 'the dataset: a CSV folder, an .xlsx workbook or a .json file',
  },
  jsonOption: { vi: 'in kết quả dạng JSON', en: 'print the result as JSON' },
  asOfOption: {
    vi: 'ngày số liệu yyyy-mm-dd (mặc định: ngày ghi trong dữ liệu)',
    en: 'reference date yyyy-mm-dd (default: the date in the data)',
  },
  statsDescription: {
    vi: 'Tính các số liệu của báo cáo: tổ chức, đảng viên, biến động và các mảng công tác khác.',
    en: 'Compute the figures of the reports: organisations, members, movements and the other domains.',
  },
  statsAsOfOption: {
    vi: 'ngày số liệu yyyy-mm-dd (bắt buộc)',
    en: 'reference date yyyy-mm-dd (required)',
  },
  fromOption: {
    vi: 'ngày bắt đầu kỳ báo cáo yyyy-mm-dd, tính biến động (bắt buộc)',
    en: 'first day of the period yyyy-mm-dd, for movements (required)',
  },
  statsJsonOption: {
    vi: 'in toàn bộ số liệu dạng JSON (các khóa của hợp đồng dữ liệu, mục 3)',
    en: 'print every figure as JSON (the keys of the data contract, section 3)',
  },
  statsNeedsValidData: {
    vi: 'Dữ liệu còn lỗi nên chưa tính số liệu. Hãy sửa các lỗi dưới đây rồi chạy lại.\n',
    en: 'The data has errors, so no figures were computed. Fix the errors below and run again.\n',
  },
  reportDescription: {
    vi: 'Lập báo cáo từ dữ liệu và nội dung của đơn vị: DOCX đúng thể thức, HTML, Markdown.',
    en: 'Write the report from the data and the ward’s own text: DOCX in the Party format, HTML, Markdown.',
  },
  narrativeOption: {
    vi: 'nội dung báo cáo: tệp .md, thư mục các tệp .md, hoặc tệp .json (bắt buộc)',
    en: 'the narrative: a .md file, a folder of .md files, or a .json template (required)',
  },
  reportOutputOption: {
    vi: 'tệp sẽ ghi ra; với nhiều định dạng, mỗi định dạng một đuôi tệp',
    en: 'the file to write; with several formats, one extension each',
  },
  formatOption: {
    vi: 'định dạng: docx, html, md (có thể chọn nhiều; mặc định theo đuôi của -o)',
    en: 'formats: docx, html, md (several allowed; default from the -o extension)',
  },
  pluginOption: {
    vi: 'nạp thêm trình kết xuất của đơn vị (đường dẫn hoặc tên gói)',
    en: 'load a ward’s own renderer (a path or a package name)',
  },
  narrativeHasProblems: {
    vi: 'Nội dung báo cáo còn chỗ chưa đúng nên chưa lập báo cáo. Hãy sửa các dòng dưới đây:\n',
    en: 'The narrative has problems, so no report was written. Fix the lines below:\n',
  },
  reportNeedsValidData: {
    vi: 'Dữ liệu còn lỗi nên chưa lập báo cáo. Hãy sửa các lỗi dưới đây rồi chạy lại.\n',
    en: 'The data has errors, so no report was written. Fix the errors below and run again.\n',
  },
  reportPlaceholderErrors: {
    vi: 'Nội dung báo cáo có chỗ điền số liệu không hợp lệ nên chưa lập báo cáo:\n',
    en: 'The narrative has placeholders that cannot be filled, so no report was written:\n',
  },
  reportWritten: { vi: 'Đã lập báo cáo:', en: 'Report written:' },
  reportMissingFigures: {
    vi: 'Lưu ý: dữ liệu chưa có nên báo cáo in dấu [[thiếu số liệu]] tại:',
    en: 'Note: the data has nothing for these figures, marked [[thiếu số liệu]] in the report:',
  },
  reportMismatches: {
    vi: 'Cảnh báo: số liệu nêu trong dự thảo khác với số liệu tính từ dữ liệu',
    en: 'Warning: figures stated in the draft differ from the figures computed from the data',
  },
  importDescription: {
    vi: 'Đọc thư mục CSV, tệp Excel hoặc JSON, kiểm tra và ghi ra tệp JSON chuẩn.',
    en: 'Read a CSV folder, an Excel workbook or JSON, validate it and write the canonical JSON.',
  },
  importDatasetArgument: {
    vi: 'bộ dữ liệu: thư mục CSV, tệp .xlsx hoặc tệp .json',
    en: 'the dataset: a CSV folder, an .xlsx workbook or a .json file',
  },
  importOutputOption: { vi: 'tệp JSON sẽ ghi ra', en: 'the JSON file to write' },
  forceOption: { vi: 'ghi đè nếu tệp đã có', en: 'overwrite an existing file' },
  importNeedsValidData: {
    vi: 'Dữ liệu còn lỗi nên chưa ghi tệp JSON. Hãy sửa các lỗi dưới đây rồi chạy lại.\n',
    en: 'The data has errors, so no JSON was written. Fix the errors below and run again.\n',
  },
  templateDescription: {
    vi: 'Tạo mẫu nhập liệu trống: tệp Excel có danh sách chọn, hoặc thư mục CSV kèm hướng dẫn.',
    en: 'Write an empty template: an Excel workbook with drop-down lists, or a CSV folder with a guide.',
  },
  templateOutputOption: {
    vi: 'tệp .xlsx hoặc thư mục sẽ tạo',
    en: 'the .xlsx file or folder to create',
  },
  examples: { vi: 'Ví dụ:', en: 'Examples:' },
  exitCodes: {
    vi: 'Mã thoát: 0 không có lỗi; 1 dữ liệu có lỗi; 2 sai cách dùng hoặc không đọc được tệp.',
    en: 'Exit status: 0 no error; 1 the data has errors; 2 wrong usage or unreadable input.',
  },
} as const;

/** A text of the CLI in the chosen language. */
export function text(lang: Lang, key: keyof typeof TEXT): string {
  return TEXT[key][lang];
}

/** Titles of commander's help sections. */
export function helpTitle(lang: Lang, title: string): string {
  if (lang === 'en') return title;
  const titles: Record<string, string> = {
    'Usage:': 'Cách dùng:',
    'Options:': 'Tùy chọn:',
    'Commands:': 'Lệnh:',
    'Arguments:': 'Tham số:',
    'Global Options:': 'Tùy chọn chung:',
  };
  return titles[title] ?? title;
}
