import { COLLECTION_FILES, Genders, PositionRoles, Religions } from '@org/party-core';
import { describe, expect, it } from 'vitest';
import { codedValuesText, TEMPLATE_KEYS, templateFiles } from './templateFiles';

describe('templateFiles', () => {
  it('lists the ward and every collection in contract order', () => {
    expect(templateFiles().map((file) => file.sheet)).toEqual([
      'DonVi',
      'ToChuc',
      'DangVien',
      'BienDong',
      'ChucVu',
      'KiemTraGiamSat',
      'BoiDuong',
      'QuyHoach',
      'XepLoai',
      'ChiTieu',
    ]);
    expect(templateFiles().map((file) => file.file)).toEqual(
      TEMPLATE_KEYS.map((key) => COLLECTION_FILES[key].file),
    );
  });

  it('merges role and roleText into the single column Chức vụ with the role list', () => {
    const positions = templateFiles().find((file) => file.key === 'positions');
    const role = positions?.columns.find((column) => column.header === 'Chức vụ');
    expect(positions?.columns.map((column) => column.header)).toEqual([
      'Mã đảng viên',
      'Chức vụ',
      'Tổ chức',
      'Từ ngày',
      'Đến ngày',
    ]);
    expect(role?.fields).toEqual(['role', 'roleText']);
    expect(role?.codeList).toBe(PositionRoles);
    expect(role?.note.required).toBe(true);
  });

  it('builds each description from the note, the required flag and the accepted values', () => {
    const members = templateFiles().find((file) => file.key === 'members');
    const gender = members?.columns.find((column) => column.fields[0] === 'gender');
    expect(gender?.description).toBe('Giới tính.\nBắt buộc.\nChọn một trong: Nam; Nữ.');
    const name = members?.columns.find((column) => column.fields[0] === 'fullName');
    expect(name?.description).toBe('Họ và tên đầy đủ.\nBắt buộc.');
    expect(name?.accepted).toBe('');
  });

  it('keeps widths between the header length and 45 characters', () => {
    for (const file of templateFiles()) {
      for (const column of file.columns) {
        expect(column.width).toBeLessThanOrEqual(45);
        expect(column.width).toBeGreaterThanOrEqual(Math.min(45, column.header.length + 4));
      }
    }
  });
});

describe('codedValuesText', () => {
  it('lists labels in code-list order with their other spellings', () => {
    expect(codedValuesText(Genders)).toBe('Chọn một trong: Nam; Nữ.');
    expect(codedValuesText(Religions)).toBe(
      'Chọn một trong: Không; Công giáo (hoặc Thiên chúa giáo); Phật giáo; Tin lành; Cao Đài; Hòa Hảo; Khác.',
    );
  });
});
