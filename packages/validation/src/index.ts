export {
  type CsvKind,
  type CsvOptions,
  type CsvParseResult,
  detectCsvKind,
  MEMBER_COLUMNS,
  parseMembersCsv,
  parseThemesCsv,
  THEME_COLUMNS,
} from './csv.ts';
export { formatIssue, type MessageLanguage } from './format.ts';
export {
  hasErrors,
  ISSUE_CODES,
  type IssueCode,
  issue,
  pointer,
  type Severity,
  type ValidationIssue,
} from './issues.ts';
export { buildDatasetJsonSchema } from './json-schema.ts';
export {
  buildIndex,
  checkMembershipDates,
  DATASET_RULES,
  type DatasetIndex,
  type DatasetRule,
  type RuleContext,
} from './rules/index.ts';
export {
  DatasetSchema,
  ENTITY_SCHEMAS,
  type EntityKind,
  IsoDateSchema,
  LinkSchema,
  LocalizedTextSchema,
  MunicipalCodeSchema,
  NetworkSchema,
  ParticipationSchema,
  PeriodSchema,
  SlugSchema,
  SourceSchema,
  TEXT_LIMITS,
  ThemeSchema,
  UrlSchema,
} from './schemas.ts';
export {
  checkDatasetRules,
  sortIssues,
  type ValidationOptions,
  type ValidationReport,
  validateDataset,
  validateEntity,
} from './validate.ts';
export { fromZodIssues } from './zod-issues.ts';
