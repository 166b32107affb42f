import { describe, expect, it } from 'vitest';
import { findTextFigures, TEXT_FIGURE_PATTERNS } from './textFigures';

const read = (text: string) => findTextFigures(text).map((f) => [f.path, f.stated]);

describe('findTextFigures', () => {
  it('reads the net change, with its sign, and where the number stands', () => {
    const text = 'Số đảng viên vì vậy tăng thực 17 đồng chí.';
    const [figure] = findTextFigures(text);
    expect(figure).toEqual({
      path: 'movements.net',
      stated: '17',
      start: text.indexOf('17'),
      end: text.indexOf('17') + 2,
      context: 'tăng thực 17 đồng chí',
    });
    expect(read('Đảng bộ giảm 5 đảng viên.')).toEqual([['movements.net', '−5']]);
  });

  it('reads the movements, the total, the shares and the organisations', () => {
    expect(
      read(
        'Ngày 01/3/2026, Đảng bộ có 1.239 đảng viên (14 đảng viên dự bị), sinh hoạt ở 45 chi bộ, đảng bộ trực thuộc. ' +
          'Đảng bộ kết nạp 31 đảng viên, tiếp nhận 48 đảng viên chuyển đến; 44 đảng viên chuyển đi, 05 đảng viên bị xóa tên và 07 đảng viên từ trần. ' +
          'Nam chiếm 59,5%, nữ 40,5%; 12,6% đảng viên chưa đến 30 tuổi, 25,9% đã từ 60 tuổi trở lên; ' +
          'có 03 đảng viên người dân tộc thiểu số và 17 đảng viên theo Công giáo.',
      ),
    ).toEqual([
      ['members.total', '1.239'],
      ['members.probationary', '14'],
      ['organizations.direct', '45'],
      ['movements.admitted', '31'],
      ['movements.transferredIn', '48'],
      ['movements.transferredOut', '44'],
      ['movements.struckOff', '05'],
      ['movements.deceased', '07'],
      ['members.gender.male.percent', '59,5%'],
      ['members.gender.female.percent', '40,5%'],
      ['members.ageBands.under-30.percent', '12,6%'],
      ['members.ageBands.60-plus.percent', '25,9%'],
      ['members.ethnicity.minority', '03'],
      ['members.religion.catholic', '17'],
    ]);
  });

  it('leaves alone targets, comparisons, parts of dates and ratios, and shares of other groups', () => {
    for (const text of [
      'Phấn đấu kết nạp 40 đảng viên mỗi năm.',
      'Chỉ tiêu kết nạp 35 đảng viên.',
      'Kết nạp nhiều hơn, tăng 5 đồng chí so với năm trước.',
      '44/45 tổ chức đảng trực thuộc đã dùng ứng dụng.',
      'Ngày 17/3/2026 tổ chức hội nghị.',
      'Cán bộ nữ chiếm 30%; đảng viên mới là nữ 45%.',
      'Chi bộ Nam Kinh có 20 đảng viên được tặng huy hiệu.',
      'Kiểm tra 07 tổ chức đảng trực thuộc.',
      'Không chức danh nào quy hoạch quá 03 người.',
    ]) {
      expect(read(text), text).toEqual([]);
    }
  });

  it('names a distinct path for each phrase, all of them paths of the stats', () => {
    for (const { path, pattern } of TEXT_FIGURE_PATTERNS) {
      expect(path).toMatch(/^(movements|members|organizations)\./u);
      expect(pattern.source).toContain('(?<n>');
    }
  });
});

describe('findTextFigures on smaller groups', () => {
  it('does not read the shares or counts of new members, cadres or a cell as the membership’s', () => {
    for (const text of [
      'Trong số đảng viên mới kết nạp, nữ chiếm 45%.',
      'Đảng viên mới kết nạp có 60% chưa đến 30 tuổi.',
      'Kết nạp 03 đảng viên người dân tộc thiểu số.',
      'Đảng bộ kết nạp 12 đảng viên nữ trong năm.',
      'Cấp ủy viên nữ chiếm 25%.',
      'Chi bộ Tổ dân phố số 3 có 02 đảng viên theo Công giáo.',
    ]) {
      expect(read(text), text).toEqual([]);
    }
  });

  it('reads the membership’s share after a comma of the same sentence', () => {
    expect(read('Đảng bộ có 1.239 đảng viên, trong đó nữ chiếm 40,5%.')).toEqual([
      ['members.total', '1.239'],
      ['members.gender.female.percent', '40,5%'],
    ]);
  });
});

describe('findTextFigures on a cell', () => {
  it('does not read the figures of one cell as the committee’s', () => {
    for (const text of [
      'Chi bộ Tổ dân phố số 3 có tổng số 45 đảng viên.',
      'Chi bộ Trường Tiểu học kết nạp 2 đảng viên, tăng thực 2 đồng chí.',
    ]) {
      expect(read(text), text).toEqual([]);
    }
  });
});
