export { COLUMN_NOTES, type ColumnKind, type ColumnNote, type FieldNotes } from './columnNotes';
export {
  TEMPLATE_GUIDE_FILE,
  TEMPLATE_LISTS_SHEET,
  templateGuideMarkdown,
  templateWorkbookBytes,
} from './templateContent';
export {
  codedValuesText,
  TEMPLATE_KEYS,
  type TemplateColumn,
  type TemplateFile,
  type TemplateKey,
  templateFiles,
} from './templateFiles';
