// A ward's CSV files with many problems, built for the tests: 8 errors (6 in
// dang-vien, 2 in the last rows of bien-dong) among 357 warnings of one kind
// (probation overdue), one other warning (a small cell) and 29 notices (birth
// year only), as a large real file gives them. Names are made up ("Người 001"), the dates fixed.

/** The reference date the counts below hold at. */
export const PROBLEM_AS_OF = '2026-03-01';

/** What the files give at {@link PROBLEM_AS_OF}; 357 of the warnings are of one kind. */
export const PROBLEM_COUNTS = { errors: 8, warnings: 358, notices: 29 } as const;

/** Rows of dang-vien.csv (header = row 1) holding an invalid gender. */
export const MEMBER_ERROR_ROWS = [12, 87, 150, 233, 301, 377] as const;

const ORGANIZATIONS = [
  'Mã,Tên,Loại,Loại hình,Ngày thành lập',
  'CB01,Chi bộ Tổ dân phố 1,Chi bộ cơ sở,Tổ dân phố,01/05/1990',
  'CB02,Chi bộ Tổ dân phố 2,Chi bộ cơ sở,Tổ dân phố,01/05/1990',
].join('\n');

const pad = (n: number, width = 3) => String(n).padStart(width, '0');

/**
 * 357 probationary members long overdue (the first 29 with a bare birth
 * year), 23 recently admitted (one movement each), and at
 * {@link MEMBER_ERROR_ROWS} six more whose gender is not in the list.
 */
function members(): string {
  const lines = [
    'Mã đảng viên,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Ngày vào Đảng,Ngày chính thức,Tổ chức,Trình độ GDPT',
  ];
  let i = 0;
  let wrong = 0;
  for (let row = 2; i < 380; row += 1) {
    if ((MEMBER_ERROR_ROWS as readonly number[]).includes(row)) {
      wrong += 1;
      lines.push(
        `DX${pad(wrong)},Người X${pad(wrong)},01/01/1980,X,Kinh,01/01/2005,01/01/2006,CB01,12/12`,
      );
      continue;
    }
    i += 1;
    const birth = i <= 29 ? String(1960 + i) : `0${1 + (i % 9)}/0${1 + (i % 9)}/19${70 + (i % 25)}`;
    const admitted =
      i > 357 ? `${pad(1 + (i % 28), 2)}/06/2025` : `${pad(1 + (i % 28), 2)}/0${1 + (i % 9)}/2020`;
    const gender = i % 2 ? 'Nam' : 'Nữ';
    lines.push(
      `DV${pad(i)},Người ${pad(i)},${birth},${gender},Kinh,${admitted},,CB0${1 + (i % 2)},12/12`,
    );
  }
  return lines.join('\n');
}

/** The admissions of the recent members, then two rows whose date does not exist. */
function movements(): string {
  const lines = ['Ngày,Loại,Mã đảng viên,Tổ chức'];
  for (let i = 358; i <= 380; i += 1) {
    lines.push(`${pad(1 + (i % 28), 2)}/06/2025,Kết nạp,DV${pad(i)},CB0${1 + (i % 2)}`);
  }
  lines.push('31/02/2025,Kết nạp,DV358,CB01', '30/02/2025,Kết nạp,DV359,CB02');
  return lines.join('\n');
}

/** The files, as uploads. */
export function problemFiles(): { name: string; bytes: Uint8Array }[] {
  const encode = (text: string) => new TextEncoder().encode(`${text}\n`);
  return [
    { name: 'bien-dong.csv', bytes: encode(movements()) },
    { name: 'dang-vien.csv', bytes: encode(members()) },
    { name: 'to-chuc.csv', bytes: encode(ORGANIZATIONS) },
  ];
}
