import { z } from 'zod';
import { PlanningEntry } from '../cadre-planning/planningEntry';
import { Classification } from '../classification/classification';
import { IsoDate } from '../common/dates';
import { Inspection } from '../inspection/inspection';
import { AdmissionTarget } from '../member/admissionTarget';
import { Member } from '../member/member';
import { Movement } from '../member/movement';
import { Position } from '../member/position';
import { Organization, Ward } from '../organization/organization';
import { TrainingAttendance } from '../training/trainingAttendance';

/** Version of the data contract this dataset follows. */
export const DATA_CONTRACT_VERSION = 1;

/**
 * The collections of a dataset, in the order of the data contract, with the
 * schema of their records. Validation, import and documentation walk this list.
 */
export const DATASET_COLLECTIONS = {
  organizations: Organization,
  members: Member,
  movements: Movement,
  positions: Position,
  inspections: Inspection,
  training: TrainingAttendance,
  planning: PlanningEntry,
  classifications: Classification,
  admissionTargets: AdmissionTarget,
} as const;

/** Name of a record collection of the dataset. */
export type CollectionName = keyof typeof DATASET_COLLECTIONS;

/** The collection names, in contract order. */
export const COLLECTION_NAMES = Object.keys(DATASET_COLLECTIONS) as CollectionName[];

/**
 * A ward dataset in canonical form (bộ dữ liệu của đảng bộ): the ward, its
 * organisations and roster, and every optional record kind of the data
 * contract. `party import` writes it as JSON; a missing optional collection
 * means "no records of that kind".
 *
 * `asOf` is the reference date of the roster (ngày số liệu), when known.
 */
export const Dataset = z
  .object({
    /** Data contract version. */
    version: z.literal(DATA_CONTRACT_VERSION).default(DATA_CONTRACT_VERSION),
    /** Reference date of the roster (ngày số liệu). */
    asOf: IsoDate.optional(),
    /** The ward itself (đơn vị). */
    ward: Ward.default({}),
    /** Party organisations (tổ chức đảng). */
    organizations: z.array(Organization),
    /** Roster on the reference date (danh sách đảng viên). */
    members: z.array(Member),
    /** Membership movements (biến động). */
    movements: z.array(Movement).default([]),
    /** Positions held (chức vụ). */
    positions: z.array(Position).default([]),
    /** Inspection and supervision (kiểm tra, giám sát). */
    inspections: z.array(Inspection).default([]),
    /** Training attendance (bồi dưỡng). */
    training: z.array(TrainingAttendance).default([]),
    /** Cadre planning (quy hoạch). */
    planning: z.array(PlanningEntry).default([]),
    /** Annual classification (xếp loại). */
    classifications: z.array(Classification).default([]),
    /** Admission targets (chỉ tiêu kết nạp). */
    admissionTargets: z.array(AdmissionTarget).default([]),
  })
  .meta({
    title: 'Dataset',
    description: 'A ward party dataset in the canonical form of data contract version 1.',
  });
/** A ward dataset in canonical form. */
export type Dataset = z.infer<typeof Dataset>;

/**
 * The JSON Schema (draft 2020-12) of the canonical dataset as a file accepts
 * it: defaulted fields are optional.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Dataset, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
}
