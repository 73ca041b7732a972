export { businessIdCheckDigit, isValidBusinessId } from './business-id.ts';
export {
  type CsvParseOptions,
  type CsvRecord,
  type CsvSeparator,
  CsvSyntaxError,
  type CsvTable,
  parseCsv,
  toCsv,
} from './csv.ts';
export {
  DATASET_FORMAT_VERSION,
  type Dataset,
  emptyDataset,
  membersOf,
  type PeriodRowsCollection,
  replacePeriodRows,
} from './dataset.ts';
export { type IsoDate, isIsoDate, isWithin, startOfYear, toIsoDate, yearOf } from './dates.ts';
export {
  isReturningMember,
  type MemberComparison,
  networkInsights,
  type PeriodInsight,
  type RegionCount,
  type ThemeContinuity,
} from './insights.ts';
export {
  type Former,
  LANGUAGE_STATUS_CODES,
  LANGUAGE_STATUSES,
  type LanguageStatus,
  type Municipality,
  municipalityExistsOn,
  nameOn,
  type Region,
  regionOn,
} from './municipality.ts';
export {
  createMunicipalityRegistry,
  type MunicipalityRegistry,
  type SearchOptions,
  type Succession,
} from './municipality-registry.ts';
export type { Link, Network } from './network.ts';
export {
  DEFAULT_PARTICIPATION_ROLE,
  PARTICIPATION_ROLE_NAMES,
  PARTICIPATION_ROLES,
  type Participation,
  type ParticipationRole,
  parseParticipationKey,
  participationKey,
} from './participation.ts';
export {
  type NextPeriod,
  nextPeriod,
  PERIOD_STATUSES,
  type Period,
  type PeriodStatus,
  periodStatus,
  periodsOfNetwork,
  periodsOverlap,
  previousPeriod,
  REPORTED_COUNT_BOUNDS,
  type ReportedCountBound,
} from './period.ts';
export type { Source } from './source.ts';
export {
  LANGUAGES,
  type Language,
  type LocalizedText,
  localize,
  searchKey,
  slugify,
} from './text.ts';
export {
  subThemes,
  THEME_ORIGINS,
  type Theme,
  type ThemeLineage,
  type ThemeOrigin,
  themeLineage,
} from './theme.ts';
