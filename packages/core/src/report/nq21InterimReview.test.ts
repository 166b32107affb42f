import { describe, expect, it } from 'vitest';
import { smallStats } from '../../test/reportStats';
import { buildReport } from './buildReport';
import {
  NQ21_INTERIM_REVIEW_OUTLINE,
  NQ21_INTERIM_REVIEW_SUMMARY,
  type Nq21InterimReviewInput,
  nq21InterimReview,
  OutlineHeading,
} from './nq21InterimReview';

const base: Nq21InterimReviewInput = {
  header: {
    superior: 'Đảng bộ thành phố Hải Phòng',
    committee: 'Đảng ủy phường Mẫu',
    symbol: { number: 12, type: 'BC', issuer: 'ĐU' },
    place: 'Hải Phòng',
    date: '2026-03-20',
  },
  recipients: ['- Ban Tổ chức Thành ủy;', '- Lưu VPĐU.'],
  signature: { authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Trần Văn Mẫu' },
};

describe('nq21InterimReview', () => {
  it('lays out every heading of the outline in order, with the four parts', () => {
    const template = nq21InterimReview({ ...base });
    expect(template.summary).toBe(NQ21_INTERIM_REVIEW_SUMMARY);
    expect(template.parts.map((part) => part.numeral)).toEqual(['I', 'II', 'III', 'IV']);
    const keys: string[] = [];
    for (const part of template.parts) {
      keys.push(part.numeral);
      for (const section of part.sections ?? []) {
        keys.push(`${part.numeral}.${section.number.slice(0, -1)}`);
        for (const sub of section.subsections ?? [])
          keys.push(`${part.numeral}.${sub.number.slice(0, -1)}`);
      }
    }
    expect(keys).toEqual(NQ21_INTERIM_REVIEW_OUTLINE.map((heading) => heading.key));
  });

  it('puts the ward text under its heading and the default table after it', () => {
    const template = nq21InterimReview({
      ...base,
      text: { 'II.2.1': 'Đảng bộ có {{members.total|pad}} đảng viên.', I: 'Phường mới.' },
    });
    const { model, errors } = buildReport(template, smallStats());
    expect(errors).toEqual([]);
    const members = model.parts[1]?.sections[1]?.subsections[0];
    expect(members?.title).toBe('Đội ngũ đảng viên');
    expect(members?.blocks.map((block) => block.kind)).toEqual(['paragraph', 'table']);
    expect(members?.blocks[0]).toMatchObject({
      runs: expect.arrayContaining([expect.objectContaining({ text: '03' })]),
    });
    expect(model.parts[0]?.blocks).toHaveLength(1);
  });

  it('leaves the tables out on request, and never doubles a table the text places itself', () => {
    const none = buildReport(nq21InterimReview({ ...base, tables: false }), smallStats()).model;
    const kinds = JSON.stringify(none).includes('"kind":"table"');
    expect(kinds).toBe(false);
    const own = nq21InterimReview({
      ...base,
      text: { 'II.2.3': '{{table:movements}}\n\nBiến động trong kỳ.' },
    });
    const section = own.parts[1]?.sections?.[1]?.subsections?.[2];
    expect(section?.text).toBe('{{table:movements}}\n\nBiến động trong kỳ.');
  });

  it('refuses a key that is not a heading, naming it', () => {
    expect(() => nq21InterimReview({ ...base, text: { 'II.9': 'x' } })).toThrow(
      /II\.9\\?" is not a heading/u,
    );
  });
});

describe('NQ21_INTERIM_REVIEW_OUTLINE', () => {
  it('has well-formed, unique keys, each under an existing parent', () => {
    const keys = NQ21_INTERIM_REVIEW_OUTLINE.map((heading) => OutlineHeading.parse(heading).key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      const parent = key.split('.').slice(0, -1).join('.');
      if (parent) expect(keys, key).toContain(parent);
    }
  });
});
