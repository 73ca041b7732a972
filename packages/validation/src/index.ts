export {
  type CsvKind,
  type CsvOptions,
  detectCsvKind,
  MEMBER_COLUMNS,
  type MembersCsvResult,
  parseMembersCsv,
  parseThemesCsv,
  THEME_COLUMNS,
  type ThemesCsvResult,
} from './csv.ts';
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
export { fromZodIssues } from './zod-issues.ts';
