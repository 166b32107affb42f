import {
  AgeBands,
  EthnicityGroups,
  formatCount,
  formatDateVi,
  formatPercent,
  Genders,
  GeneralEducationLevels,
  Occupations,
  OrganizationCategories,
  OrganizationKinds,
  PoliticalTheoryLevels,
  ProfessionalLevels,
  percentages,
  Religions,
  type Stats,
  toCalendarDate,
} from '@org/party-core';
import type { Lang } from '../i18n';
import { renderTable } from './table';

type Labels = Readonly<Record<string, { vi: string; en: string }>>;

function breakdown(
  title: string,
  counts: Readonly<Record<string, number>>,
  labels: Labels,
  lang: Lang,
  width: number,
): string {
  const shares = percentages(counts);
  const vi = lang === 'vi';
  const rows = Object.keys(counts).map((code) => [
    labels[code]?.[lang] ?? code,
    formatCount(counts[code] ?? 0),
    formatPercent(shares[code] ?? 0),
  ]);
  return `${title}\n${renderTable(vi ? ['Nhóm', 'Số lượng', 'Tỷ lệ'] : ['Group', 'Count', 'Share'], rows, width)}`;
}

/**
 * The readable summary of `party stats`: organisations, members by every
 * breakdown with counts and percentages, and movements from opening to
 * closing, Vietnamese by default.
 */
export function renderStatsSummary(stats: Stats, lang: Lang, width: number): string {
  const vi = lang === 'vi';
  const n = (value: number) => formatCount(value);
  const date = (iso: string) => formatDateVi(toCalendarDate(iso));
  const out: string[] = [];
  out.push(
    vi
      ? `Số liệu tính đến ngày ${date(stats.asOf)}; biến động từ ngày ${date(stats.from)}.`
      : `Figures as of ${stats.asOf}; movements from ${stats.from}.`,
  );

  const org = stats.organizations;
  out.push('', vi ? 'TỔ CHỨC ĐẢNG' : 'ORGANISATIONS');
  out.push(
    vi
      ? `${n(org.direct)} tổ chức đảng trực thuộc: ${OrganizationKinds.codes.map((k) => `${n(org.byKind[k])} ${OrganizationKinds.labels[k].vi.toLowerCase()}`).join(', ')}; ${n(org.eHandbookRegistered)} đăng ký Sổ tay đảng viên điện tử.`
      : `${n(org.direct)} organisations under the ward committee: ${OrganizationKinds.codes.map((k) => `${n(org.byKind[k])} ${OrganizationKinds.labels[k].en.toLowerCase()}`).join(', ')}; ${n(org.eHandbookRegistered)} on the electronic handbook.`,
  );
  const structureRows = Object.entries(org.structure).map(([key, entry]) => {
    const label =
      key === 'grassroots-committee'
        ? vi
          ? 'Đảng bộ cơ sở (cả tổ chức trực thuộc)'
          : 'Grassroots committees (with their cells)'
        : (OrganizationCategories.labels[key as keyof typeof OrganizationCategories.labels]?.[
            lang
          ] ?? key);
    return [label, n(entry?.organizations ?? 0), n(entry?.members ?? 0)];
  });
  out.push(
    renderTable(
      vi ? ['Loại hình', 'Tổ chức', 'Đảng viên'] : ['Type', 'Organisations', 'Members'],
      structureRows,
      width,
    ),
  );

  const m = stats.members;
  out.push(
    '',
    vi
      ? `ĐẢNG VIÊN: ${n(m.total)} (dự bị ${n(m.probationary)}, miễn sinh hoạt ${n(m.exempt)}, đi làm ăn xa ${n(m.workingAway)})`
      : `MEMBERS: ${n(m.total)} (probationary ${n(m.probationary)}, exempt ${n(m.exempt)}, working away ${n(m.workingAway)})`,
  );
  out.push(breakdown(vi ? 'Giới tính' : 'Gender', m.gender, Genders.labels, lang, width));
  out.push(breakdown(vi ? 'Độ tuổi' : 'Age', m.ageBands, AgeBands.labels, lang, width));
  out.push(
    breakdown(vi ? 'Dân tộc' : 'Ethnicity', m.ethnicity, EthnicityGroups.labels, lang, width),
  );
  out.push(breakdown(vi ? 'Tôn giáo' : 'Religion', m.religion, Religions.labels, lang, width));
  out.push(
    breakdown(
      vi ? 'Trình độ giáo dục phổ thông' : 'General education',
      m.generalEducation,
      GeneralEducationLevels.labels,
      lang,
      width,
    ),
  );
  out.push(
    breakdown(
      vi ? 'Trình độ chuyên môn' : 'Professional level',
      m.professional,
      ProfessionalLevels.labels,
      lang,
      width,
    ),
  );
  out.push(
    breakdown(
      vi ? 'Lý luận chính trị' : 'Political theory',
      m.politicalTheory,
      PoliticalTheoryLevels.labels,
      lang,
      width,
    ),
  );
  out.push(
    breakdown(vi ? 'Nghề nghiệp' : 'Occupation', m.occupation, Occupations.labels, lang, width),
  );

  const mv = stats.movements;
  out.push(
    '',
    vi
      ? `BIẾN ĐỘNG từ ngày ${date(mv.from)} đến ngày ${date(mv.to)}`
      : `MOVEMENTS from ${mv.from} to ${mv.to}`,
  );
  const sign = mv.net > 0 ? '+' : '';
  const rows: [string, number][] = vi
    ? [
        ['Đầu kỳ', mv.opening],
        ['Kết nạp', mv.admitted],
        ['Chuyển đến', mv.transferredIn],
        ['Chuyển đi', mv.transferredOut],
        ['Xóa tên', mv.struckOff],
        ['Khai trừ', mv.expelled],
        ['Từ trần', mv.deceased],
        ['Ra khỏi Đảng', mv.resigned],
        ['Cuối kỳ', mv.closing],
      ]
    : [
        ['Opening', mv.opening],
        ['Admitted', mv.admitted],
        ['Transferred in', mv.transferredIn],
        ['Transferred out', mv.transferredOut],
        ['Struck off', mv.struckOff],
        ['Expelled', mv.expelled],
        ['Deceased', mv.deceased],
        ['Left the Party', mv.resigned],
        ['Closing', mv.closing],
      ];
  out.push(
    renderTable(
      vi ? ['Mục', 'Số lượng'] : ['Item', 'Count'],
      rows.map(([label, value]) => [label, n(value)]),
      width,
    ),
  );
  out.push(
    vi
      ? `Tăng/giảm: ${sign}${n(mv.net)} (không tính chuyển nội bộ: ${n(mv.internalTransfers)}).`
      : `Net change: ${sign}${n(mv.net)} (internal transfers not counted: ${n(mv.internalTransfers)}).`,
  );
  for (const target of mv.admissionTargets) {
    out.push(
      vi
        ? `Chỉ tiêu kết nạp ${target.org ? `của ${target.org} ` : ''}(${date(target.from)}–${date(target.to)}): ${n(target.admitted)}/${n(target.target)}, đạt ${formatPercent(target.percent)}.`
        : `Admission target ${target.org ? `of ${target.org} ` : ''}(${target.from} to ${target.to}): ${n(target.admitted)}/${n(target.target)}, ${formatPercent(target.percent)}.`,
    );
  }
  return `${out.join('\n')}\n`;
}
