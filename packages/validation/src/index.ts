export {
  ACTIVITY_COLUMNS,
  type ActivitiesCsvResult,
  activitiesCsvShape,
  activitiesToCsv,
  activityIdOf,
  type CsvForm,
  detectCsvForm,
  parseActivitiesCsv,
} from './activities-csv.ts';
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
export { type CsvBase, type CsvRows, checkCsvRows, csvBase } from './csv-check.ts';
export {
  CSV_DIALECTS,
  type CsvDialect,
  type CsvWriteDialect,
  membersToCsv,
  themesToCsv,
  writeCsv,
} from './csv-write.ts';
export { formatIssue, type MessageLanguage } from './format.ts';
export { checkImportMoves } from './import-moves.ts';
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
  PlannedCountSchema,
  ProgrammeSchema,
  SlugSchema,
  SourceSchema,
  TEXT_LIMITS,
  ThemeSchema,
  URL_MAX_LENGTH,
  UrlSchema,
  WorkshopQuotaSchema,
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
  mergerFamily,
  selectScope,
  type Write,
  type WriteCheck,
  type WriteScope,
  writeScope,
} from './write-scope.ts';
export { fromZodIssues } from './zod-issues.ts';
