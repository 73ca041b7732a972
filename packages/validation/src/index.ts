export {
  ACTIVITY_COLUMNS,
  type ActivitiesCsvResult,
  activitiesToCsv,
  activityIdOf,
  type CsvForm,
  detectCsvForm,
  parseActivitiesCsv,
} from './activities-csv.ts';
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
  activityIssues,
  buildIndex,
  checkMembershipDates,
  checkPeriodActivities,
  DATASET_RULES,
  type DatasetIndex,
  type DatasetRule,
  type PeriodActivitiesScope,
  programmeIssues,
  type RuleContext,
} from './rules/index.ts';
export {
  ActivitySchema,
  ActivityTimeSchema,
  BusinessIdSchema,
  DatasetSchema,
  ENTITY_SCHEMAS,
  type EntityKind,
  IsoDateSchema,
  LinkSchema,
  LocalizedTextSchema,
  localizedText,
  MunicipalCodeSchema,
  NetworkSchema,
  ParticipationSchema,
  PeriodSchema,
  PlannedCountSchema,
  ProgrammeSchema,
  SlugSchema,
  SourceSchema,
  TEXT_LIMITS,
  ThemeSchema,
  UrlSchema,
  WorkshopQuotaSchema,
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
