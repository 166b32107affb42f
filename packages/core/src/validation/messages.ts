import type { IssueCode, IssueSeverity } from './issue';

/** Parameters a message is built from; field names come in both languages. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The severity and the messages of one issue code. */
export interface IssueMessage {
  readonly severity: IssueSeverity;
  readonly vi: (p: MessageParams) => string;
  readonly en: (p: MessageParams) => string;
}

const field = (p: MessageParams, lang: 'vi' | 'en') =>
  String(lang === 'vi' ? (p.fieldVi ?? p.field ?? '') : (p.fieldEn ?? p.field ?? ''));

/**
 * The first row of a duplicate: its row in the file (`relatedRow`, set by the
 * import), else its record number (`relatedRecord`), else "another row".
 */
const otherRow = (p: MessageParams, lang: 'vi' | 'en') => {
  if (p.relatedRow !== undefined) {
    return lang === 'vi' ? `dòng ${p.relatedRow}` : `row ${p.relatedRow}`;
  }
  if (p.relatedRecord !== undefined) {
    return lang === 'vi' ? `bản ghi số ${p.relatedRecord}` : `record ${p.relatedRecord}`;
  }
  return lang === 'vi' ? 'một dòng khác của cùng bảng' : 'another row of the same table';
};

/** The two dates of a date-order message, when the check gave them. */
const bothDates = (p: MessageParams, lang: 'vi' | 'en') => {
  if (p.firstVi === undefined || p.secondVi === undefined) return '';
  return lang === 'vi' ? ` (${p.firstVi} và ${p.secondVi})` : ` (${p.first} and ${p.second})`;
};

/**
 * Every issue code with its severity and its message in Vietnamese and
 * English. A closed map: adding a code without its messages does not compile.
 * Messages say what is wrong and what to do; they never contain a value from
 * the data, so no personal data reaches a log through them.
 */
export const ISSUE_MESSAGES: { readonly [C in IssueCode]: IssueMessage } = {
  'invalid-structure': {
    severity: 'error',
    vi: (p) =>
      p.level === 'record'
        ? 'Dòng này không phải là một bản ghi (cần một đối tượng JSON với các cột của tệp). Hãy sửa hoặc xóa dòng này.'
        : p.field
          ? `Mục “${field(p, 'vi')}” phải là một danh sách bản ghi. Hãy xuất lại dữ liệu bằng lệnh party import hoặc theo tệp mẫu.`
          : 'Tệp không chứa một bộ dữ liệu (cần một đối tượng JSON có danh sách tổ chức và đảng viên). Hãy xuất lại dữ liệu bằng lệnh party import.',
    en: (p) =>
      p.level === 'record'
        ? 'This row is not a record (a JSON object with the columns of the file is expected). Correct or delete it.'
        : p.field
          ? `“${field(p, 'en')}” must be a list of records. Export the data again with party import or from the template.`
          : 'The file does not hold a dataset (a JSON object with organisations and members is expected). Export the data again with party import.',
  },
  required: {
    severity: 'error',
    vi: (p) => `Thiếu giá trị bắt buộc ở cột “${field(p, 'vi')}”. Hãy điền giá trị cho ô này.`,
    en: (p) => `The required value of “${field(p, 'en')}” is missing. Fill in this cell.`,
  },
  'invalid-type': {
    severity: 'error',
    vi: (p) =>
      `Giá trị ở cột “${field(p, 'vi')}” không đúng kiểu: cần ${p.expectedVi}. Hãy sửa lại ô này.`,
    en: (p) =>
      `The value of “${field(p, 'en')}” has the wrong type: ${p.expectedEn} expected. Correct this cell.`,
  },
  'invalid-code': {
    severity: 'error',
    vi: (p) =>
      `Giá trị ở cột “${field(p, 'vi')}” không có trong danh mục. Hãy dùng một trong các giá trị: ${p.allowedVi}.`,
    en: (p) =>
      `The value of “${field(p, 'en')}” is not in its code list. Use one of: ${p.allowedEn}.`,
  },
  'invalid-value': {
    severity: 'error',
    vi: (p) => `Giá trị ở cột “${field(p, 'vi')}” không hợp lệ (${p.reasonVi}). Hãy sửa lại ô này.`,
    en: (p) => `The value of “${field(p, 'en')}” is not valid (${p.reasonEn}). Correct this cell.`,
  },
  'invalid-date': {
    severity: 'error',
    vi: (p) =>
      `Ngày ở cột “${field(p, 'vi')}” không đọc được hoặc không có thật (ví dụ 31/02). Hãy ghi một ngày có thật dạng dd/mm/yyyy${p.allowYear ? ' hoặc chỉ năm yyyy' : ''}.`,
    en: (p) =>
      `The date in “${field(p, 'en')}” cannot be read or does not exist (such as 31/02). Write a real date as dd/mm/yyyy${p.allowYear ? ' or a year as yyyy' : ''}.`,
  },
  'duplicate-id': {
    severity: 'error',
    vi: (p) =>
      `Mã ở cột “${field(p, 'vi')}” trùng với ${otherRow(p, 'vi')}. Mỗi mã chỉ được dùng một lần; hãy sửa hoặc xóa dòng trùng.`,
    en: (p) =>
      `The code in “${field(p, 'en')}” is already used by ${otherRow(p, 'en')}. Each code may be used once; correct or delete the duplicate row.`,
  },
  'duplicate-record': {
    severity: 'error',
    vi: (p) =>
      `Dòng này trùng với ${otherRow(p, 'vi')} (cùng ${p.keyVi}). Hãy xóa dòng thừa hoặc sửa lại.`,
    en: (p) =>
      `This row repeats ${otherRow(p, 'en')} (same ${p.keyEn}). Delete the extra row or correct it.`,
  },
  'unknown-organization': {
    severity: 'error',
    vi: (p) =>
      `Mã tổ chức ở cột “${field(p, 'vi')}” không có trong danh sách tổ chức đảng (tệp to-chuc). Hãy sửa mã hoặc bổ sung tổ chức vào danh sách.`,
    en: (p) =>
      `The organisation code in “${field(p, 'en')}” is not in the list of organisations (file to-chuc). Correct the code or add the organisation.`,
  },
  'unknown-member': {
    severity: 'error',
    vi: (p) =>
      p.scope === 'roster'
        ? `Mã đảng viên ở cột “${field(p, 'vi')}” không có trong danh sách đảng viên (tệp dang-vien). Hãy sửa mã hoặc bổ sung đảng viên.`
        : p.scope === 'movement'
          ? `Biến động gần nhất của đảng viên này giữ đảng viên trong danh sách, nhưng mã ở cột “${field(p, 'vi')}” không có trong danh sách đảng viên. Hãy bổ sung đảng viên vào tệp dang-vien hoặc sửa mã.`
          : `Mã đảng viên ở cột “${field(p, 'vi')}” không có trong danh sách đảng viên hay trong biến động. Hãy sửa mã.`,
    en: (p) =>
      p.scope === 'roster'
        ? `The member id in “${field(p, 'en')}” is not on the roster (file dang-vien). Correct the id or add the member.`
        : p.scope === 'movement'
          ? `This member's latest movement keeps them on the roster, but the id in “${field(p, 'en')}” is not on the roster. Add the member to dang-vien or correct the id.`
          : `The member id in “${field(p, 'en')}” is neither on the roster nor in the movements. Correct the id.`,
  },
  'invalid-parent': {
    severity: 'error',
    vi: () =>
      'Tổ chức ở cột “Trực thuộc” không phải là đảng bộ cơ sở. Chi bộ trực thuộc chỉ thuộc một đảng bộ cơ sở; hãy sửa mã ở cột “Trực thuộc” hoặc để trống nếu trực thuộc Đảng ủy phường.',
    en: () =>
      'The organisation in “parent” is not a grassroots committee. A subordinate cell belongs to a grassroots committee; correct the code, or leave it empty for a cell under the ward committee.',
  },
  'nested-committee': {
    severity: 'error',
    vi: (p) =>
      `Chỉ chi bộ trực thuộc mới thuộc một đảng bộ cơ sở; ${p.kindVi} không thể trực thuộc tổ chức khác. Hãy để trống cột “Trực thuộc” hoặc sửa cột “Loại”.`,
    en: (p) =>
      `Only a subordinate cell belongs to a grassroots committee; a ${p.kindEn} cannot sit under another organisation. Leave “parent” empty or correct “kind”.`,
  },
  'birth-after-admission': {
    severity: 'error',
    vi: (p) =>
      `Ngày sinh muộn hơn ngày vào Đảng${bothDates(p, 'vi')}. Hãy kiểm tra lại hai ngày này.`,
    en: (p) =>
      `The birth date is later than the admission date${bothDates(p, 'en')}. Check both dates.`,
  },
  'official-before-admission': {
    severity: 'error',
    vi: () => 'Ngày chính thức sớm hơn ngày vào Đảng. Hãy kiểm tra lại hai ngày này.',
    en: () => 'The official date is earlier than the admission date. Check both dates.',
  },
  'date-order': {
    severity: 'error',
    vi: (p) =>
      `Ngày ở cột “${field(p, 'vi')}” sớm hơn ngày bắt đầu (cột “${p.startVi}”). Hãy kiểm tra lại hai ngày này.`,
    en: (p) =>
      `The date in “${field(p, 'en')}” is earlier than the start (“${p.startEn}”). Check both dates.`,
  },
  'invalid-discipline-form': {
    severity: 'error',
    vi: (p) =>
      `Hình thức kỷ luật “${p.formVi}” không áp dụng cho ${p.subjectVi} (QĐ 69-QĐ/TW). Hãy sửa cột “Kỷ luật” hoặc cột “Đối tượng”.`,
    en: (p) =>
      `The discipline “${p.formEn}” does not apply to a ${p.subjectEn} (QĐ 69-QĐ/TW). Correct “discipline” or “subjectType”.`,
  },
  'probationary-discipline-form': {
    severity: 'error',
    vi: (p) =>
      `Đảng viên dự bị chỉ có thể bị kỷ luật ${p.allowedVi}; hình thức “${p.formVi}” không áp dụng (${p.regulation}). Hãy kiểm tra cột “Kỷ luật”, hoặc “Ngày chính thức” của đảng viên trong tệp dang-vien.`,
    en: (p) =>
      `A probationary member can only be given a ${p.allowedEn}; “${p.formEn}” does not apply (${p.regulation}). Check “discipline”, or the member's “officialOn” in dang-vien.`,
  },
  'admission-age': {
    severity: 'warning',
    vi: (p) =>
      `Tuổi khi vào Đảng là ${p.years} tuổi ${p.months} tháng, ngoài khoảng ${p.minYears}–${p.maxYears} tuổi tính theo tháng (${p.regulation}). Hãy kiểm tra ngày sinh và ngày vào Đảng.`,
    en: (p) =>
      `Age at admission is ${p.years} years ${p.months} months, outside ${p.minYears}–${p.maxYears} counted in months (${p.regulation}). Check the birth and admission dates.`,
  },
  'probation-overdue': {
    severity: 'warning',
    vi: (p) =>
      `Đảng viên dự bị đã quá ${p.months} tháng kể từ ngày vào Đảng (tính đến ngày ${p.asOfVi}) mà chưa có ngày chính thức. Hãy ghi ngày chính thức hoặc đề nghị chi bộ xét công nhận.`,
    en: (p) =>
      `The probationary member is more than ${p.months} months past admission (on ${p.asOf}) with no official date. Record the official date or have the cell consider recognition.`,
  },
  'probation-too-short': {
    severity: 'warning',
    vi: (p) =>
      `Ngày chính thức chưa đủ ${p.months} tháng dự bị kể từ ngày vào Đảng (${p.regulation}). Hãy kiểm tra lại ngày chính thức.`,
    en: (p) =>
      `The official date comes less than ${p.months} months of probation after admission (${p.regulation}). Check the official date.`,
  },
  'small-cell': {
    severity: 'warning',
    vi: (p) =>
      `Chi bộ chỉ có ${p.count} đảng viên chính thức, ít hơn 3 theo Điều lệ Đảng. Hãy xem xét kiện toàn hoặc sáp nhập chi bộ.`,
    en: (p) =>
      `The cell has only ${p.count} official members, fewer than the 3 the Party Statute requires. Consider strengthening or merging it.`,
  },
  'member-has-left': {
    severity: 'warning',
    vi: (p) =>
      `Đảng viên còn trong danh sách nhưng biến động gần nhất (${p.typeVi}, ${p.dateVi}) đưa đảng viên ra khỏi danh sách. Hãy xóa dòng này khỏi tệp dang-vien hoặc sửa biến động.`,
    en: (p) =>
      `The member is on the roster but their latest movement (${p.typeEn}, ${p.date}) takes them off it. Remove the row from dang-vien or correct the movement.`,
  },
  'planning-too-many-candidates': {
    severity: 'warning',
    vi: (p) =>
      `Chức danh này (nhiệm kỳ ${p.term}) có ${p.count} người trong quy hoạch, vượt quá ${p.max} người (${p.perSeat} người cho mỗi người đảm nhiệm, ${p.seats} người đảm nhiệm; ${p.regulation}). Hãy rà soát lại danh sách quy hoạch, hoặc ghi đúng cột “Số lượng chức danh”.`,
    en: (p) =>
      `This post (term ${p.term}) has ${p.count} planned candidates, more than ${p.max} (${p.perSeat} per seat, ${p.seats} seats; ${p.regulation}). Review the planning list, or give the right “seats”.`,
  },
  'planning-too-many-posts': {
    severity: 'warning',
    vi: (p) =>
      `Một người được quy hoạch vào ${p.count} chức danh trong nhiệm kỳ ${p.term}, vượt quá ${p.max} chức danh (${p.regulation}). Hãy rà soát lại danh sách quy hoạch.`,
    en: (p) =>
      `One candidate is planned for ${p.count} posts in term ${p.term}, more than ${p.max} (${p.regulation}). Review the planning list.`,
  },
  'movement-unknown-organization': {
    severity: 'warning',
    vi: () =>
      'Mã tổ chức của biến động không có trong danh sách tổ chức đảng. Nếu tổ chức đó đã giải thể thì có thể bỏ qua; nếu không, hãy sửa mã.',
    en: () =>
      'The movement names an organisation that is not in the list. If it was dissolved this can stay; otherwise correct the code.',
  },
  'discipline-without-violation': {
    severity: 'warning',
    vi: () =>
      'Có hình thức kỷ luật nhưng kết luận không phải “Có vi phạm”. Hãy kiểm tra cột “Kết luận”.',
    en: () => 'A discipline is recorded but the finding is not “violation”. Check “finding”.',
  },
  'dismissal-without-position': {
    severity: 'warning',
    vi: (p) =>
      `Hình thức “${p.formVi}” chỉ áp dụng cho đảng viên đang giữ chức vụ, nhưng tệp chuc-vu không có chức vụ nào của đảng viên này vào ngày quyết định (${p.regulation}). Hãy bổ sung chức vụ (với “Từ ngày”, “Đến ngày”) vào tệp chuc-vu, hoặc sửa cột “Kỷ luật”.`,
    en: (p) =>
      `“${p.formEn}” only applies to a member holding a post, but chuc-vu holds no position of this member on the decision date (${p.regulation}). Add the position (with “since” and “until”) to chuc-vu, or correct “discipline”.`,
  },
  'discipline-past-limitation': {
    severity: 'warning',
    vi: (p) =>
      `Quyết định kỷ luật “${p.formVi}” có ngày sau khi hết thời hiệu ${p.years} năm tính từ ngày vi phạm (${p.regulation}). Hãy kiểm tra ngày quyết định và “Ngày vi phạm”; nếu có vi phạm mới trong thời hiệu hoặc vi phạm không áp dụng thời hiệu, có thể giữ nguyên.`,
    en: (p) =>
      `The discipline “${p.formEn}” is dated after its ${p.years}-year limitation period from the violation ran out (${p.regulation}). Check the decision date and “violationOn”; a new violation within the period, or a violation without limitation, can explain it.`,
  },
  'after-reference-date': {
    severity: 'error',
    vi: (p) =>
      `Ngày ở cột “${field(p, 'vi')}” sau ngày số liệu ${p.referenceVi} (${p.basisVi}), nên chưa thể có trong dữ liệu của ngày đó. Hãy sửa ngày, hoặc ghi “Ngày số liệu” đúng trong tệp đơn vị.`,
    en: (p) =>
      `The date in “${field(p, 'en')}” is after the reference date ${p.reference} (${p.basisEn}), so it cannot be in the data of that date. Correct the date, or give the right “dataDate” in the ward file.`,
  },
  'former-member-without-leaving': {
    severity: 'error',
    vi: (p) =>
      `Đảng viên đã rời ngày ${p.dateVi} nhưng tệp biến động không có biến động rời đảng bộ (chuyển đi, xóa tên, khai trừ, từ trần, ra khỏi Đảng) cùng ngày. Hãy thêm biến động đó hoặc sửa “Ngày rời”.`,
    en: (p) =>
      `The member left on ${p.date} but the movements hold no leaving movement (transfer out, struck off, expelled, deceased, resigned) on that date. Add it or correct “leftOn”.`,
  },
  'leaving-without-former-member': {
    severity: 'error',
    vi: () =>
      'Biến động rời đảng bộ này không có dòng tương ứng trong tệp đảng viên (đảng viên đã rời cần có dòng với “Ngày rời”), nên không dựng lại được số liệu của các ngày trước đó. Hãy thêm dòng đảng viên đã rời.',
    en: () =>
      'This leaving movement has no row in the roster file (a former member needs a row with “leftOn”), so the figures of earlier dates cannot be rebuilt. Add the former member’s row.',
  },
  'organization-not-existing': {
    severity: 'error',
    vi: (p) =>
      `Đảng viên sinh hoạt ở tổ chức này vào ngày ${p.dateVi}, khi tổ chức chưa thành lập hoặc đã giải thể. Hãy kiểm tra ngày thành lập, ngày giải thể hoặc biến động chuyển sinh hoạt nội bộ.`,
    en: (p) =>
      `The member attends this organisation on ${p.date}, when it was not founded yet or had ceased. Check its founding or dissolution date, or the internal transfers.`,
  },
  'transfer-origin-mismatch': {
    severity: 'error',
    vi: (p) =>
      `“Từ tổ chức” của lần chuyển sinh hoạt nội bộ này khác tổ chức đảng viên sinh hoạt vào ngày hôm trước (${p.expected}). Hãy sửa “Từ tổ chức” hoặc bổ sung lần chuyển trước đó.`,
    en: (p) =>
      `The “fromOrg” of this internal transfer is not the organisation the member attended the day before (${p.expected}). Correct “fromOrg” or add the earlier transfer.`,
  },
  'invalid-merge-target': {
    severity: 'error',
    vi: (p) =>
      p.reason === 'dissolved'
        ? 'Tổ chức được sáp nhập vào đã giải thể trước đó. Hãy ghi mã tổ chức còn hoạt động vào cột “Sáp nhập vào”.'
        : 'Mã ở cột “Sáp nhập vào” không có trong danh sách tổ chức đảng. Hãy sửa mã.',
    en: (p) =>
      p.reason === 'dissolved'
        ? 'The organisation it was merged into had ceased before. Write the code of one that still exists in “mergedInto”.'
        : 'The code in “mergedInto” is not in the list of organisations. Correct the code.',
  },
  'empty-collection': {
    severity: 'error',
    vi: (p) =>
      `Bảng “${p.tableVi}” không có dòng dữ liệu nào, nên không lập được số liệu. Hãy điền ít nhất một dòng (mỗi dòng một ${p.rowVi}).`,
    en: (p) =>
      `“${p.tableEn}” has no data row, so no figure can be computed. Fill in at least one row (one per ${p.rowEn}).`,
  },
  'lost-leading-zero': {
    severity: 'warning',
    vi: (p) =>
      `Ô mã ở cột “${field(p, 'vi')}” được lưu dạng số và ngắn hơn các mã khác của cột (${p.length} chữ số), có thể đã mất số 0 ở đầu. Hãy định dạng cột là văn bản (Text) và nhập lại mã.`,
    en: (p) =>
      `The id cell in “${field(p, 'en')}” is stored as a number and is shorter than the other ids of its column (${p.length} digits): a leading zero may have been lost. Format the column as text and enter the id again.`,
  },
  'bare-year': {
    severity: 'notice',
    vi: (p) =>
      `Cột “${field(p, 'vi')}” chỉ có năm; tuổi được tính từ ngày 01/01 của năm đó (NĐ 135/2020/NĐ-CP). Nếu biết ngày đầy đủ, hãy bổ sung.`,
    en: (p) =>
      `“${field(p, 'en')}” holds only a year; ages count from 1 January of that year (NĐ 135/2020/NĐ-CP). Add the full date if it is known.`,
  },
  'unknown-field': {
    severity: 'notice',
    vi: (p) =>
      `Cột “${field(p, 'vi')}” không thuộc mẫu dữ liệu nên không được dùng để tính toán. Nếu đó là lỗi chính tả tên cột, hãy sửa lại.`,
    en: (p) =>
      `The column “${field(p, 'en')}” is not part of the data contract and is not used. If its header is misspelt, correct it.`,
  },
  'invisible-characters': {
    severity: 'notice',
    vi: (p) =>
      `Mã ở cột “${field(p, 'vi')}” có ký tự ẩn (khoảng trắng độ rộng 0, ký tự điều khiển…); đã bỏ các ký tự này để so khớp mã. Hãy xóa chúng trong tệp gốc.`,
    en: (p) =>
      `The code in “${field(p, 'en')}” holds invisible characters (zero-width space, control characters…); they were removed before matching codes. Delete them in the source file.`,
  },
};
