export { COLUMN_NOTES, type ColumnKind, type ColumnNote, type FieldNotes } from './columnNotes';
export {
  codedValuesText,
  TEMPLATE_KEYS,
  type TemplateColumn,
  type TemplateFile,
  type TemplateKey,
  templateFiles,
} from './templateFiles';
export {
  TEMPLATE_GUIDE_FILE,
  TEMPLATE_LISTS_SHEET,
  type TemplateWriteOptions,
  templateGuideMarkdown,
  templateWorkbookBytes,
  writeTemplateCsvFolder,
  writeTemplateWorkbook,
} from './writeTemplate';
