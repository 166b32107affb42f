/**
 * A phrase of a narrative that names a figure of the stats (cụm từ nêu số
 * liệu): the stats path the figure should equal, the pattern of the words
 * around it (one named group `n` holds the number) and whether the words
 * make the number negative (`giảm 5 đồng chí` is a change of −5).
 */
export interface TextFigurePattern {
  /** The stats path, e.g. `movements.net`, `members.gender.female.percent`. */
  readonly path: string;
  /** What the phrase says, for a reader of the table. */
  readonly phrase: string;
  readonly pattern: RegExp;
  readonly negative?: boolean;
}

/** A count as reports write it (`1.239`, `03`), not part of a date, a ratio or a larger number. */
const COUNT = String.raw`(?<![\d.,/])(?<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d/]|[.,]\d)`;
/** A percentage (`40,5%`, `38%`), not part of a larger number. */
const PERCENT = String.raw`(?<![\d.,/])(?<n>\d{1,3}(?:,\d+)?\s?%)`;
/** `đồng chí` or `đảng viên`. */
const MEMBERS = '(?:đồng chí|đảng viên)';
/** Where a clause starts: the start of the text, or after `.`, `;`, `,`, `:` or `(`. */
const CLAUSE = String.raw`(?:^|(?<=[.;,:(]\s*))`;
/** Words before a number that make it a target or a plan, never a result. */
const NOT_A_RESULT = String.raw`(?<!(?:phấn đấu|chỉ tiêu|kế hoạch|mục tiêu|dự kiến|giao|trên|ít nhất|tối thiểu|mỗi năm)\s+)`;

/**
 * Not in a sentence about a smaller group (new members, cadres, committee
 * members, delegates, a cell…): a share or a count there is not the
 * membership's.
 */
const WHOLE_MEMBERSHIP = String.raw`(?<!(?:mới|kết\s+nạp|cấp\s+ủy|cán\s+bộ|ban\s+chấp\s+hành|đại\s+biểu|lãnh\s+đạo|quy\s+hoạch|bí\s+thư|chi\s+bộ)[^.;!?]*)`;

/**
 * Not in a sentence whose subject is one cell or one residential group
 * (`Chi bộ … kết nạp 2 đảng viên`, `Riêng chi bộ …`): its figures are not the
 * committee's.
 */
const ONE_CELL = String.raw`(?<!(?:^|[.;!?]\s*)(?:riêng\s+|tại\s+|ở\s+)?(?:chi\s+bộ|đảng\s+bộ\s+cơ\s+sở|tổ\s+dân\s+phố)[^.;!?]*)`;

const p = (source: string) => new RegExp(source, 'giu');

/**
 * The phrases the plain-text check reads (bảng cụm từ đối chiếu), kept
 * small and strict so that a figure it reads is surely the figure of the
 * stats: the net change (`tăng thực 17 đồng chí`, not `tăng 5 đồng chí so
 * với năm trước`), admissions, transfers, members struck off or deceased,
 * the total and the probationary members, the women and men's share, the
 * share under 30 and from 60, members of an ethnic minority or Catholic,
 * and the organisations directly under the committee. A number the table
 * does not read is left alone.
 *
 * @example
 * TEXT_FIGURE_PATTERNS.find((p) => p.path === 'movements.net')?.phrase // 'tăng (thực) N đồng chí'
 */
export const TEXT_FIGURE_PATTERNS: readonly TextFigurePattern[] = [
  {
    path: 'movements.net',
    phrase: 'tăng (thực) N đồng chí',
    pattern: p(String.raw`${ONE_CELL}tăng(?:\s+thực)?\s+${COUNT}\s+${MEMBERS}(?!\s+so\s+với)`),
  },
  {
    path: 'movements.net',
    phrase: 'giảm (thực) N đồng chí',
    pattern: p(String.raw`${ONE_CELL}giảm(?:\s+thực)?\s+${COUNT}\s+${MEMBERS}(?!\s+so\s+với)`),
    negative: true,
  },
  {
    path: 'movements.admitted',
    phrase: 'kết nạp N đảng viên',
    pattern: p(
      String.raw`${ONE_CELL}${NOT_A_RESULT}kết\s+nạp(?:\s+(?:được|mới))?\s+${COUNT}\s+(?:đảng viên|quần chúng|đồng chí)(?=\s*[,.;:()]|\s*$|\s+(?:và|trong\s+kỳ)\s)`,
    ),
  },
  {
    path: 'movements.transferredIn',
    phrase: 'tiếp nhận N đảng viên chuyển đến',
    pattern: p(String.raw`${ONE_CELL}tiếp\s+nhận\s+${COUNT}\s+đảng viên`),
  },
  {
    path: 'movements.transferredOut',
    phrase: 'N đảng viên chuyển đi',
    pattern: p(String.raw`${ONE_CELL}${COUNT}\s+đảng viên\s+chuyển\s+(?:sinh hoạt\s+)?đi`),
  },
  {
    path: 'movements.struckOff',
    phrase: 'N đảng viên bị xóa tên',
    pattern: p(String.raw`${ONE_CELL}${COUNT}\s+đảng viên\s+(?:bị\s+)?x(?:óa|oá)\s+tên`),
  },
  {
    path: 'movements.deceased',
    phrase: 'N đảng viên từ trần',
    pattern: p(String.raw`${ONE_CELL}${COUNT}\s+đảng viên\s+từ\s+trần`),
  },
  {
    path: 'members.total',
    phrase: 'Đảng bộ có N đảng viên / tổng số N đảng viên',
    pattern: p(
      String.raw`${ONE_CELL}(?:tổng\s+số|Đảng\s+bộ\s+có)\s+${COUNT}\s+đảng viên(?=\s*[(,.;:]|$)`,
    ),
  },
  {
    path: 'members.probationary',
    phrase: '(gồm) N đảng viên dự bị',
    pattern: p(String.raw`${ONE_CELL}(?<=(?:\(|gồm\s+|có\s+))${COUNT}\s+đảng viên\s+dự\s+bị`),
  },
  {
    path: 'members.gender.female.percent',
    phrase: 'nữ (chiếm) P',
    pattern: p(
      String.raw`${WHOLE_MEMBERSHIP}${WHOLE_MEMBERSHIP}(?:${CLAUSE}|đảng viên\s+|trong\s+đó\s+)nữ\s+(?:chiếm\s+)?(?:tỷ\s+lệ\s+)?${PERCENT}`,
    ),
  },
  {
    path: 'members.gender.male.percent',
    phrase: 'nam (chiếm) P',
    pattern: p(
      String.raw`${WHOLE_MEMBERSHIP}${WHOLE_MEMBERSHIP}(?:${CLAUSE}|đảng viên\s+|trong\s+đó\s+)nam\s+(?:chiếm\s+)?(?:tỷ\s+lệ\s+)?${PERCENT}`,
    ),
  },
  {
    path: 'members.ageBands.under-30.percent',
    phrase: 'P đảng viên chưa đến 30 tuổi',
    pattern: p(
      String.raw`${WHOLE_MEMBERSHIP}${WHOLE_MEMBERSHIP}${PERCENT}\s+(?:đảng viên\s+)?(?:chưa\s+đến|dưới)\s+30\s+tuổi`,
    ),
  },
  {
    path: 'members.ageBands.60-plus.percent',
    phrase: 'P (đảng viên) từ 60 tuổi trở lên',
    pattern: p(
      String.raw`${WHOLE_MEMBERSHIP}${WHOLE_MEMBERSHIP}${PERCENT}\s+(?:đảng viên\s+)?(?:đã\s+)?từ\s+60\s+tuổi\s+trở\s+lên`,
    ),
  },
  {
    path: 'members.ethnicity.minority',
    phrase: 'N đảng viên người dân tộc thiểu số',
    pattern: p(
      String.raw`${WHOLE_MEMBERSHIP}${WHOLE_MEMBERSHIP}${COUNT}\s+đảng viên\s+(?:là\s+)?người\s+dân\s+tộc\s+thiểu\s+số`,
    ),
  },
  {
    path: 'members.religion.catholic',
    phrase: 'N đảng viên theo Công giáo',
    pattern: p(
      String.raw`${WHOLE_MEMBERSHIP}${WHOLE_MEMBERSHIP}${COUNT}\s+đảng viên\s+theo\s+(?:đạo\s+)?Công\s+giáo`,
    ),
  },
  {
    path: 'organizations.direct',
    phrase: 'lãnh đạo / gồm / có / sinh hoạt ở N tổ chức đảng trực thuộc',
    pattern: p(
      String.raw`${ONE_CELL}(?<=(?:lãnh\s+đạo|gồm|tổng\s+số|có|sinh\s+hoạt\s+ở)\s+)${COUNT}\s+(?:tổ\s+chức\s+đảng|chi\s+bộ,\s+đảng\s+bộ|chi,\s+đảng\s+bộ)\s+trực\s+thuộc`,
    ),
  },
];

/** A figure written as plain text that a phrase of {@link TEXT_FIGURE_PATTERNS} reads. */
export interface TextFigure {
  /** The stats path the phrase names. */
  readonly path: string;
  /** The number as written (`17`, `40,5%`), with `−` when the words make it negative. */
  readonly stated: string;
  /** Where the number stands in the text: `[start, end)`. */
  readonly start: number;
  readonly end: number;
  /** The whole phrase as written, e.g. `tăng thực 17 đồng chí`. */
  readonly context: string;
}

/**
 * The figures a text states in words that {@link TEXT_FIGURE_PATTERNS}
 * reads (số liệu viết trong lời văn), in the order they stand; a number
 * read by two phrases counts once, for the first.
 *
 * @example
 * findTextFigures('Số đảng viên tăng thực 17 đồng chí.')
 * // [{ path: 'movements.net', stated: '17', start: 23, end: 25, context: 'tăng thực 17 đồng chí' }]
 */
export function findTextFigures(text: string): TextFigure[] {
  const found: TextFigure[] = [];
  const taken = new Set<number>();
  for (const { path, pattern, negative } of TEXT_FIGURE_PATTERNS) {
    for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags}d`))) {
      const [start, end] = match.indices?.groups?.n ?? [];
      if (start === undefined || end === undefined || taken.has(start)) continue;
      taken.add(start);
      const number = text.slice(start, end);
      found.push({
        path,
        stated: negative ? `−${number}` : number,
        start,
        end,
        context: match[0].trim(),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
