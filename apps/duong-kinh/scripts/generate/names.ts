/**
 * Invented Vietnamese names (họ, tên đệm, tên) for the sample roster: common
 * family names of the Red River delta and the coast, middle and given names
 * by gender and generation. Every full name is drawn at random and checked
 * against a list of well-known people, so no name is meant to be a real
 * person's.
 */
import type { Gender } from '@org/party-core';
import type { Random } from './random';

const FAMILY: readonly (readonly [string, number])[] = [
  ['Nguyễn', 30],
  ['Phạm', 12],
  ['Vũ', 9],
  ['Trần', 9],
  ['Lê', 7],
  ['Đỗ', 5],
  ['Bùi', 5],
  ['Hoàng', 4],
  ['Đào', 3],
  ['Đinh', 3],
  ['Ngô', 3],
  ['Đặng', 3],
  ['Lương', 2],
  ['Phan', 2],
  ['Đoàn', 1.5],
  ['Mạc', 1.5],
  ['Tô', 1.5],
  ['Hà', 1.5],
  ['Cao', 1.5],
  ['Trịnh', 1.5],
  ['Dương', 1.5],
  ['Lưu', 1],
  ['Mai', 1],
  ['Đồng', 0.5],
  ['Quách', 0.5],
  ['Lã', 0.5],
];

const MALE_MIDDLE_OLD = [
  'Đức',
  'Quang',
  'Hữu',
  'Đình',
  'Xuân',
  'Ngọc',
  'Công',
  'Bá',
  'Trọng',
  'Minh',
];
const MALE_MIDDLE_NEW = [
  'Đức',
  'Minh',
  'Quang',
  'Hữu',
  'Công',
  'Trọng',
  'Thành',
  'Xuân',
  'Ngọc',
  'Đình',
  'Mạnh',
  'Tuấn',
  'Hoàng',
  'Duy',
  'Thế',
  'Tiến',
  'Việt',
  'Anh',
  'Gia',
  'Hải',
  'Quốc',
  'Trung',
];
const FEMALE_MIDDLE_OLD = ['Thu', 'Ngọc', 'Kim', 'Bích', 'Hồng'];
const FEMALE_MIDDLE_NEW = [
  'Thu',
  'Thanh',
  'Ngọc',
  'Minh',
  'Phương',
  'Hồng',
  'Bích',
  'Thùy',
  'Kim',
  'Hải',
  'Diệu',
  'Khánh',
  'Mai',
  'Thúy',
  'Lan',
  'Hà',
  'Bảo',
  'Quỳnh',
];
const FEMALE_DOUBLE_MIDDLE = [
  'Thị Thu',
  'Thị Thanh',
  'Thị Minh',
  'Thị Ngọc',
  'Thị Phương',
  'Thị Kim',
  'Thị Hồng',
];

const MALE_GIVEN_OLD = [
  'Hùng',
  'Dũng',
  'Thắng',
  'Lợi',
  'Chiến',
  'Quyết',
  'Sơn',
  'Hải',
  'Bình',
  'Minh',
  'Thanh',
  'Hòa',
  'Tâm',
  'Nghĩa',
  'Khải',
  'Toản',
  'Tiến',
  'Đức',
  'Vinh',
  'Lâm',
  'Phúc',
  'Thịnh',
  'Cường',
  'Hưng',
  'Thuận',
  'Đông',
  'Tuyên',
  'Quý',
  'Lộc',
  'Bảo',
  'Kỳ',
  'Bằng',
  'Hiển',
  'Mạnh',
  'Hợp',
  'Luận',
  'Thái',
];
const MALE_GIVEN_NEW = [
  'Tuấn',
  'Nam',
  'Long',
  'Quân',
  'Hiếu',
  'Khánh',
  'Tùng',
  'Phong',
  'Huy',
  'Đạt',
  'Trung',
  'Việt',
  'Hoàng',
  'Duy',
  'Anh',
  'Khoa',
  'Thành',
  'Kiên',
  'Hưng',
  'Minh',
  'Sơn',
  'Hải',
  'Dũng',
  'Cường',
  'Tú',
  'An',
  'Bách',
  'Lâm',
  'Thịnh',
  'Đức',
  'Trường',
  'Vũ',
];
const FEMALE_GIVEN_OLD = [
  'Hoa',
  'Lan',
  'Hương',
  'Hằng',
  'Mai',
  'Nga',
  'Hà',
  'Thủy',
  'Yến',
  'Loan',
  'Liên',
  'Dung',
  'Hạnh',
  'Nhung',
  'Oanh',
  'Thúy',
  'Vân',
  'Hiền',
  'Tuyết',
  'Xuân',
  'Thơm',
  'Hồng',
  'Lý',
  'Chung',
  'Huệ',
  'Cúc',
  'Đào',
  'Nhàn',
  'Sen',
  'Hảo',
  'Tươi',
  'Lựu',
];
const FEMALE_GIVEN_NEW = [
  'Trang',
  'Linh',
  'Huyền',
  'Thảo',
  'Ngọc',
  'Phương',
  'Anh',
  'Giang',
  'Quyên',
  'Vy',
  'Hà',
  'Nhung',
  'Hằng',
  'Hương',
  'Mai',
  'Lan',
  'Yến',
  'Thu',
  'My',
  'Nhi',
  'Ly',
  'Hạnh',
  'Duyên',
  'Chi',
  'Uyên',
  'Trâm',
  'Vân',
  'Thủy',
  'Dung',
  'Nga',
];

/**
 * Names never produced: national leaders past and present, well-known
 * figures, and the signatory of the report the sample is modelled on.
 */
const AVOIDED = new Set(
  [
    'Đỗ Trọng Toàn',
    'Phạm Văn Đồng',
    'Võ Văn Kiệt',
    'Lê Văn Lương',
    'Trần Văn Giàu',
    'Nguyễn Văn Linh',
    'Nguyễn Văn Thiệu',
    'Nguyễn Văn Cừ',
    'Trần Đức Lương',
    'Nguyễn Minh Triết',
    'Nguyễn Xuân Phúc',
    'Nguyễn Phú Trọng',
    'Võ Văn Thưởng',
    'Phạm Minh Chính',
    'Vương Đình Huệ',
    'Trần Thanh Mẫn',
    'Nguyễn Thị Kim Ngân',
    'Nguyễn Tấn Dũng',
    'Nông Đức Mạnh',
    'Lê Khả Phiêu',
    'Đỗ Mười',
    'Trần Đại Quang',
    'Nguyễn Văn An',
    'Nguyễn Thị Bình',
    'Nguyễn Thị Định',
    'Võ Thị Sáu',
    'Trương Thị Mai',
    'Phan Văn Khải',
    'Lê Đức Anh',
    'Trần Văn Trà',
    'Phạm Hùng',
    'Lê Duẩn',
    'Trường Chinh',
    'Tô Lâm',
    'Lương Cường',
    'Trần Cẩm Tú',
  ].map((name) => name.normalize('NFC')),
);

/**
 * Draws full names, never the same twice and never a name of
 * {@link AVOIDED}: older people get the middle names `Văn` and `Thị` more
 * often, younger women sometimes a double middle name.
 */
export class NameDrawer {
  readonly #random: Random;
  readonly #used = new Set<string>();

  /** A drawer using `random` for every choice. */
  constructor(random: Random) {
    this.#random = random;
  }

  /** A full name for a person of `gender` born in `birthYear`. */
  draw(gender: Gender, birthYear: number): string {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const name = this.#compose(gender, birthYear).normalize('NFC');
      if (this.#used.has(name) || AVOIDED.has(name)) continue;
      this.#used.add(name);
      return name;
    }
    throw new RangeError('no new name could be drawn');
  }

  #compose(gender: Gender, birthYear: number): string {
    const r = this.#random;
    const family = r.weighted(FAMILY);
    const old = birthYear < 1970;
    const young = birthYear >= 1985;
    let middle: string;
    let given: string;
    if (gender === 'male') {
      const plain = old ? 0.7 : young ? 0.25 : 0.4;
      middle = r.chance(plain) ? 'Văn' : r.pick(old ? MALE_MIDDLE_OLD : MALE_MIDDLE_NEW);
      given = r.pick(old ? MALE_GIVEN_OLD : r.chance(0.8) ? MALE_GIVEN_NEW : MALE_GIVEN_OLD);
    } else {
      const plain = old ? 0.85 : young ? 0.35 : 0.55;
      if (young && r.chance(0.15)) middle = r.pick(FEMALE_DOUBLE_MIDDLE);
      else middle = r.chance(plain) ? 'Thị' : r.pick(old ? FEMALE_MIDDLE_OLD : FEMALE_MIDDLE_NEW);
      given = r.pick(old ? FEMALE_GIVEN_OLD : r.chance(0.8) ? FEMALE_GIVEN_NEW : FEMALE_GIVEN_OLD);
    }
    if (middle === given) return this.#compose(gender, birthYear);
    return `${family} ${middle} ${given}`;
  }
}
