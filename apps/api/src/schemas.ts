import {
  LANGUAGE_STATUSES,
  LANGUAGES,
  PARTICIPATION_ROLES,
  PERIOD_STATUSES,
  REPORTED_COUNT_BOUNDS,
  THEME_ORIGINS,
} from '@verkosto/core';
import * as z from 'zod';
import { DEFAULT_LIMIT, MAX_LIMIT } from './http/pagination.ts';

/** Response shapes and query parameters, as the OpenAPI document describes them. */

export const LocalizedText = z
  .object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() })
  .openapi('LocalizedText', {
    example: { fi: 'Kukoistava kunta', en: 'The flourishing municipality' },
  });

const Language = z.enum(LANGUAGES);

const Named = {
  names: LocalizedText,
  name: z.string().openapi({
    description: 'The name in the negotiated language (`?lang`, Accept-Language), else Finnish.',
  }),
  nameLanguage: Language.openapi({
    description:
      'The language `name` is really in: the negotiated one where the name exists in it, else `fi`.',
  }),
};
const RegionName = {
  regionName: z.string().nullable(),
  regionNameLanguage: Language.nullable().openapi({
    description: 'The language `regionName` is in (null with no region).',
  }),
};
const IsoDate = z.string().openapi({ format: 'date', example: '2019-01-01' });
const Code = z
  .string()
  .regex(/^\d{3}$/)
  .openapi({
    example: '091',
    description: 'Official municipality code (kuntanumero), zero-padded.',
  });

export const Source = z
  .object({
    id: z.string(),
    title: z.string(),
    url: z.string().optional(),
    publisher: z.string().optional(),
    author: z.string().optional(),
    publishedOn: IsoDate.optional(),
    accessedOn: IsoDate.optional().openapi({ description: 'When the page was last read.' }),
    note: z.string().optional(),
  })
  .openapi('Source');

export const Network = z
  .object({
    id: z.string().openapi({ example: 'uso' }),
    ...Named,
    shortName: z.string().optional(),
    organiser: z.string(),
    organiserBusinessId: z.string().optional(),
    description: LocalizedText.optional(),
    links: z.array(z.object({ url: z.string(), label: LocalizedText })),
    periodCount: z.number().int(),
    sources: z.array(z.string()),
  })
  .openapi('Network');

export const Period = z
  .object({
    id: z.string().openapi({ example: 'uso-5' }),
    networkId: z.string(),
    ordinal: z.number().int(),
    label: z.string().openapi({ example: 'USO 5' }),
    startDate: IsoDate,
    endDate: IsoDate,
    status: z.enum(PERIOD_STATUSES).openapi({ description: 'On the server’s today.' }),
    leadThemeId: z.string().optional(),
    description: LocalizedText.optional(),
    reportedMemberCount: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'The count a source reports; see `reportedMemberCountBound`.' }),
    reportedMemberCountBound: z.enum(REPORTED_COUNT_BOUNDS).optional().openapi({
      description:
        '`atLeast`: the source gives a lower bound ("yli 20" → 20). Absent or `exact`: the count itself.',
    }),
    memberCount: z.number().int().openapi({ description: 'Members on record.' }),
    themeCount: z.number().int(),
    sources: z.array(z.string()),
  })
  .openapi('Period');

export const ThemeRef = z
  .object({ id: z.string(), periodId: z.string(), ...Named })
  .openapi('ThemeRef');

export const Theme = z
  .object({
    id: z.string(),
    periodId: z.string(),
    slug: z.string(),
    ...Named,
    description: LocalizedText.optional(),
    parentId: z.string().optional(),
    origin: z.enum(THEME_ORIGINS),
    continuesThemeId: z.string().optional(),
    continuesInferred: z.boolean().optional().openapi({
      description:
        'True when no source states the continuation: an editor inferred it. Show it as inferred, never as fact.',
    }),
    borrowedFrom: z.string().optional(),
    keywords: z.array(z.string()),
    sources: z.array(z.string()),
  })
  .openapi('Theme');

export const LineageThemeRef = ThemeRef.extend({
  inferred: z.boolean().openapi({
    description:
      'Reached through a continuation no source states (or beyond one): an inference, not a fact.',
  }),
}).openapi('LineageThemeRef');

export const ThemeWithLineage = Theme.extend({
  subThemes: z.array(ThemeRef),
  lineage: z.object({
    continues: z
      .array(LineageThemeRef)
      .openapi({ description: 'Earlier themes this one carries on, nearest first.' }),
    continuedBy: z
      .array(LineageThemeRef)
      .openapi({ description: 'Later themes that carry this one on, nearest first.' }),
  }),
}).openapi('ThemeWithLineage');

const WorkshopCount = z.object({
  quota: z.number().int().nullable(),
  held: z.number().int(),
  planned: z.number().int(),
  remaining: z.number().int().nullable(),
});
/** A member's municipal workshops against its quota. */
export const WorkshopUse = WorkshopCount.extend({
  years: z.array(WorkshopCount.extend({ year: z.number().int() })).optional(),
}).openapi('WorkshopUse', {
  description:
    'Municipal workshops held and booked (not cancelled) against the quota (null without one); with a yearly quota, each year too.',
});

/** One kind of activity in a period: what the programme plans against what was done. */
export const KindProgress = z
  .object({
    kind: z.string(),
    kindName: z.string(),
    planned: z.number().int().nullable(),
    held: z.number().int(),
    scheduled: z.number().int(),
    cancelled: z.number().int(),
  })
  .openapi('KindProgress');

export const Participant = z
  .object({
    periodId: z.string(),
    municipalityCode: Code,
    ...Named,
    regionCode: z
      .string()
      .nullable()
      .openapi({ description: 'The region (maakunta) at the period’s start.' }),
    ...RegionName,
    role: z.enum(PARTICIPATION_ROLES),
    joinedOn: IsoDate.optional(),
    leftOn: IsoDate.optional(),
    membership: z.enum(['new', 'returning']).nullable().openapi({
      description:
        'Compared with the previous period; null when either period has no member list on record.',
    }),
    sources: z.array(z.string()),
    workshops: WorkshopUse,
  })
  .openapi('Participant');

export const Municipality = z
  .object({
    code: Code,
    ...Named,
    regionCode: z.string().nullable(),
    languageStatus: z.enum(LANGUAGE_STATUSES).nullable(),
    validFrom: IsoDate.nullable().openapi({
      description: 'Null: before the registry’s records (2008).',
    }),
    validTo: IsoDate.nullable().openapi({ description: 'The first day it no longer existed.' }),
    mergedInto: Code.nullable(),
  })
  .openapi('Municipality');

export const Succession = z
  .object({ code: Code, ...Named, effectiveDate: IsoDate, from: Code })
  .openapi('Succession');

export const MunicipalityDetail = Municipality.extend({
  successors: z
    .array(Succession)
    .openapi({ description: 'What became of it, following merger chains.' }),
  predecessors: z.array(z.object({ code: Code, ...Named, validTo: IsoDate.nullable() })),
  participations: z.array(
    z.object({
      periodId: z.string(),
      networkId: z.string(),
      label: z.string(),
      role: z.enum(PARTICIPATION_ROLES),
    }),
  ),
}).openapi('MunicipalityDetail');

export const PeriodInsight = z
  .object({
    periodId: z.string(),
    label: z.string(),
    startDate: IsoDate,
    endDate: IsoDate,
    memberCount: z.number().int(),
    reportedMemberCount: z.number().int().nullable(),
    reportedMemberCountBound: z.enum(REPORTED_COUNT_BOUNDS).nullable().openapi({
      description: '`atLeast` when the reported count is a lower bound; null with no count.',
    }),
    newMemberCount: z.number().int().nullable(),
    returningMemberCount: z.number().int().nullable(),
    comparison: z
      .object({
        previousPeriodId: z.string(),
        newMembers: z.array(Code),
        returningMembers: z.array(Code),
        leftMembers: z.array(Code),
      })
      .nullable(),
    regions: z.array(
      z.object({
        regionCode: z.string(),
        ...RegionName,
        memberCount: z.number().int(),
      }),
    ),
    themeCount: z.number().int(),
    themesByOrigin: z.record(z.enum(THEME_ORIGINS), z.number().int()),
    themesContinued: z.array(
      z.object({
        themeId: z.string(),
        continuesThemeId: z.string(),
        continuesPeriodId: z.string(),
        inferred: z.boolean().openapi({ description: 'No source states this continuation.' }),
      }),
    ),
    activities: z
      .object({
        activityCount: z.number().int(),
        progress: z.array(KindProgress).openapi({
          description: 'Planned (by the programme, null without one) against held, per kind.',
        }),
        workshops: z
          .array(WorkshopUse.extend({ municipalityCode: Code }))
          .openapi({ description: 'Each member’s municipal workshops against its quota.' }),
        themes: z
          .array(
            z.object({
              themeId: z.string(),
              ...Named,
              activities: z.number().int(),
              held: z.number().int(),
            }),
          )
          .openapi({
            description:
              'Every theme of the period with the activities (not cancelled) that take it up, and how many of them were held.',
          }),
      })
      .openapi({ description: 'What the period did: its activities in figures.' }),
  })
  .openapi('PeriodInsight');

export const ListMeta = z
  .object({
    total: z.number().int(),
    limit: z.number().int(),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: 'Pass as `cursor` for the next page; null on the last.' }),
  })
  .openapi('ListMeta');

export const list = <T extends z.ZodType>(item: T, name: string) =>
  z.object({ data: z.array(item), meta: ListMeta }).openapi(name);
export const one = <T extends z.ZodType>(item: T, name: string) =>
  z.object({ data: item }).openapi(name);

export const Problem = z
  .object({
    type: z.string().openapi({ example: '/problems/not-found' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    invalidParams: z.array(z.string()).optional().openapi({
      description: 'The bad parameters, at most 100.',
    }),
    issueCount: z.number().int().optional().openapi({
      description: 'How many issues there were, when more than the 100 listed in `issues`.',
    }),
    issues: z
      .array(
        z.object({
          code: z.string(),
          path: z.string(),
          severity: z.enum(['error', 'warning']),
          message: z.object({ fi: z.string(), en: z.string() }),
          line: z.number().int().optional(),
          params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
        }),
      )
      .optional(),
  })
  .openapi('Problem');

export const LangQuery = z
  .enum(['fi', 'sv', 'en'])
  .optional()
  .openapi({
    param: { name: 'lang', in: 'query' },
    description: 'The language of `name`; overrides Accept-Language.',
  });

export const PageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .default(DEFAULT_LIMIT)
    .openapi({
      param: { name: 'limit', in: 'query' },
      description: `Items per page, 1–${MAX_LIMIT}.`,
      example: DEFAULT_LIMIT,
    }),
  cursor: z
    .string()
    .optional()
    .openapi({ param: { name: 'cursor', in: 'query' }, description: 'From `meta.nextCursor`.' }),
  lang: LangQuery,
};

/**
 * An id in the path: a slug, or a token's or user's id. Only these characters, so that a decoded
 * `%2F` (or any separator) never reaches the store, where `period/code` keys are built: a 400.
 */
export const pathParam = (name: string, example: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9._~-]+$/)
    .openapi({ param: { name, in: 'path' }, example });

/** A municipality code in the path: three digits, as `Code`. */
export const codeParam = (example: string) =>
  z
    .string()
    .regex(/^\d{3}$/)
    .openapi({
      param: { name: 'code', in: 'path' },
      example,
      description: 'Official municipality code (kuntanumero), zero-padded.',
    });
