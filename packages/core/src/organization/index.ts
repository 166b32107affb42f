/**
 * Party organisations of a ward: the ward itself, its grassroots committees
 * and cells (tổ chức đảng).
 *
 * @packageDocumentation
 */
export { OrganizationCategories, OrganizationKinds } from './codes';
export { Organization, OrganizationCategory, OrganizationKind, Ward } from './organization';
export {
  CELL_COMMITTEE_MIN_MEMBERS,
  MIN_CELL_MEMBERS,
  OrganizationStats,
  organizationStats,
} from './organizationStats';
export { OrganizationsFounded, organizationsFounded } from './organizationsFounded';
