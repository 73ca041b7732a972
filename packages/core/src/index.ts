export {
  ACTIVITY_KIND_NAMES,
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  type Activity,
  type ActivityStatus,
  type ActivityTime,
  activityDays,
  activityTimesProblem,
  compareActivities,
  dayOf,
  isActivityTime,
  isAllDay,
  isKnownActivityKind,
  type KnownActivityKind,
  MUNICIPAL_WORKSHOP,
  nextDay,
  previousDay,
} from './activity.ts';
export {
  type PeriodActivityInsight,
  periodActivityInsight,
  type ThemeCoverage,
} from './activity-insights.ts';
export { businessIdCheckDigit, isValidBusinessId } from './business-id.ts';
export {
  COMPARISON_CRITERIA,
  type Comparator,
  type ComparisonContext,
  type ComparisonCriterion,
  type ComparisonGroup,
  type ComparisonMember,
  type ComparisonMethod,
  createComparator,
  DEFAULT_CRITERIA,
  type IndicatorComparison,
  POPULATION_INDICATOR,
  SIZE_CLASSES,
  type SizeClass,
  sizeClassOf,
} from './comparables.ts';
export {
  type CsvParseOptions,
  type CsvRecord,
  type CsvSeparator,
  CsvSyntaxError,
  type CsvTable,
  type CsvWriteOptions,
  escapeFormula,
  parseCsv,
  readCsv,
  toCsv,
  unescapeFormula,
} from './csv.ts';
export {
  type CsvRowsCollection,
  DATASET_FORMAT_VERSION,
  type Dataset,
  emptyDataset,
  membersOf,
  type PeriodRowsCollection,
  replacePeriodRows,
} from './dataset.ts';
export { type IsoDate, isIsoDate, isWithin, startOfYear, toIsoDate, yearOf } from './dates.ts';
export {
  codeInDivision,
  createFigureIndex,
  type FigureIndex,
  type FigureMapping,
  type FigureSeries,
  type FigureSource,
  type FigureTable,
  type FigureValue,
  figureOf,
  type Indicator,
  type IndicatorCoverage,
  municipalityFigures,
  sameAreaInDivisions,
} from './figures.ts';
export {
  ACTIVITY_TIME_ZONE,
  activitiesToICalendar,
  type CalendarOptions,
  escapeText,
  foldLine,
} from './icalendar.ts';
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
  type ClassificationChoice,
  createMunicipalityClassifications,
  MUNICIPALITY_GROUP_CODES,
  MUNICIPALITY_GROUP_NAMES,
  MUNICIPALITY_GROUPS,
  type MunicipalityAttributes,
  type MunicipalityClassification,
  type MunicipalityClassifications,
  type MunicipalityGroup,
  type Subregion,
  type WellbeingServicesCounty,
} from './municipality-classification.ts';
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
export {
  countForPeriod,
  countsAsWorkshop,
  isMemberOn,
  type KindProgress,
  type PlannedCount,
  PROGRAMME_SPANS,
  type Programme,
  type ProgrammeSpan,
  periodYears,
  programmeProgress,
  type WorkshopCount,
  type WorkshopQuota,
  type WorkshopUse,
  workshopMembership,
  workshopUse,
  workshopUseByMember,
} from './programme.ts';
export type { Source } from './source.ts';
export {
  type GroupSummary,
  QUANTILE_METHOD,
  quantile,
  rankOf,
  summarize,
} from './statistics.ts';
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
