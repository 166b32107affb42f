import { z } from 'zod';
import { IsoDate } from '../common/dates';
import { Code, Text } from '../common/fieldSchemas';
import { OrganizationCategories, OrganizationKinds } from './codes';

/** Kind of party organisation (loại tổ chức đảng). */
export const OrganizationKind = OrganizationKinds.schema;
/** Kind of party organisation (loại tổ chức đảng). */
export type OrganizationKind = z.infer<typeof OrganizationKind>;

/** Type of unit an organisation leads (loại hình). */
export const OrganizationCategory = OrganizationCategories.schema;
/** Type of unit an organisation leads (loại hình). */
export type OrganizationCategory = z.infer<typeof OrganizationCategory>;

/**
 * A party organisation of the ward (tổ chức đảng): a grassroots committee
 * (đảng bộ cơ sở), a grassroots cell (chi bộ cơ sở) or a subordinate cell
 * (chi bộ trực thuộc). Data contract §1.2, file `to-chuc`.
 *
 * An organisation without `parent` is directly under the ward committee; a
 * `parent` must be a grassroots committee, and only subordinate cells have one.
 *
 * @see Điều lệ Đảng 2011, Điều 21–24
 * @example
 * Organization.parse({
 *   code: 'CB01', name: 'Chi bộ Tổ dân phố số 1', kind: 'subordinate-cell',
 *   category: 'residential', eHandbook: true,
 * });
 */
export const Organization = z
  .object({
    /** Unique code (mã). */
    code: Code,
    /** Name (tên). */
    name: Text,
    /** Kind (loại). */
    kind: OrganizationKind,
    /** Code of the grassroots committee it belongs to (trực thuộc); absent = under the ward committee. */
    parent: Code.optional(),
    /** Type of unit it leads (loại hình). */
    category: OrganizationCategory,
    /** Date founded (ngày thành lập). */
    foundedOn: IsoDate.optional(),
    /** The date the organisation ceased: dissolved, merged or moved away (ngày giải thể; contract §4.1). */
    dissolvedOn: IsoDate.optional(),
    /** The organisation it was merged into (sáp nhập vào), by code. */
    mergedInto: Code.optional(),
    /** Registered on the electronic party-member handbook (sổ tay đảng viên điện tử). */
    eHandbook: z.boolean().default(false),
    /**
     * Date of the organisation's last congress (ngày đại hội; contract §4.6,
     * `docs/data-contract-additions.md`);
     * its term (nhiệm kỳ) runs from it.
     */
    congressOn: IsoDate.optional(),
    /**
     * Term of its congress in years (nhiệm kỳ, năm), e.g. 5 or 2.5, when the
     * ward's own decision differs from the rules registry (`congressTerm`).
     */
    termYears: z.number().min(0.5).max(10).multipleOf(0.5).optional(),
  })
  .meta({
    title: 'Organization',
    description: 'Party organisation (tổ chức đảng), contract file to-chuc.',
  });
/** A party organisation of the ward (tổ chức đảng). */
export type Organization = z.infer<typeof Organization>;

/**
 * The ward's party organisation itself (đảng bộ phường / xã): names for the
 * report header and the locality figures. Data contract §1.1, file `don-vi`.
 */
export const Ward = z
  .object({
    /** Name of the party organisation (tên đảng bộ), e.g. Đảng bộ phường Dương Kinh. */
    name: Text.optional(),
    /** Name of the committee (tên cấp ủy), e.g. Đảng ủy phường Dương Kinh. */
    committee: Text.optional(),
    /** Directly superior party organisation (đảng bộ cấp trên). */
    superior: Text.optional(),
    /** Place name printed before the date of documents (địa danh). */
    place: Text.optional(),
    /** Area in square kilometres (diện tích). */
    areaKm2: z.number().nonnegative().optional(),
    /** Population (dân số). */
    population: z.int().nonnegative().optional(),
    /** The date the roster and the organisation list are true on (ngày số liệu, R; contract §4.1). */
    dataDate: IsoDate.optional(),
    /** The date from which the movements are recorded completely (biến động đầy đủ từ ngày, M). */
    movementsFrom: IsoDate.optional(),
  })
  .meta({
    title: 'Ward',
    description: 'The ward party organisation (đơn vị), contract file don-vi.',
  });
/** The ward's party organisation itself (đảng bộ phường / xã). */
export type Ward = z.infer<typeof Ward>;
