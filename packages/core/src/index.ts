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
  type CsvParseOptions,
  type CsvRecord,
  type CsvSeparator,
  CsvSyntaxError,
  type CsvTable,
  parseCsv,
  toCsv,
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
