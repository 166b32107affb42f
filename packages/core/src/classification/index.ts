/**
 * Annual quality assessment and classification (đánh giá, xếp loại chất lượng).
 *
 * @packageDocumentation
 */
export { Classification, Rating } from './classification';
export { Ratings } from './codes';
