import {
  ACTIVITY_STATUSES,
  type Activity,
  DATASET_FORMAT_VERSION,
  type Dataset,
  isActivityTime,
  isIsoDate,
  isValidBusinessId,
  type Link,
  type LocalizedText,
  type Network,
  PARTICIPATION_ROLES,
  type Participation,
  type Period,
  type PlannedCount,
  PROGRAMME_SPANS,
  type Programme,
  REPORTED_COUNT_BOUNDS,
  type Source,
  THEME_ORIGINS,
  type Theme,
  type WorkshopQuota,
} from '@verkosto/core';
import * as z from 'zod';
import type { IssueCode } from './issues.ts';

/**
 * The shape of every entity and of the whole dataset. Objects are strict: an unknown key is an
 * error, never silently dropped. Each check that has a catalogued issue code raises a custom
 * zod issue carrying that code, so `zod-issues.ts` can report it in the shared form.
 */

type Check<T> = (
  value: T,
) => { code: IssueCode; params?: Record<string, string | number> } | undefined;

function checked<T extends z.ZodType>(schema: T, check: Check<z.output<T>>): T {
  return schema.superRefine((value, ctx) => {
    const problem = check(value);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        message: problem.code,
        params: { code: problem.code, ...problem.params },
      });
  }) as unknown as T;
}

// C0 and C1 control characters; names and titles are single-line.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_EXCEPT_NEWLINES = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Sensible maximum lengths for text, in characters. */
export const TEXT_LIMITS = {
  name: 200,
  label: 100,
  description: 5_000,
  keyword: 100,
  note: 2_000,
} as const;

/**
 * The most items each list may hold, so that no body, however large, makes the work or the
 * answer unbounded: a longer list is one `too_long` issue, and its items are not looked at.
 * The dataset's lists fit a 32 MiB import (about 400 000 minimal members).
 */
export const LIST_LIMITS = {
  links: 20,
  sources: 50,
  keywords: 50,
  dataset: {
    sources: 10_000,
    networks: 1_000,
    periods: 10_000,
    themes: 100_000,
    participations: 500_000,
    activities: 500_000,
    programmes: 10_000,
  },
} as const;

/** The longest URL (a common browser and server limit) and `$schema` reference. */
export const URL_MAX_LENGTH = 2_000;

function text(maximum: number, multiline = false) {
  return checked(z.string(), (value) => {
    if (value.trim() === '') return { code: 'blank_text' };
    if (value.length > maximum)
      return { code: 'too_long', params: { length: value.length, maximum, origin: 'string' } };
    if ((multiline ? CONTROL_EXCEPT_NEWLINES : CONTROL).test(value))
      return { code: 'control_characters' };
    return undefined;
  }).meta({
    minLength: 1,
    maxLength: maximum,
    // Not blank, and no control characters, for editors: the same checks as above.
    pattern: multiline
      ? '^(?=[\\s\\S]*\\S)[^\\u0000-\\u0009\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$'
      : '^(?=.*\\S)[^\\u0000-\\u001f\\u007f-\\u009f]*$',
  });
}

export const IsoDateSchema = checked(z.string(), (value) =>
  isIsoDate(value) ? undefined : { code: 'invalid_date', params: { value } },
).meta({
  format: 'date',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A calendar date, YYYY-MM-DD.',
});

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX_LENGTH = 120;
/** What `SlugSchema` accepts; also `isPlainValidParticipation`'s test. */
const isSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= SLUG_MAX_LENGTH && SLUG.test(value);
export const SlugSchema = checked(z.string(), (value) =>
  isSlug(value) ? undefined : { code: 'invalid_slug', params: { value, maximum: SLUG_MAX_LENGTH } },
).meta({
  pattern: SLUG.source,
  maxLength: SLUG_MAX_LENGTH,
  description: 'A lowercase id: a–z, digits and hyphens.',
});

const MUNICIPAL_CODE = /^\d{3}$/;
/** What `MunicipalCodeSchema` accepts; also `isPlainValidParticipation`'s test. */
const isMunicipalCode = (value: unknown): value is string =>
  typeof value === 'string' && MUNICIPAL_CODE.test(value);
export const MunicipalCodeSchema = checked(z.string(), (value) =>
  isMunicipalCode(value) ? undefined : { code: 'invalid_municipality_code', params: { value } },
).meta({
  pattern: MUNICIPAL_CODE.source,
  description: 'An official municipality code (kuntanumero), zero-padded: 091.',
});

const urlCheck: Check<string> = (value) => {
  if (value.length > URL_MAX_LENGTH) {
    const params = { length: value.length, maximum: URL_MAX_LENGTH, origin: 'string' };
    return { code: 'too_long', params };
  }
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return undefined;
  } catch {}
  return { code: 'invalid_url', params: { value } };
};
export const UrlSchema = checked(z.string(), urlCheck).meta({
  format: 'uri',
  pattern: '^https?://',
  maxLength: URL_MAX_LENGTH,
  description: 'An http or https URL.',
});

/**
 * A Finnish business ID (Y-tunnus) with its check digit. Checked here, so that a single write is
 * refused at once, and again by the `business-id` dataset rule for data built in code.
 */
export const BusinessIdSchema = checked(z.string(), (value) =>
  isValidBusinessId(value) ? undefined : { code: 'invalid_business_id', params: { value } },
).meta({
  pattern: '^\\d{7}-\\d$',
  description: 'A Finnish business ID (Y-tunnus), 1234567-8, with a correct check digit.',
});

const sourceIds = z.array(SlugSchema).max(LIST_LIMITS.sources);

/** Text in Finnish (required), Swedish and English, each limited to `maximum` characters. */
export function localizedText(maximum: number, multiline = false) {
  return z.strictObject({
    fi: text(maximum, multiline),
    sv: text(maximum, multiline).optional(),
    en: text(maximum, multiline).optional(),
  }) satisfies z.ZodType<LocalizedText>;
}

/** A name in Finnish (required), Swedish and English: single-line, at most 200 characters. */
export const LocalizedTextSchema = localizedText(TEXT_LIMITS.name);
const NameSchema = LocalizedTextSchema;
const DescriptionSchema = localizedText(TEXT_LIMITS.description, true);

export const SourceSchema = z.strictObject({
  id: SlugSchema,
  title: text(TEXT_LIMITS.name * 2),
  url: UrlSchema.optional(),
  publisher: text(TEXT_LIMITS.name).optional(),
  author: text(TEXT_LIMITS.name).optional(),
  publishedOn: IsoDateSchema.optional(),
  accessedOn: IsoDateSchema.optional(),
  note: text(TEXT_LIMITS.note, true).optional(),
}) satisfies z.ZodType<Source>;

export const LinkSchema = z.strictObject({
  url: UrlSchema,
  label: NameSchema,
}) satisfies z.ZodType<Link>;

export const NetworkSchema = z.strictObject({
  id: SlugSchema,
  name: NameSchema,
  shortName: text(TEXT_LIMITS.label).optional(),
  organiser: text(TEXT_LIMITS.name),
  organiserBusinessId: BusinessIdSchema.optional(),
  description: DescriptionSchema.optional(),
  links: z.array(LinkSchema).max(LIST_LIMITS.links),
  sources: sourceIds,
}) satisfies z.ZodType<Network>;

export const PeriodSchema = z.strictObject({
  id: SlugSchema,
  networkId: SlugSchema,
  ordinal: z.number().int().min(1),
  label: text(TEXT_LIMITS.label),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  leadThemeId: SlugSchema.optional(),
  description: DescriptionSchema.optional(),
  reportedMemberCount: z.number().int().min(0).optional(),
  reportedMemberCountBound: z.enum(REPORTED_COUNT_BOUNDS).optional(),
  sources: sourceIds,
}) satisfies z.ZodType<Period>;

export const ThemeSchema = z.strictObject({
  id: SlugSchema,
  periodId: SlugSchema,
  slug: SlugSchema,
  name: NameSchema,
  description: DescriptionSchema.optional(),
  parentId: SlugSchema.optional(),
  origin: z.enum(THEME_ORIGINS),
  continuesThemeId: SlugSchema.optional(),
  continuesInferred: z.boolean().optional(),
  borrowedFrom: text(TEXT_LIMITS.name).optional(),
  keywords: z.array(text(TEXT_LIMITS.keyword)).max(LIST_LIMITS.keywords),
  sources: sourceIds,
}) satisfies z.ZodType<Theme>;

/**
 * True only when `ParticipationSchema` accepts the object, checked without zod: a members CSV
 * row made of its known fields (`parseMembersCsv`) that passes is not parsed again, and one
 * that fails is parsed for its issues. Anything other than such a row may be false.
 */
export function isPlainValidParticipation(p: Record<string, unknown>): boolean {
  let fields = 0;
  for (const key in p) {
    fields++;
    if (p[key] === undefined) return false;
  }
  const { periodId, municipalityCode, role, joinedOn, leftOn, sources } = p;
  if (!isSlug(periodId) || !isMunicipalCode(municipalityCode)) return false;
  if (!(PARTICIPATION_ROLES as readonly unknown[]).includes(role)) return false;
  let known = 4;
  if (joinedOn !== undefined) {
    if (typeof joinedOn !== 'string' || !isIsoDate(joinedOn)) return false;
    known++;
  }
  if (leftOn !== undefined) {
    if (typeof leftOn !== 'string' || !isIsoDate(leftOn)) return false;
    known++;
  }
  if (!Array.isArray(sources) || sources.length > LIST_LIMITS.sources) return false;
  for (const id of sources) if (!isSlug(id)) return false;
  // No other keys (the schema is strict).
  return fields === known;
}

export const ParticipationSchema = z.strictObject({
  periodId: SlugSchema,
  municipalityCode: MunicipalCodeSchema,
  role: z.enum(PARTICIPATION_ROLES),
  joinedOn: IsoDateSchema.optional(),
  leftOn: IsoDateSchema.optional(),
  sources: sourceIds,
}) satisfies z.ZodType<Participation>;

/** A whole day `YYYY-MM-DD`, or a wall-clock time in Helsinki `YYYY-MM-DDTHH:MM`. */
export const ActivityTimeSchema = checked(z.string(), (value) =>
  isActivityTime(value) ? undefined : { code: 'invalid_activity_time', params: { value } },
).meta({
  pattern: '^\\d{4}-\\d{2}-\\d{2}(T([01]\\d|2[0-3]):[0-5]\\d)?$',
  description:
    'A whole day YYYY-MM-DD, or a wall-clock time in Helsinki (Europe/Helsinki) YYYY-MM-DDTHH:MM.',
});

export const ActivitySchema = z.strictObject({
  id: SlugSchema,
  periodId: SlugSchema,
  kind: SlugSchema,
  status: z.enum(ACTIVITY_STATUSES),
  title: NameSchema,
  description: DescriptionSchema.optional(),
  start: ActivityTimeSchema,
  end: ActivityTimeSchema,
  themeIds: z.array(SlugSchema),
  municipalityCode: MunicipalCodeSchema.optional(),
  participantCount: z.number().int().min(0).optional(),
  sources: sourceIds,
}) satisfies z.ZodType<Activity>;

/**
 * A programme's count: an integer, never negative. Checked here, so that a single write is
 * refused at once, and by the `programmes` rule for data built in code.
 */
const ProgrammeCountSchema = checked(z.number().int(), (value) =>
  value < 0 ? { code: 'programme_count_negative', params: { value } } : undefined,
).meta({ minimum: 0 });

export const PlannedCountSchema = z.strictObject({
  kind: SlugSchema,
  count: ProgrammeCountSchema.optional(),
  per: z.enum(PROGRAMME_SPANS),
  statedAs: text(TEXT_LIMITS.note).optional(),
  sources: sourceIds,
}) satisfies z.ZodType<PlannedCount>;

export const WorkshopQuotaSchema = z.strictObject({
  count: ProgrammeCountSchema,
  per: z.enum(PROGRAMME_SPANS),
  statedAs: text(TEXT_LIMITS.note).optional(),
  sources: sourceIds,
}) satisfies z.ZodType<WorkshopQuota>;

export const ProgrammeSchema = z.strictObject({
  periodId: SlugSchema,
  planned: z.array(PlannedCountSchema),
  workshopQuota: WorkshopQuotaSchema.optional(),
  sources: sourceIds,
}) satisfies z.ZodType<Programme>;

export const DatasetSchema = z.strictObject({
  $schema: z.string().max(URL_MAX_LENGTH).optional(),
  formatVersion: z.literal(DATASET_FORMAT_VERSION),
  sources: z.array(SourceSchema).max(LIST_LIMITS.dataset.sources),
  networks: z.array(NetworkSchema).max(LIST_LIMITS.dataset.networks),
  periods: z.array(PeriodSchema).max(LIST_LIMITS.dataset.periods),
  themes: z.array(ThemeSchema).max(LIST_LIMITS.dataset.themes),
  participations: z.array(ParticipationSchema).max(LIST_LIMITS.dataset.participations),
  // Optional, so that datasets written before activities still read.
  activities: z.array(ActivitySchema).max(LIST_LIMITS.dataset.activities).optional(),
  programmes: z.array(ProgrammeSchema).max(LIST_LIMITS.dataset.programmes).optional(),
}) satisfies z.ZodType<Dataset>;

/**
 * The dataset's frame: its lists bounded but their items unread. `parseDataset` checks the items
 * one by one, so that 100 000 bad items are 100 000 issues collected in a loop, never handed to
 * zod at once (whose issue lists overflow the stack at about 130 000).
 */
export const DatasetFrameSchema = z.strictObject({
  $schema: DatasetSchema.shape.$schema,
  formatVersion: DatasetSchema.shape.formatVersion,
  sources: z.array(z.unknown()).max(LIST_LIMITS.dataset.sources),
  networks: z.array(z.unknown()).max(LIST_LIMITS.dataset.networks),
  periods: z.array(z.unknown()).max(LIST_LIMITS.dataset.periods),
  themes: z.array(z.unknown()).max(LIST_LIMITS.dataset.themes),
  participations: z.array(z.unknown()).max(LIST_LIMITS.dataset.participations),
  activities: z.array(z.unknown()).max(LIST_LIMITS.dataset.activities).optional(),
  programmes: z.array(z.unknown()).max(LIST_LIMITS.dataset.programmes).optional(),
});

/** The entity kinds that can be written one at a time. */
export const ENTITY_SCHEMAS = {
  source: SourceSchema,
  network: NetworkSchema,
  period: PeriodSchema,
  theme: ThemeSchema,
  participation: ParticipationSchema,
  activity: ActivitySchema,
  programme: ProgrammeSchema,
} as const;

export type EntityKind = keyof typeof ENTITY_SCHEMAS;
