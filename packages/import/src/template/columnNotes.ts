import type { CollectionName, RecordInput, Ward } from '@org/party-core';

/**
 * What a column holds, for its accepted-values text, number format and width
 * in the templates (kiểu dữ liệu của cột).
 *
 * - `text`: free text;
 * - `id`: an id or code, kept as text (leading zeros and all 12 digits kept);
 * - `coded`: one label of the field's code list (`FIELD_CODE_LISTS`);
 * - `date`: a date; `date-or-year`: a date or a bare year;
 * - `yes-no`: Có / Không;
 * - `integer`, `decimal`: numbers; `year`: a year; `term`: `yyyy-yyyy`.
 */
export type ColumnKind =
  | 'text'
  | 'id'
  | 'coded'
  | 'date'
  | 'date-or-year'
  | 'yes-no'
  | 'yes-no-or-date'
  | 'integer'
  | 'decimal'
  | 'year'
  | 'term';

/** The explanation of one column of the templates (ghi chú cột). */
export interface ColumnNote {
  /** What the column holds, in Vietnamese, in one or two short sentences. */
  readonly note: string;
  /** Whether a record needs a value (bắt buộc). */
  readonly required: boolean;
  /** Kind of value, for the accepted values and the column format. */
  readonly kind: ColumnKind;
}

/** One note per field of a record, every field included. */
export type FieldNotes<T> = { readonly [F in keyof Required<T>]: ColumnNote };

/**
 * A short Vietnamese note on every field of the ward record and of every
 * collection (ghi chú các cột của mẫu nhập liệu): what the column holds,
 * whether it is required and what kind of value it takes. The templates add
 * the accepted values (labels of the code list, date format) to it.
 *
 * The type lists every field of the core schemas, so a field added to the
 * data contract does not compile here until it has a note.
 *
 * @see docs/data-contract.md §1
 * @example
 * COLUMN_NOTES.members.officialOn.note
 * // 'Ngày được công nhận đảng viên chính thức; để trống nếu còn là đảng viên dự bị.'
 */
export const COLUMN_NOTES: {
  readonly [K in CollectionName]: FieldNotes<RecordInput<K>>;
} & { readonly ward: FieldNotes<Ward> } = {
  ward: {
    name: {
      note: 'Tên đầy đủ của đảng bộ phường, xã, ví dụ: Đảng bộ phường Dương Kinh.',
      required: false,
      kind: 'text',
    },
    committee: {
      note: 'Tên cấp ủy in ở đầu văn bản, ví dụ: Đảng ủy phường Dương Kinh.',
      required: false,
      kind: 'text',
    },
    superior: {
      note: 'Đảng bộ cấp trên trực tiếp, ví dụ: Đảng bộ thành phố Hải Phòng.',
      required: false,
      kind: 'text',
    },
    place: {
      note: 'Địa danh ghi trước ngày tháng của văn bản, ví dụ: Dương Kinh.',
      required: false,
      kind: 'text',
    },
    areaKm2: {
      note: 'Diện tích tự nhiên của phường, xã, tính bằng km2.',
      required: false,
      kind: 'decimal',
    },
    population: {
      note: 'Số dân của phường, xã; 27.339 được hiểu là hai mươi bảy nghìn ba trăm ba mươi chín người.',
      required: false,
      kind: 'integer',
    },
    dataDate: {
      note: 'Ngày mà danh sách đảng viên và tổ chức đảng trong tệp đúng với thực tế. Số liệu chỉ tính được đến ngày này.',
      required: false,
      kind: 'date',
    },
    movementsFrom: {
      note: 'Từ ngày này, mọi biến động đảng viên đều được ghi ở trang BienDong. Không tính được số liệu của kỳ bắt đầu trước ngày này.',
      required: false,
      kind: 'date',
    },
  },
  organizations: {
    code: {
      note: 'Mã của tổ chức đảng, không trùng nhau; các trang khác dùng mã này để chỉ tổ chức.',
      required: true,
      kind: 'id',
    },
    name: {
      note: 'Tên tổ chức đảng, ví dụ: Chi bộ Tổ dân phố số 1.',
      required: true,
      kind: 'text',
    },
    kind: { note: 'Loại tổ chức đảng.', required: true, kind: 'coded' },
    parent: {
      note: 'Mã của đảng bộ cơ sở mà chi bộ trực thuộc; để trống nếu trực thuộc thẳng Đảng ủy phường, xã.',
      required: false,
      kind: 'id',
    },
    category: {
      note: 'Loại hình đơn vị mà tổ chức đảng lãnh đạo.',
      required: true,
      kind: 'coded',
    },
    foundedOn: { note: 'Ngày quyết định thành lập.', required: false, kind: 'date' },
    dissolvedOn: {
      note: 'Ngày tổ chức đảng giải thể, sáp nhập hoặc chuyển đi; để trống nếu còn hoạt động.',
      required: false,
      kind: 'date',
    },
    mergedInto: {
      note: 'Mã tổ chức đảng nhận sáp nhập, nếu tổ chức này được sáp nhập vào tổ chức khác.',
      required: false,
      kind: 'id',
    },
    eHandbook: {
      note: 'Tổ chức đảng đã dùng Sổ tay đảng viên điện tử hay chưa.',
      required: false,
      kind: 'yes-no',
    },
    congressOn: {
      note: 'Ngày khai mạc đại hội gần nhất của tổ chức đảng; nhiệm kỳ tính từ ngày này.',
      required: false,
      kind: 'date',
    },
    termYears: {
      note: 'Nhiệm kỳ đại hội, tính bằng năm (5 hoặc 2,5); để trống thì theo quy định: 5 năm, chi bộ trực thuộc đại hội trước 01/7/2025 là 2,5 năm.',
      required: false,
      kind: 'decimal',
    },
  },
  members: {
    id: {
      note: 'Số thẻ đảng viên hoặc mã do phường, xã tự đặt; không trùng nhau.',
      required: true,
      kind: 'id',
    },
    fullName: { note: 'Họ và tên đầy đủ.', required: true, kind: 'text' },
    birthDate: { note: 'Ngày, tháng, năm sinh.', required: true, kind: 'date-or-year' },
    gender: { note: 'Giới tính.', required: true, kind: 'coded' },
    ethnicity: {
      note: 'Dân tộc: Kinh hoặc tên dân tộc khác, ví dụ: Tày, Mường.',
      required: true,
      kind: 'text',
    },
    religion: {
      note: 'Tôn giáo; để trống hoặc ghi Không nếu không theo tôn giáo. Tôn giáo ngoài danh sách được tính là Khác.',
      required: false,
      kind: 'coded',
    },
    admittedOn: {
      note: 'Ngày của quyết định kết nạp vào Đảng.',
      required: true,
      kind: 'date',
    },
    officialOn: {
      note: 'Ngày được công nhận đảng viên chính thức; để trống nếu còn là đảng viên dự bị.',
      required: false,
      kind: 'date',
    },
    org: {
      note: 'Mã chi bộ (hoặc đảng bộ) nơi đảng viên sinh hoạt, lấy ở cột Mã của trang ToChuc.',
      required: true,
      kind: 'id',
    },
    generalEducation: {
      note: 'Trình độ giáo dục phổ thông. Có thể ghi theo lớp, ví dụ 9/12 hoặc 7/10 (hệ 12 năm: lớp 1–5 Tiểu học, 6–9 THCS, 10–12 THPT; hệ 10 năm: lớp 1–4, 5–7, 8–10).',
      required: true,
      kind: 'coded',
    },
    professional: {
      note: 'Trình độ chuyên môn cao nhất; để trống hoặc ghi Không nếu chưa qua đào tạo.',
      required: false,
      kind: 'coded',
    },
    politicalTheory: {
      note: 'Trình độ lý luận chính trị; để trống nếu chưa qua đào tạo.',
      required: false,
      kind: 'coded',
    },
    occupation: {
      note: 'Nghề nghiệp hiện nay; để trống được tính là Khác.',
      required: false,
      kind: 'coded',
    },
    exempt: {
      note: 'Đảng viên được miễn công tác và sinh hoạt đảng: Có/Không, hoặc ngày bắt đầu được miễn.',
      required: false,
      kind: 'yes-no-or-date',
    },
    workingAway: {
      note: 'Đảng viên đi làm ăn xa nơi cư trú.',
      required: false,
      kind: 'yes-no',
    },
    partyAgeGapMonths: {
      note: 'Tổng số tháng gián đoạn sinh hoạt đảng (bị xóa tên, mất liên lạc, chậm chuyển sinh hoạt…), được trừ khi tính tuổi Đảng; để trống nếu không có.',
      required: false,
      kind: 'integer',
    },
    leftOn: {
      note: 'Với đảng viên đã rời đảng bộ: ngày rời (chuyển đi, xóa tên, từ trần…); trang BienDong có biến động cùng ngày. Để trống nếu còn sinh hoạt.',
      required: false,
      kind: 'date',
    },
  },
  movements: {
    date: { note: 'Ngày xảy ra biến động.', required: true, kind: 'date' },
    type: { note: 'Loại biến động.', required: true, kind: 'coded' },
    memberId: {
      note: 'Mã của đảng viên; người đã ra khỏi danh sách (chuyển đi, từ trần…) vẫn ghi mã cũ.',
      required: true,
      kind: 'id',
    },
    fullName: {
      note: 'Họ và tên; nên ghi cho người không còn trong danh sách đảng viên.',
      required: false,
      kind: 'text',
    },
    org: {
      note: 'Mã tổ chức đảng liên quan; với chuyển sinh hoạt nội bộ là tổ chức đảng viên chuyển đến.',
      required: false,
      kind: 'id',
    },
    fromOrg: {
      note: 'Với chuyển sinh hoạt nội bộ: mã tổ chức đảng viên chuyển đi.',
      required: false,
      kind: 'id',
    },
    note: { note: 'Ghi chú tự do.', required: false, kind: 'text' },
  },
  positions: {
    memberId: { note: 'Mã của đảng viên giữ chức vụ.', required: true, kind: 'id' },
    role: {
      note: 'Chức vụ. Chức vụ ngoài danh sách cứ ghi đúng tên, tên được giữ nguyên.',
      required: true,
      kind: 'coded',
    },
    roleText: {
      note: 'Tên chức vụ như đã ghi (cùng cột Chức vụ), giữ lại cho chức vụ ngoài danh sách.',
      required: false,
      kind: 'text',
    },
    org: {
      note: 'Mã chi bộ hoặc đảng bộ có chức vụ này.',
      required: false,
      kind: 'id',
    },
    since: { note: 'Ngày bắt đầu giữ chức vụ.', required: false, kind: 'date' },
    until: {
      note: 'Ngày thôi giữ chức vụ; để trống nếu đang giữ.',
      required: false,
      kind: 'date',
    },
  },
  inspections: {
    ref: {
      note: 'Số quyết định hoặc kế hoạch kiểm tra, giám sát, ví dụ: 15-QĐ/ĐU.',
      required: false,
      kind: 'text',
    },
    date: { note: 'Ngày của quyết định hoặc kế hoạch.', required: true, kind: 'date' },
    mode: { note: 'Hình thức kiểm tra, giám sát.', required: true, kind: 'coded' },
    subjectType: {
      note: 'Đối tượng kiểm tra, giám sát là tổ chức đảng hay đảng viên.',
      required: true,
      kind: 'coded',
    },
    subject: {
      note: 'Mã tổ chức đảng hoặc mã đảng viên được kiểm tra, giám sát.',
      required: true,
      kind: 'id',
    },
    content: { note: 'Nội dung kiểm tra, giám sát.', required: false, kind: 'text' },
    finding: {
      note: 'Kết luận; để trống nếu chưa kết luận.',
      required: false,
      kind: 'coded',
    },
    discipline: {
      note: 'Hình thức kỷ luật, nếu có; để trống nếu không kỷ luật.',
      required: false,
      kind: 'coded',
    },
    violationOn: {
      note: 'Ngày xảy ra vi phạm, nếu biết; dùng để tính thời hiệu kỷ luật.',
      required: false,
      kind: 'date',
    },
  },
  training: {
    courseId: {
      note: 'Mã lớp; các học viên của cùng một lớp ghi cùng một mã.',
      required: true,
      kind: 'id',
    },
    courseName: { note: 'Tên lớp.', required: false, kind: 'text' },
    courseKind: {
      note: 'Loại lớp; loại ngoài danh sách được tính là Khác.',
      required: true,
      kind: 'coded',
    },
    from: { note: 'Ngày khai giảng.', required: false, kind: 'date' },
    to: { note: 'Ngày bế giảng.', required: false, kind: 'date' },
    memberId: {
      note: 'Mã đảng viên dự lớp; mỗi học viên một dòng.',
      required: true,
      kind: 'id',
    },
    result: {
      note: 'Kết quả học tập; để trống nếu đang học.',
      required: false,
      kind: 'coded',
    },
  },
  planning: {
    term: { note: 'Nhiệm kỳ quy hoạch.', required: true, kind: 'term' },
    position: {
      note: 'Chức danh quy hoạch, ví dụ: Bí thư Đảng ủy.',
      required: true,
      kind: 'text',
    },
    memberId: {
      note: 'Mã đảng viên được quy hoạch; để trống nếu người này không có trong danh sách đảng viên của phường, xã.',
      required: false,
      kind: 'id',
    },
    fullName: {
      note: 'Họ và tên; chỉ ghi khi không có mã đảng viên.',
      required: false,
      kind: 'text',
    },
    birthDate: {
      note: 'Ngày sinh; chỉ ghi khi không có mã đảng viên.',
      required: false,
      kind: 'date-or-year',
    },
    gender: {
      note: 'Giới tính; chỉ ghi khi không có mã đảng viên.',
      required: false,
      kind: 'coded',
    },
    seats: {
      note: 'Số người giữ chức danh này (ví dụ 2 phó chủ tịch); để trống là 1. Mỗi người giữ chức danh được quy hoạch tối đa 3 người.',
      required: false,
      kind: 'integer',
    },
  },
  classifications: {
    year: { note: 'Năm đánh giá, xếp loại.', required: true, kind: 'year' },
    subjectType: {
      note: 'Xếp loại tổ chức đảng hay đảng viên.',
      required: true,
      kind: 'coded',
    },
    subject: { note: 'Mã tổ chức đảng hoặc mã đảng viên.', required: true, kind: 'id' },
    rating: { note: 'Mức xếp loại chất lượng.', required: true, kind: 'coded' },
    score: {
      note: 'Tổng điểm theo khung 100 điểm (0 đến 100, ví dụ 85,5); để trống nếu chưa chấm điểm.',
      required: false,
      kind: 'decimal',
    },
  },
  admissionTargets: {
    from: { note: 'Ngày đầu của kỳ giao chỉ tiêu.', required: true, kind: 'date' },
    to: { note: 'Ngày cuối của kỳ giao chỉ tiêu.', required: true, kind: 'date' },
    org: {
      note: 'Mã tổ chức đảng được giao chỉ tiêu; để trống nếu là chỉ tiêu chung của phường, xã.',
      required: false,
      kind: 'id',
    },
    admissionTarget: {
      note: 'Số đảng viên mới phải kết nạp trong kỳ.',
      required: true,
      kind: 'integer',
    },
  },
};
