export {
  type CsvKind,
  type CsvOptions,
  type CsvShape,
  csvShape,
  detectCsvKind,
  MEMBER_COLUMNS,
  type MembersCsvResult,
  type ParsedCsv,
  parseCsvFile,
  parseMembersCsv,
  parseThemesCsv,
  THEME_COLUMNS,
  type ThemesCsvResult,
} from './csv.ts';
export { type CsvBase, checkCsvRows, csvBase } from './csv-check.ts';
export { formatIssue, type MessageLanguage } from './format.ts';
export {
  hasErrors,
  ISSUE_CODES,
  type IssueCode,
  type IssueDefinition,
  type IssueParams,
  issue,
  pointer,
  type Severity,
  type ValidationIssue,
} from './issues.ts';
export { buildDatasetJsonSchema, datasetJsonSchema } from './json-schema.ts';
export {
  buildIndex,
  checkMembershipDates,
  DATASET_RULES,
  type DatasetIndex,
  type DatasetRule,
  type RuleContext,
} from './rules/index.ts';
export {
  BusinessIdSchema,
  DatasetFrameSchema,
  DatasetSchema,
  ENTITY_SCHEMAS,
  type EntityKind,
  IsoDateSchema,
  LIST_LIMITS,
  LinkSchema,
  LocalizedTextSchema,
  localizedText,
  MunicipalCodeSchema,
  NetworkSchema,
  ParticipationSchema,
  PeriodSchema,
  SlugSchema,
  SourceSchema,
  TEXT_LIMITS,
  ThemeSchema,
  URL_MAX_LENGTH,
  UrlSchema,
} from './schemas.ts';
export {
  checkDatasetRules,
  parseDataset,
  sortIssues,
  type ValidationOptions,
  type ValidationReport,
  validateDataset,
  validateEntity,
} from './validate.ts';
export {
  applyWrite,
  checkWrite,
  importScope,
  issueIdentity,
  selectScope,
  type Write,
  type WriteCheck,
  type WriteScope,
  writeScope,
} from './write-scope.ts';
export { fromZodIssues } from './zod-issues.ts';
