import type { z } from 'zod';
import { Ratings } from '../classification/codes';
import type { CodeList } from '../common/codeList';
import { DisciplineForms, Findings, InspectionModes, SubjectTypes } from '../inspection/codes';
import {
  Genders,
  GeneralEducationLevels,
  MovementTypes,
  Occupations,
  PoliticalTheoryLevels,
  PositionRoles,
  ProfessionalLevels,
  Religions,
} from '../member/codes';
import { OrganizationCategories, OrganizationKinds } from '../organization/codes';
import type { Ward } from '../organization/organization';
import { CourseKinds, TrainingResults } from '../training/codes';
import type { CollectionName, DATASET_COLLECTIONS } from './dataset';

/** Where a kind of record lives in a ward's files (data contract §1). */
export interface CollectionFile {
  /** CSV file name without `.csv`. */
  readonly file: string;
  /** XLSX sheet name. */
  readonly sheet: string;
  /** What the records are, in Vietnamese. */
  readonly vi: string;
  /** What the records are, in English. */
  readonly en: string;
  /** Whether every dataset must have it. */
  readonly required: boolean;
}

/** The file, sheet and name of the ward record and of each collection. */
export const COLLECTION_FILES: Readonly<Record<CollectionName | 'ward', CollectionFile>> = {
  ward: { file: 'don-vi', sheet: 'DonVi', vi: 'Đơn vị', en: 'Ward', required: false },
  organizations: {
    file: 'to-chuc',
    sheet: 'ToChuc',
    vi: 'Tổ chức đảng',
    en: 'Organisations',
    required: true,
  },
  members: { file: 'dang-vien', sheet: 'DangVien', vi: 'Đảng viên', en: 'Members', required: true },
  movements: {
    file: 'bien-dong',
    sheet: 'BienDong',
    vi: 'Biến động',
    en: 'Movements',
    required: false,
  },
  positions: { file: 'chuc-vu', sheet: 'ChucVu', vi: 'Chức vụ', en: 'Positions', required: false },
  inspections: {
    file: 'kiem-tra-giam-sat',
    sheet: 'KiemTraGiamSat',
    vi: 'Kiểm tra, giám sát',
    en: 'Inspection and supervision',
    required: false,
  },
  training: {
    file: 'boi-duong',
    sheet: 'BoiDuong',
    vi: 'Bồi dưỡng',
    en: 'Training',
    required: false,
  },
  planning: {
    file: 'quy-hoach',
    sheet: 'QuyHoach',
    vi: 'Quy hoạch',
    en: 'Cadre planning',
    required: false,
  },
  classifications: {
    file: 'xep-loai',
    sheet: 'XepLoai',
    vi: 'Xếp loại',
    en: 'Classification',
    required: false,
  },
  admissionTargets: {
    file: 'chi-tieu',
    sheet: 'ChiTieu',
    vi: 'Chỉ tiêu kết nạp',
    en: 'Admission targets',
    required: false,
  },
};

/** A record of a collection as a file gives it (defaults not yet applied). */
export type RecordInput<K extends CollectionName> = z.input<(typeof DATASET_COLLECTIONS)[K]>;
/** One header per field of a record. */
export type FieldHeaderMap<T> = { readonly [F in keyof Required<T>]: string };

/**
 * The Vietnamese column header of every field (data contract §1). The English
 * alias of a header is the field name itself.
 */
export const FIELD_HEADERS: {
  readonly [K in CollectionName]: FieldHeaderMap<RecordInput<K>>;
} & { readonly ward: FieldHeaderMap<Ward> } = {
  ward: {
    name: 'Tên đảng bộ',
    committee: 'Tên cấp ủy',
    superior: 'Đảng bộ cấp trên',
    place: 'Địa danh',
    areaKm2: 'Diện tích km2',
    population: 'Dân số',
    dataDate: 'Ngày số liệu',
    movementsFrom: 'Biến động đầy đủ từ ngày',
  },
  organizations: {
    code: 'Mã',
    name: 'Tên',
    kind: 'Loại',
    parent: 'Trực thuộc',
    category: 'Loại hình',
    foundedOn: 'Ngày thành lập',
    dissolvedOn: 'Ngày giải thể',
    mergedInto: 'Sáp nhập vào',
    eHandbook: 'Sổ tay điện tử',
    congressOn: 'Ngày đại hội',
    termYears: 'Nhiệm kỳ (năm)',
  },
  members: {
    id: 'Mã đảng viên',
    fullName: 'Họ và tên',
    birthDate: 'Ngày sinh',
    gender: 'Giới tính',
    ethnicity: 'Dân tộc',
    religion: 'Tôn giáo',
    admittedOn: 'Ngày vào Đảng',
    officialOn: 'Ngày chính thức',
    org: 'Tổ chức',
    generalEducation: 'Trình độ GDPT',
    professional: 'Chuyên môn',
    politicalTheory: 'Lý luận chính trị',
    occupation: 'Nghề nghiệp',
    exempt: 'Miễn sinh hoạt',
    workingAway: 'Đi làm ăn xa',
    partyAgeGapMonths: 'Số tháng gián đoạn',
    leftOn: 'Ngày rời',
  },
  movements: {
    date: 'Ngày',
    type: 'Loại',
    memberId: 'Mã đảng viên',
    fullName: 'Họ và tên',
    org: 'Tổ chức',
    fromOrg: 'Từ tổ chức',
    note: 'Ghi chú',
  },
  positions: {
    memberId: 'Mã đảng viên',
    role: 'Chức vụ',
    roleText: 'Chức vụ',
    org: 'Tổ chức',
    since: 'Từ ngày',
    until: 'Đến ngày',
  },
  inspections: {
    ref: 'Số văn bản',
    date: 'Ngày',
    mode: 'Hình thức',
    subjectType: 'Đối tượng',
    subject: 'Mã đối tượng',
    content: 'Nội dung',
    finding: 'Kết luận',
    discipline: 'Kỷ luật',
    violationOn: 'Ngày vi phạm',
  },
  training: {
    courseId: 'Mã lớp',
    courseName: 'Tên lớp',
    courseKind: 'Loại lớp',
    from: 'Từ ngày',
    to: 'Đến ngày',
    memberId: 'Mã đảng viên',
    result: 'Kết quả',
  },
  planning: {
    term: 'Nhiệm kỳ',
    position: 'Chức danh',
    memberId: 'Mã đảng viên',
    fullName: 'Họ và tên',
    birthDate: 'Ngày sinh',
    gender: 'Giới tính',
    seats: 'Số lượng chức danh',
  },
  classifications: {
    year: 'Năm',
    subjectType: 'Đối tượng',
    subject: 'Mã',
    rating: 'Xếp loại',
    score: 'Điểm',
  },
  admissionTargets: {
    from: 'Từ ngày',
    to: 'Đến ngày',
    org: 'Tổ chức',
    admissionTarget: 'Chỉ tiêu kết nạp',
  },
};

/** The code list behind each coded field, for labels in messages and templates. */
export const FIELD_CODE_LISTS: {
  readonly [K in CollectionName]?: { readonly [F in keyof RecordInput<K>]?: CodeList<string> };
} = {
  organizations: { kind: OrganizationKinds, category: OrganizationCategories },
  members: {
    gender: Genders,
    religion: Religions,
    generalEducation: GeneralEducationLevels,
    professional: ProfessionalLevels,
    politicalTheory: PoliticalTheoryLevels,
    occupation: Occupations,
  },
  movements: { type: MovementTypes },
  positions: { role: PositionRoles },
  inspections: {
    mode: InspectionModes,
    subjectType: SubjectTypes,
    finding: Findings,
    discipline: DisciplineForms,
  },
  training: { courseKind: CourseKinds, result: TrainingResults },
  planning: { gender: Genders },
  classifications: { subjectType: SubjectTypes, rating: Ratings },
};
