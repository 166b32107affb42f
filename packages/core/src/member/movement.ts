import { z } from 'zod';
import { IsoDate } from '../common/dates';
import { Code, Text } from '../common/fieldSchemas';
import { MovementTypes } from './codes';

/** Type of membership movement (loại biến động). */
export const MovementType = MovementTypes.schema;
/** Type of membership movement (loại biến động). */
export type MovementType = z.infer<typeof MovementType>;

/** Movements after which the member is no longer on the ward's roster. */
export const LEAVING_MOVEMENT_TYPES: ReadonlySet<MovementType> = new Set<MovementType>([
  'transferred-out',
  'struck-off',
  'expelled',
  'deceased',
  'resigned',
]);

/** Whether a movement takes the member off the roster (chuyển đi, xóa tên, khai trừ, từ trần, ra khỏi Đảng). */
export function isLeavingMovement(type: MovementType): boolean {
  return LEAVING_MOVEMENT_TYPES.has(type);
}

/**
 * A membership movement (biến động đảng viên): admission, transfer in or out,
 * removal, expulsion, death, leaving the Party, or a transfer between the
 * ward's own organisations. Data contract §1.4, file `bien-dong`.
 *
 * Members who left are not on the roster; `memberId` still identifies them.
 *
 * @see QĐ 294-QĐ/TW (26/5/2025) §6 and §8; Điều lệ Đảng, Điều 8
 */
export const Movement = z
  .object({
    /** Date of the movement (ngày). */
    date: IsoDate,
    /** Type (loại). */
    type: MovementType,
    /** The member's id (mã đảng viên). */
    memberId: Code,
    /** Full name (họ và tên), for members no longer on the roster. */
    fullName: Text.optional(),
    /** Organisation concerned (tổ chức); for an internal transfer, the one the member joined. */
    org: Code.optional(),
    /** For an internal transfer: the organisation the member left (từ tổ chức; contract §4.1). */
    fromOrg: Code.optional(),
    /** Free note (ghi chú). */
    note: Text.optional(),
  })
  .meta({
    title: 'Movement',
    description: 'Membership movement (biến động), contract file bien-dong.',
  });
/** A membership movement (biến động đảng viên). */
export type Movement = z.infer<typeof Movement>;
