import { z } from 'zod';
import { IsoDate } from '../common/dates';
import { Code } from '../common/fieldSchemas';

/**
 * An admission target (chỉ tiêu kết nạp đảng viên) for a period, for one
 * organisation or, without `org`, for the whole ward. Data contract §1.10,
 * file `chi-tieu`.
 *
 * @see NQ 21-NQ/TW (16/6/2022)
 */
export const AdmissionTarget = z
  .object({
    /** Start of the period (từ ngày). */
    from: IsoDate,
    /** End of the period (đến ngày). */
    to: IsoDate,
    /** Organisation (tổ chức); absent = the whole ward. */
    org: Code.optional(),
    /** Number of new members to admit (chỉ tiêu kết nạp). */
    admissionTarget: z.int().nonnegative(),
  })
  .meta({
    title: 'AdmissionTarget',
    description: 'Admission target (chỉ tiêu), contract file chi-tieu.',
  });
/** An admission target (chỉ tiêu kết nạp). */
export type AdmissionTarget = z.infer<typeof AdmissionTarget>;
