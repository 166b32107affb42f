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
    vi: 'nội dung báo cáo: tệp .md, thư mục các tệp .md, hoặc tệp .json (bắt buộc, trừ --kind xep-loai)',
    en: 'the narrative: a .md file, a folder of .md files, or a .json template (required, except with --kind xep-loai)',
  },
  kindOption: {
    vi: 'loại báo cáo: theo nội dung (mặc định), hoặc xep-loai (kết quả đánh giá, xếp loại chất lượng một năm, lập từ dữ liệu)',
    en: "kind of report: from the narrative (default), or xep-loai (the year's quality classification, written from the data)",
  },
  yearOption: {
    vi: 'năm đánh giá, xếp loại của báo cáo --kind xep-loai (một năm có trong tệp xep-loai)',
    en: 'the year assessed, for --kind xep-loai (a year present in the xep-loai file)',
  },
  reportKindUnknown: {
    vi: 'Không có loại báo cáo “{kind}”. Các loại có: {kinds}.',
    en: 'No report kind “{kind}”. Kinds: {kinds}.',
  },
  reportNeedsYear: {
    vi: 'Báo cáo --kind xep-loai cần --year <năm>, ví dụ --year 2025.',
    en: 'A --kind xep-loai report needs --year <year>, e.g. --year 2025.',
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
    vi: 'Bản nháp: dữ liệu chưa có các số liệu dưới đây nên báo cáo in dấu [[thiếu số liệu]] tại các mục:',
    en: 'Draft: the data lacks the figures below, marked [[thiếu số liệu]] in the report under these headings:',
  },
  reportOtherWard: {
    vi: 'Lưu ý: nội dung báo cáo được viết cho {narrative}, còn dữ liệu là của {data}. Phần đầu văn bản đã lấy theo dữ liệu; hãy sửa các câu còn nói về {narrative}.\n',
    en: 'Note: the narrative was written for {narrative}, the data is of {data}. The header follows the data; change the sentences that still speak of {narrative}.\n',
  },
  reportNeedsFigures: {
    vi: 'Nội dung báo cáo cần số liệu mà dữ liệu chưa có, nên chưa ghi báo cáo. Các mục cần bổ sung:\n',
    en: 'The narrative needs figures the data does not have, so no report was written. Headings and the data they need:\n',
  },
  reportNeedsFiguresHint: {
    vi: 'Hãy bổ sung dữ liệu hoặc sửa nội dung báo cáo; muốn xem bản nháp có đánh dấu chỗ thiếu, chạy lại với --draft.\n',
    en: 'Add the data or change the narrative; for a draft that marks the gaps, run again with --draft.\n',
  },
  draftOption: {
    vi: 'lập bản nháp: vẫn ghi báo cáo khi thiếu số liệu, đánh dấu [[thiếu số liệu]] tại chỗ thiếu',
    en: 'write a draft: write the report even when figures are missing, marked [[thiếu số liệu]]',
  },
  findingsOption: {
    vi: 'cách trình bày kết quả đối chiếu: comments (mặc định, ghi chú bên cạnh số liệu) hoặc appendix (thêm trang "Phiếu đối chiếu số liệu" ở cuối)',
    en: 'how to show the findings: comments (default, notes beside the figures) or appendix (adds a "Phiếu đối chiếu số liệu" page at the end)',
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
  storeOption: {
    vi: 'đọc dữ liệu từ sổ lưu trữ (party store) trong thư mục này thay cho <dataset>',
    en: 'read the data from the register (party store) in this folder instead of <dataset>',
  },
  storeVersionOption: {
    vi: 'phiên bản trong sổ (mặc định: phiên bản hiện hành vào ngày --as-of)',
    en: 'version in the register (default: the one current on --as-of)',
  },
  datasetOrStore: {
    vi: 'Cần <dataset> hoặc --store <thư mục>, không cả hai.',
    en: 'Give <dataset> or --store <folder>, not both.',
  },
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
  // Usage lines of the help.
  programUsage: { vi: '[tùy chọn] [lệnh]', en: '[options] [command]' },
  datasetUsage: { vi: '[tùy chọn] <dataset>', en: '[options] <dataset>' },
  importUsage: {
    vi: '[tùy chọn] <dataset> -o <tệp.json>',
    en: '[options] <dataset> -o <file.json>',
  },
  templateUsage: { vi: '-o <tệp.xlsx | thư mục>', en: '-o <file.xlsx | folder>' },
  reportUsage: {
    vi: '[tùy chọn] <dataset | --store <thư mục>> (--as-of <ngày> --from <ngày> --narrative <tệp.md | thư mục> | --kind xep-loai --year <năm>) -o <tệp>',
    en: '[options] <dataset | --store <folder>> (--as-of <date> --from <date> --narrative <file.md | folder> | --kind xep-loai --year <year>) -o <file>',
  },
  storeUsage: {
    vi: '[tùy chọn] <dataset | --store <thư mục>>',
    en: '[options] <dataset | --store <folder>>',
  },
  optionChoices: { vi: ' (chọn: {choices})', en: ' (choices: {choices})' },
  // Usage errors (commander's, in the CLI's language).
  didYouMean: { vi: ' Có phải ý bạn là {suggestion}?', en: ' Did you mean {suggestion}?' },
  unknownOption: { vi: 'Tùy chọn không có: {name}.{hint}', en: 'Unknown option: {name}.{hint}' },
  unknownCommand: { vi: 'Lệnh không có: {name}.{hint}', en: 'Unknown command: {name}.{hint}' },
  missingArgument: { vi: 'Thiếu tham số: {name}.', en: 'Missing argument: {name}.' },
  optionMissingArgument: {
    vi: 'Tùy chọn {name} cần một giá trị.',
    en: 'Option {name} needs a value.',
  },
  excessArguments: { vi: 'Thừa tham số.', en: 'Too many arguments.' },
  invalidArgument: { vi: 'Giá trị không hợp lệ: {detail}', en: 'Invalid value: {detail}' },
  seeHelp: { vi: 'Xem thêm: party --help', en: 'See: party --help' },
  internalError: {
    vi: 'Lỗi ngoài dự kiến trong chương trình. Hãy báo lỗi cho nhóm phát triển (không gửi kèm dữ liệu đảng viên).',
    en: 'Unexpected internal error. Please report it to the developers (without member data).',
  },
  // party import, party template
  outputExists: {
    vi: 'Tệp “{path}” đã có. Hãy chọn tên khác hoặc thêm --force để ghi đè.',
    en: '“{path}” already exists. Choose another name or add --force to overwrite it.',
  },
  importWritten: {
    vi: 'Đã ghi {path}: {organizations} tổ chức, {members} đảng viên{issues}.',
    en: 'Wrote {path}: {organizations} organisations, {members} members{issues}.',
  },
  importWrittenIssues: {
    vi: '; {count} cảnh báo hoặc lưu ý (xem bằng party validate)',
    en: '; {count} warnings or notices (see party validate)',
  },
  templateWritten: { vi: 'Đã tạo mẫu nhập liệu: {path}', en: 'Template written: {path}' },
  // party report
  reportTextMismatch: {
    vi: '  - Mục {section}, “{context}”: dữ liệu tính được {computed} ({how})',
    en: '  - Section {section}, “{context}”: the data gives {computed} ({how})',
  },
  reportCitationMismatch: {
    vi: '  - Mục {section}, “{context}”: danh mục văn bản ghi ngày {computed}',
    en: '  - Section {section}, “{context}”: the registry of documents dates it {computed}',
  },
  reportMismatch: {
    vi: '  - Mục {section}, {{{placeholder}}}: dự thảo ghi {stated}, dữ liệu tính được {computed} ({how})',
    en: '  - Section {section}, {{{placeholder}}}: the draft states {stated}, the data gives {computed} ({how})',
  },
  pluginNotLoaded: {
    vi: 'Không nạp được phần mở rộng “{spec}”.',
    en: 'Cannot load the plugin “{spec}”.',
  },
  pluginHasNoRenderer: {
    vi: '“{spec}” không có trình kết xuất nào (cần format, mediaType, extension và render).',
    en: '“{spec}” exports no renderer (it needs format, mediaType, extension and render).',
  },
  reportsExist: {
    vi: 'Tệp {paths} đã có. Hãy chọn tên khác hoặc thêm --force để ghi đè.',
    en: '{paths} already exists. Choose another name or add --force to overwrite.',
  },
  // party validate
  datasetLine: { vi: 'Dữ liệu: {path}', en: 'Dataset: {path}' },
  datasetRead: {
    vi: 'Đã đọc {organizations} tổ chức, {members} đảng viên, {movements} biến động.',
    en: 'Read {organizations} organisations, {members} members, {movements} movements.',
  },
  valid: { vi: 'Hợp lệ', en: 'Valid' },
  notValid: { vi: 'Không hợp lệ', en: 'Not valid' },
  issueCounts: {
    vi: '{verdict}: {error} lỗi, {warning} cảnh báo, {notice} lưu ý.',
    en: '{verdict}: {error} errors, {warning} warnings, {notice} notices.',
  },
  groupSheet: { vi: 'Trang tính {sheet}', en: 'Sheet {sheet}' },
  groupFile: { vi: 'Tệp {file}', en: 'File {file}' },
  groupDataset: { vi: 'Toàn bộ dữ liệu', en: 'Whole dataset' },
  columnRow: { vi: 'Dòng', en: 'Row' },
  columnColumn: { vi: 'Cột', en: 'Column' },
  columnLevel: { vi: 'Mức', en: 'Level' },
  columnValue: { vi: 'Giá trị', en: 'Value' },
  columnMessage: { vi: 'Nội dung', en: 'Message' },
  severityError: { vi: 'lỗi', en: 'error' },
  severityWarning: { vi: 'cảnh báo', en: 'warning' },
  severityNotice: { vi: 'lưu ý', en: 'notice' },
  // The summary of party stats.
  statsWindow: {
    vi: 'Số liệu tính đến ngày {asOf}; biến động từ ngày {from}.',
    en: 'Figures as of {asOf}; movements from {from}.',
  },
  organizationsHeading: { vi: 'TỔ CHỨC ĐẢNG', en: 'ORGANISATIONS' },
  organizationsLine: {
    vi: '{direct} tổ chức đảng trực thuộc: {kinds}; {eHandbook} đăng ký Sổ tay đảng viên điện tử.',
    en: '{direct} organisations under the ward committee: {kinds}; {eHandbook} on the electronic handbook.',
  },
  structureHeader: { vi: 'Loại hình|Tổ chức|Đảng viên', en: 'Type|Organisations|Members' },
  membersHeading: {
    vi: 'ĐẢNG VIÊN: {total} (dự bị {probationary}, miễn sinh hoạt {exempt}, đi làm ăn xa {workingAway})',
    en: 'MEMBERS: {total} (probationary {probationary}, exempt {exempt}, working away {workingAway})',
  },
  breakdownHeader: { vi: 'Nhóm|Số lượng|Tỷ lệ', en: 'Group|Count|Share' },
  movementsHeading: {
    vi: 'BIẾN ĐỘNG từ ngày {from} đến ngày {to}',
    en: 'MOVEMENTS from {from} to {to}',
  },
  movementsHeader: { vi: 'Mục|Số lượng', en: 'Item|Count' },
  netChange: {
    vi: 'Tăng/giảm: {net} (không tính chuyển nội bộ: {internal}).',
    en: 'Net change: {net} (internal transfers not counted: {internal}).',
  },
  admissionTarget: {
    vi: 'Chỉ tiêu kết nạp {org}({from}–{to}): {admitted}/{target}, đạt {percent}.',
    en: 'Admission target {org}({from} to {to}): {admitted}/{target}, {percent}.',
  },
  admissionTargetOrg: { vi: 'của {org} ', en: 'of {org} ' },
  // party due
  dueDescription: {
    vi: 'Liệt kê các việc đến hạn trong một khoảng thời gian: dự bị, huy hiệu Đảng, nghỉ hưu, thời hiệu kỷ luật, chi bộ.',
    en: 'List what falls due in a window: probation, party badges, retirements, discipline limitation, cells.',
  },
  dueUsage: {
    vi: '[tùy chọn] <dataset> --from <ngày> --until <ngày> | --badges <ngày trao>',
    en: '[options] <dataset> --from <date> --until <date> | --badges <award date>',
  },
  dueFromOption: {
    vi: 'ngày đầu yyyy-mm-dd (cùng --until)',
    en: 'first day yyyy-mm-dd (with --until)',
  },
  dueUntilOption: {
    vi: 'ngày cuối yyyy-mm-dd (cùng --from)',
    en: 'last day yyyy-mm-dd (with --from)',
  },
  dueJsonOption: { vi: 'in danh sách dạng JSON', en: 'print the list as JSON' },
  dueFormatOption: {
    vi: 'định dạng: table, json, csv, xlsx, ics (mặc định theo đuôi của -o, không có -o thì table)',
    en: 'format: table, json, csv, xlsx, ics (default from the -o extension, else table)',
  },
  dueOutputOption: { vi: 'tệp sẽ ghi ra', en: 'the file to write' },
  dueBadgesOption: {
    vi: 'lập danh sách đề nghị tặng huy hiệu Đảng cho dịp trao yyyy-mm-dd (3/2, 19/5, 2/9, 7/11), ghi ra -o .docx hoặc .xlsx',
    en: 'write the badge proposal list for the award occasion yyyy-mm-dd (3/2, 19/5, 2/9, 7/11) to -o .docx or .xlsx',
  },
  dueNumberOption: {
    vi: 'số của văn bản danh sách (--badges, .docx; mặc định 1)',
    en: 'number of the list document (--badges, .docx; default 1)',
  },
  dueDateOption: {
    vi: 'ngày ban hành yyyy-mm-dd (--badges, .docx; mặc định ngày trao)',
    en: 'date of issue yyyy-mm-dd (--badges, .docx; default the award date)',
  },
  dueSignerOption: {
    vi: 'họ tên người ký (--badges, .docx; mặc định để trống để ký tay)',
    en: 'name of the signer (--badges, .docx; default blank, to sign by hand)',
  },
  dueNeedsValidData: {
    vi: 'Dữ liệu còn lỗi nên chưa lập danh sách việc đến hạn. Hãy sửa các lỗi dưới đây rồi chạy lại.\n',
    en: 'The data has errors, so nothing due was listed. Fix the errors below and run again.\n',
  },
  dueNeedsWindow: {
    vi: 'Cần --from và --until (hoặc --badges).',
    en: '--from and --until are needed (or --badges).',
  },
  dueBadDate: {
    vi: '{option} “{value}” không phải ngày hợp lệ. Hãy ghi dạng yyyy-mm-dd.',
    en: '{option} “{value}” is not a valid date. Write it as yyyy-mm-dd.',
  },
  dueReversed: {
    vi: 'Ngày đầu (--from) {from} sau ngày cuối (--until) {until}.',
    en: 'The first day (--from) {from} is after the last day (--until) {until}.',
  },
  dueNotOccasion: {
    vi: '{date} không phải dịp trao huy hiệu Đảng ({occasions}).',
    en: '{date} is not a party badge award occasion ({occasions}).',
  },
  dueBadgesOutput: {
    vi: 'Danh sách huy hiệu Đảng cần -o với đuôi .docx hoặc .xlsx.',
    en: 'The badge list needs -o with a .docx or .xlsx extension.',
  },
  dueNeedsOutput: {
    vi: 'Định dạng {format} cần -o <tệp>.',
    en: 'The {format} format needs -o <file>.',
  },
  dueUnknownFormat: {
    vi: 'Không biết định dạng “{format}”: chọn table, json, csv, xlsx hoặc ics.',
    en: 'Unknown format “{format}”: choose table, json, csv, xlsx or ics.',
  },
  dueWindow: {
    vi: 'Việc đến hạn từ ngày {from} đến ngày {until}: {total} việc.',
    en: 'Due from {from} to {until}: {total} items.',
  },
  dueNone: { vi: 'Không có việc nào đến hạn.', en: 'Nothing falls due.' },
  dueCountsHeader: { vi: 'Loại việc|Số việc', en: 'Kind|Items' },
  dueHeader: {
    vi: 'Ngày|Việc|Đối tượng|Tổ chức|Căn cứ, cách tính',
    en: 'Date|Item|Subject|Organisation|Rule, computation',
  },
  dueOverdue: { vi: ' (quá hạn)', en: ' (overdue)' },
  dueWritten: { vi: 'Đã ghi {path}: {total} việc.', en: 'Wrote {path}: {total} items.' },
  badgesWritten: {
    vi: 'Đã ghi {path}: {total} đảng viên đề nghị tặng huy hiệu Đảng dịp {date}.',
    en: 'Wrote {path}: {total} members proposed for the party badge on {date}.',
  },
  // Progress line.
  progressRows: { vi: 'Đang đọc: {count} dòng', en: 'Reading: {count} rows' },
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;

/** A key of the CLI's catalogue of texts. */
export type TextKey = keyof typeof TEXT;

/**
 * A text of the CLI in the chosen language, with each `{name}` replaced by
 * `params.name` (a name without a value is left as written).
 *
 * @example
 * text('vi', 'templateWritten', { path: 'mau.xlsx' }) // 'Đã tạo mẫu nhập liệu: mau.xlsx'
 */
export function text(
  lang: Lang,
  key: TextKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  const template: string = TEXT[key][lang];
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
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
