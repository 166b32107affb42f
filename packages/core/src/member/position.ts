import { z } from 'zod';
import { IsoDate } from '../common/dates';
import { Code, Text } from '../common/fieldSchemas';
import { PositionRoles } from './codes';

/** Role of a position (chức vụ). */
export const PositionRole = PositionRoles.schema;
/** Role of a position (chức vụ). */
export type PositionRole = z.infer<typeof PositionRole>;

/**
 * A position held by a member (chức vụ): secretary or deputy of a cell or
 * committee, committee member, head of a residential group, head of the Front
 * work committee, or another role kept as text. Data contract §1.5, file `chuc-vu`.
 */
export const Position = z
  .object({
    /** The member (mã đảng viên). */
    memberId: Code,
    /** Role (chức vụ). */
    role: PositionRole,
    /** The role as written, kept for `other` (tên chức vụ). */
    roleText: Text.optional(),
    /** Organisation the position belongs to (tổ chức). */
    org: Code.optional(),
    /** Held since (từ ngày). */
    since: IsoDate.optional(),
    /** Held until (đến ngày); absent = still held. */
    until: IsoDate.optional(),
  })
  .meta({ title: 'Position', description: 'Position held (chức vụ), contract file chuc-vu.' });
/** A position held by a member (chức vụ). */
export type Position = z.infer<typeof Position>;
