/**
 * The canonical ward dataset and its JSON Schema.
 *
 * @packageDocumentation
 */
export {
  COLLECTION_NAMES,
  type CollectionName,
  DATA_CONTRACT_VERSION,
  DATASET_COLLECTIONS,
  Dataset,
  datasetJsonSchema,
} from './dataset';
export {
  COLLECTION_FILES,
  type CollectionFile,
  FIELD_CODE_LISTS,
  FIELD_HEADERS,
  type FieldHeaderMap,
  type RecordInput,
} from './fileLayout';
