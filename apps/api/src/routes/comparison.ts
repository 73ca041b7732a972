import { createRoute } from '@hono/zod-openapi';
import {
  COMPARISON_CRITERIA,
  type Comparator,
  type ComparisonCriterion,
  type ComparisonMember,
  type ComparisonMethod,
  createComparator,
  DEFAULT_CRITERIA,
  type FigureIndex,
  type FigureSource,
  type FigureValue,
  type Indicator,
  type Language,
  MUNICIPALITY_GROUPS,
  type MunicipalityRegistry,
  municipalityFigures,
  POPULATION_INDICATOR,
  SIZE_CLASSES,
  toCsv,
} from '@verkosto/core';
import { municipalityClassifications } from '@verkosto/data';
import * as z from 'zod';
import type { AppDeps } from '../env.ts';
import { named } from '../http/lang.ts';
import { json, readErrors, router } from '../http/openapi-kit.ts';
import { ProblemError } from '../http/problem.ts';
import { read } from '../http/read.ts';
import { PUBLIC_CACHE_CONTROL } from '../http/response-cache.ts';
import { LangQuery, LocalizedText, pathParam } from '../schemas.ts';
import { createFigureStore } from '../store/figures.ts';

/**
 * Comparison data (vertailutieto): the indicator catalogue, a municipality's figures, its
 * comparable municipalities, and a period's members beside their comparison groups. Every
 * answer carries the attribution and the method; a year without data answers null with the
 * nearest year that has it, never an estimate.
 */

const tags = ['Comparison'];
const MAX_INDICATORS = 10;

// ---- parameters -------------------------------------------------------------------------

const Year = z.coerce
  .number()
  .int()
  .min(1900)
  .max(2100)
  .openapi({
    param: { name: 'year', in: 'query' },
    description: 'The statistical year (1900–2100).',
    example: 2018,
  });
const criteriaPattern = `(${COMPARISON_CRITERIA.join('|')})`;
const By = z
  .string()
  .max(40)
  .regex(new RegExp(`^${criteriaPattern}(,${criteriaPattern}){0,2}$`), {
    message: `Comma-separated, from ${COMPARISON_CRITERIA.join(', ')}.`,
  })
  .optional()
  .openapi({
    param: { name: 'by', in: 'query' },
    description: `What comparables share, comma-separated: ${COMPARISON_CRITERIA.join(', ')}. Default \`${DEFAULT_CRITERIA.join(',')}\`.`,
    example: 'group,size',
  });
const IndicatorList = z
  .string()
  .max(600)
  .regex(new RegExp(`^[a-z0-9_]{1,60}(,[a-z0-9_]{1,60}){0,${MAX_INDICATORS - 1}}$`), {
    message: `1–${MAX_INDICATORS} indicator ids, comma-separated.`,
  })
  .openapi({
    param: { name: 'indicators', in: 'query' },
    description: `1–${MAX_INDICATORS} indicator ids from GET /v1/indicators, comma-separated.`,
    example: 'employment_rate_pct,share_age_65_plus_pct',
  });
const Code = z
  .string()
  .regex(/^\d{3}$/)
  .openapi({ param: { name: 'code', in: 'path' }, example: '609' });

const criteriaOf = (by: string | undefined): ComparisonCriterion[] =>
  by ? [...new Set(by.split(','))].map((c) => c as ComparisonCriterion) : [...DEFAULT_CRITERIA];

function indicatorsOf(figures: FigureIndex, list: string): Indicator[] {
  const ids = [...new Set(list.split(','))];
  const unknown = ids.filter((id) => !figures.indicator(id));
  if (unknown.length > 0)
    throw new ProblemError('bad-request', {
      detail: `Unknown indicator: ${unknown.join(', ')}. GET /v1/indicators lists them.`,
      invalidParams: ['indicators'],
    });
  return ids.map((id) => figures.indicator(id)!);
}

// ---- response shapes --------------------------------------------------------------------

const Attribution = z
  .object({
    text: LocalizedText,
    figuresVersion: z
      .string()
      .openapi({ description: 'Changes with any figure or the catalogue.' }),
  })
  .openapi('Attribution');

const IndicatorSchema = z
  .object({
    id: z.string(),
    names: LocalizedText,
    name: z.string(),
    unit: z.string(),
    definition: LocalizedText,
    years: z.array(z.number().int()),
    coverage: z.array(
      z.object({
        year: z.number().int(),
        areaDivision: z
          .number()
          .int()
          .openapi({ description: 'The municipal division (on 1 January) the values follow.' }),
        sourceId: z.string(),
        publisher: z.string(),
        licence: z.string(),
      }),
    ),
    caveat: LocalizedText.nullable(),
  })
  .openapi('Indicator');

const Mapping = z.enum(['same', 'successor', 'none']).openapi({
  description:
    '`same`: the municipality’s own value; `successor`: it had merged away by the area division, so the value is its successor’s (for the successor’s whole area, never a sum); `none`: no area stands for it.',
});
const FigureSchema = z
  .object({
    indicatorId: z.string(),
    name: z.string(),
    unit: z.string(),
    year: z.number().int(),
    value: z.number().nullable().openapi({ description: 'Null: no value (see `nearestYear`).' }),
    nearestYear: z.number().int().nullable().openapi({
      description: 'When the year has no data: the nearest year that has it (ties: the earlier).',
    }),
    areaDivision: z.number().int().nullable(),
    areaCode: z.string().nullable(),
    mapping: Mapping,
    sourceId: z.string().nullable(),
  })
  .openapi('Figure');

const Method = z
  .object({
    criteria: z.array(z.enum(COMPARISON_CRITERIA)),
    areaDivision: z.number().int(),
    classificationYear: z.number().int(),
    classificationExact: z.boolean().openapi({
      description:
        'False: no classification of the area division’s year is held; the nearest is used.',
    }),
    populationYear: z.number().int().nullable(),
    populationAreaDivision: z.number().int().nullable(),
    quantileMethod: z.string(),
    rankMethod: z.string(),
    description: z.string(),
  })
  .openapi('ComparisonMethod');

const Member = z
  .object({
    code: z.string(),
    names: LocalizedText,
    name: z.string(),
    group: z.enum(MUNICIPALITY_GROUPS),
    sizeClass: z.enum(SIZE_CLASSES.map((c) => c.id) as [string, ...string[]]).nullable(),
    population: z.number().int().nullable(),
    regionCode: z.string(),
  })
  .openapi('ComparableMunicipality');

const GroupStatistics = z
  .object({
    groupSize: z.number().int().openapi({ description: 'Members of the comparison group.' }),
    n: z.number().int().openapi({ description: 'Members of the group with a value.' }),
    min: z.number().nullable(),
    q1: z.number().nullable(),
    median: z.number().nullable(),
    q3: z.number().nullable(),
    max: z.number().nullable(),
  })
  .openapi('ComparisonGroupStatistics', {
    description:
      'One comparison group’s statistics for one indicator, written once however many members share the group.',
  });

const Cell = z
  .object({
    value: z.number().nullable(),
    areaCode: z.string().nullable(),
    mapping: Mapping,
    group: z.number().int().nullable().openapi({
      description:
        'The member’s comparison group: an index into its indicator’s `groups`. Null when the member has no group (no series for the year, or its attributes are unknown).',
    }),
    rank: z
      .number()
      .int()
      .nullable()
      .openapi({ description: '1 = the highest value in the group.' }),
  })
  .openapi('ComparisonCell', {
    description:
      'A member’s value for one indicator; a member’s cells follow the order of `indicators`.',
  });

// ---- views --------------------------------------------------------------------------------

function indicatorView(
  indicator: Indicator,
  sources: ReadonlyMap<string, FigureSource>,
  lang: Language,
) {
  return {
    id: indicator.id,
    ...named(indicator.name, lang),
    unit: indicator.unit,
    definition: indicator.definition,
    years: indicator.coverage.map((c) => c.year),
    coverage: indicator.coverage.map((c) => ({
      ...c,
      publisher: sources.get(c.sourceId)?.publisher ?? '',
      licence: sources.get(c.sourceId)?.licence ?? '',
    })),
    caveat: indicator.caveat ?? null,
  };
}

function figureView(f: FigureValue, figures: FigureIndex, lang: Language) {
  const indicator = figures.indicator(f.indicatorId)!;
  return {
    indicatorId: f.indicatorId,
    name: indicator.name[lang] ?? indicator.name.fi,
    unit: indicator.unit,
    year: f.year,
    value: f.value,
    nearestYear: f.nearestYear,
    areaDivision: f.areaDivision,
    areaCode: f.areaCode,
    mapping: f.mapping,
    sourceId: f.sourceId,
  };
}

const namesIn = (registry: MunicipalityRegistry, code: string, division: number) =>
  registry.nameOn(code, `${division}-01-01`) ?? { fi: code, sv: code };

function memberView(
  m: ComparisonMember,
  registry: MunicipalityRegistry,
  division: number,
  lang: Language,
) {
  return { ...m, ...named(namesIn(registry, m.code, division), lang) };
}

const CSV_STATS = ['value', 'min', 'q1', 'median', 'q3', 'max', 'n', 'rank'] as const;

// ---- routes -------------------------------------------------------------------------------

export function comparisonRoutes({
  store,
  registry,
  classifications = municipalityClassifications,
}: AppDeps) {
  const figureStore = createFigureStore(store.db);
  let comparator: Comparator | undefined;
  /** The catalogue (read once) and, by key, the series a request needs beside the population. */
  const figuresFor = async (
    year: number | undefined,
    indicatorIds: (figures: FigureIndex) => readonly string[],
  ) => {
    const loaded = await figureStore.catalogue();
    const figures = loaded.index;
    comparator ??= createComparator({ registry, classifications, figures });
    if (year !== undefined) {
      // Comparison groups by size need the population series nearest the year.
      const population = figures.nearestYear(POPULATION_INDICATOR, year);
      const ids = indicatorIds(figures);
      await figureStore.load([
        ...ids.map((id) => [id, year] as const),
        ...(population === null ? [] : [[POPULATION_INDICATOR, population] as const]),
      ]);
    }
    const years = figures.table.indicators.flatMap((i) => i.coverage.map((c) => c.year));
    return {
      figures,
      comparator,
      sources: new Map(figures.table.sources.map((s) => [s.id, s])),
      attribution: { text: loaded.attribution, figuresVersion: figures.table.version },
      first: Math.min(...years),
      last: Math.max(...years),
    };
  };
  const known = (code: string) => {
    if (!registry.get(code))
      throw new ProblemError('not-found', {
        detail: 'No municipality has this code in Statistics Finland’s classifications.',
      });
  };

  return router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/indicators',
        tags,
        summary: 'The indicator catalogue',
        description:
          'Every indicator with its names (fi/sv/en), unit, definition, the years held with the area division and source of each, publisher, licence and caveat.',
        request: { query: z.object({ lang: LangQuery }) },
        responses: {
          200: json(
            z
              .object({ data: z.array(IndicatorSchema), attribution: Attribution })
              .openapi('IndicatorList'),
            'The indicators, in catalogue order.',
          ),
          ...readErrors,
        },
      }),
      async (c) => {
        const { figures, sources, attribution } = await figuresFor(undefined, () => []);
        return read(c, {
          data: figures.table.indicators.map((i) => indicatorView(i, sources, c.get('lang'))),
          attribution,
        });
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/municipalities/{code}/figures',
        tags,
        summary: 'A municipality’s figures for a year',
        description:
          'One figure per indicator (or those asked for). Values follow the area division of their source; a municipality merged away by then answers with its successor’s value, marked `mapping: successor`. A year without data answers `value: null` with `nearestYear`.',
        request: {
          params: z.object({ code: Code }),
          query: z.object({
            year: Year,
            indicators: IndicatorList.optional(),
            lang: LangQuery,
          }),
        },
        responses: {
          200: json(
            z
              .object({
                data: z.object({
                  code: z.string(),
                  year: z.number().int(),
                  figures: z.array(FigureSchema),
                }),
                attribution: Attribution,
              })
              .openapi('FigureList'),
            'The figures.',
          ),
          ...readErrors,
        },
      }),
      async (c) => {
        const { code } = c.req.valid('param');
        const { year, indicators } = c.req.valid('query');
        known(code);
        let ids: string[] | undefined;
        const { figures, attribution } = await figuresFor(year, (figures) => {
          ids = indicators ? indicatorsOf(figures, indicators).map((i) => i.id) : undefined;
          return ids ?? figures.table.indicators.map((i) => i.id);
        });
        const found = municipalityFigures(figures, registry, code, year, ids);
        return read(c, {
          data: { code, year, figures: found.map((f) => figureView(f, figures, c.get('lang'))) },
          attribution,
        });
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/municipalities/{code}/comparables',
        tags,
        summary: 'Comparable municipalities (vertailukunnat)',
        description:
          'The municipalities sharing the criteria in `by` with this one, itself included, in the area division of `indicator`’s figures for `year` (without `indicator`: the division of 1 January of `year`). The method says which classification and population year made the group; municipalities whose attributes are unknown are listed in `unplaced`.',
        request: {
          params: z.object({ code: Code }),
          query: z.object({
            year: Year,
            by: By,
            indicator: z
              .string()
              .max(60)
              .regex(/^[a-z0-9_]+$/)
              .optional()
              .openapi({
                param: { name: 'indicator', in: 'query' },
                description: 'Whose area division the group is in.',
                example: 'employment_rate_pct',
              }),
            lang: LangQuery,
          }),
        },
        responses: {
          200: json(
            z
              .object({
                data: z.object({
                  code: z.string(),
                  areaCode: z.string().nullable(),
                  year: z.number().int(),
                  method: Method,
                  subject: Member.nullable(),
                  members: z.array(Member),
                  unplaced: z.array(
                    z.object({
                      code: z.string(),
                      reason: z.enum(['not-in-classification', 'no-population']),
                    }),
                  ),
                }),
                attribution: Attribution,
              })
              .openapi('Comparables'),
            'The comparison group and its method.',
          ),
          ...readErrors,
        },
      }),
      async (c) => {
        const { code } = c.req.valid('param');
        const { year, by, indicator } = c.req.valid('query');
        known(code);
        const { figures, comparator, attribution, first, last } = await figuresFor(year, (f) =>
          indicator ? [indicatorsOf(f, indicator)[0]!.id] : [],
        );
        const division = indicator
          ? (figures.series(indicatorsOf(figures, indicator)[0]!.id, year)?.areaDivision ?? year)
          : year;
        if (year < first || year > last)
          throw new ProblemError('bad-request', {
            detail: `Comparison groups are made for the years the figures cover, ${first}–${last}.`,
            invalidParams: ['year'],
          });
        const group = comparator.group(code, year, division, criteriaOf(by));
        const lang = c.get('lang');
        return read(c, {
          data: {
            code,
            areaCode: group.areaCode,
            year,
            method: group.method,
            subject: group.subject ? memberView(group.subject, registry, division, lang) : null,
            members: group.members.map((m) => memberView(m, registry, division, lang)),
            unplaced: group.unplaced,
          },
          attribution,
        });
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/periods/{periodId}/comparison',
        tags,
        summary: 'A period’s members against their comparison groups',
        description:
          'For each member and indicator: its value beside its own comparison group’s minimum, quartiles, median, maximum and its rank. Each indicator carries its area division and method. `format=csv`: one line per member after a header line; the attribution is in the `Attribution` header.',
        request: {
          params: z.object({ periodId: pathParam('periodId', 'uso-4') }),
          query: z.object({
            year: Year,
            indicators: IndicatorList,
            by: By,
            format: z
              .enum(['json', 'csv'])
              .default('json')
              .openapi({ param: { name: 'format', in: 'query' } }),
            lang: LangQuery,
          }),
        },
        responses: {
          200: {
            description: 'The comparison.',
            content: {
              'application/json': {
                schema: z
                  .object({
                    data: z.object({
                      periodId: z.string(),
                      year: z.number().int(),
                      criteria: z.array(z.enum(COMPARISON_CRITERIA)),
                      methods: z.array(Method),
                      indicators: z.array(
                        z.object({
                          id: z.string(),
                          name: z.string(),
                          unit: z.string(),
                          year: z.number().int(),
                          areaDivision: z.number().int().nullable(),
                          nearestYear: z.number().int().nullable(),
                          sourceId: z.string().nullable(),
                          method: z.number().int().nullable().openapi({
                            description:
                              'How the groups were made: an index into `methods` (indicators of one area division share one). Null when the year has no series.',
                          }),
                          groups: z.array(GroupStatistics),
                        }),
                      ),
                      members: z.array(
                        z.object({
                          code: z.string(),
                          names: LocalizedText,
                          name: z.string(),
                          cells: z.array(Cell),
                        }),
                      ),
                    }),
                    attribution: Attribution,
                  })
                  .openapi('PeriodComparison'),
              },
              'text/csv': { schema: z.string() },
            },
          },
          ...readErrors,
        },
      }),
      async (c) => {
        const { periodId } = c.req.valid('param');
        const { year, indicators: list, by, format } = c.req.valid('query');
        let indicators: Indicator[] = [];
        const { figures, comparator, attribution } = await figuresFor(year, (figures) => {
          indicators = indicatorsOf(figures, list);
          return indicators.map((i) => i.id);
        });
        const criteria = criteriaOf(by);
        // Two indexed reads: the period (primary key) and its members (the participations key).
        const period = await store.db
          .prepare('SELECT start_date FROM periods WHERE id = ? AND deleted_at IS NULL')
          .bind(periodId)
          .first<{ start_date: string }>();
        if (!period) throw new ProblemError('not-found', { detail: 'No such period.' });
        const { results: rows } = await store.db
          .prepare(
            'SELECT municipality_code AS code FROM participations WHERE period_id = ? ORDER BY municipality_code',
          )
          .bind(periodId)
          .all<{ code: string }>();
        const lang = c.get('lang');
        // Members of one comparison group share its statistics: each group is written once per
        // indicator, and a cell names it by index (the answer is a third of its former size).
        type Statistics = z.infer<typeof GroupStatistics>;
        const groups = indicators.map(() => new Map<unknown, number>());
        const statistics = indicators.map((): Statistics[] => []);
        const languages = new Set<Language>();
        const members = rows.map(({ code }) => {
          const member = named(
            registry.nameOn(code, period.start_date) ?? { fi: code, sv: code },
            lang,
          );
          languages.add(member.nameLanguage);
          return {
            code,
            ...member,
            cells: indicators.map((indicator, column) => {
              const r = comparator.compare(code, indicator.id, year, criteria);
              let group: number | null = null;
              if (r.group && r.group.members.length > 0) {
                // The comparator hands out one members array per group; an equal group that
                // arrived as another array would only be written twice, never wrongly shared.
                group = groups[column]!.get(r.group.members) ?? null;
                if (group === null) {
                  group = statistics[column]!.length;
                  groups[column]!.set(r.group.members, group);
                  statistics[column]!.push({
                    groupSize: r.group.members.length,
                    n: r.summary?.n ?? 0,
                    min: r.summary?.min ?? null,
                    q1: r.summary?.q1 ?? null,
                    median: r.summary?.median ?? null,
                    q3: r.summary?.q3 ?? null,
                    max: r.summary?.max ?? null,
                  });
                }
              }
              return {
                value: r.figure.value,
                areaCode: r.figure.areaCode,
                mapping: r.figure.mapping,
                group,
                rank: r.rank,
              };
            }),
          };
        });
        const methods: ComparisonMethod[] = [];
        const methodOf = (areaDivision: number) => {
          const method = comparator.method(year, areaDivision, criteria);
          const at = methods.indexOf(method);
          return at >= 0 ? at : methods.push(method) - 1;
        };
        const columns = indicators.map((indicator, column) => {
          const series = figures.series(indicator.id, year);
          return {
            id: indicator.id,
            name: indicator.name[lang] ?? indicator.name.fi,
            unit: indicator.unit,
            year,
            areaDivision: series?.areaDivision ?? null,
            nearestYear: series ? null : figures.nearestYear(indicator.id, year),
            sourceId: series?.sourceId ?? null,
            method: series ? methodOf(series.areaDivision) : null,
            groups: statistics[column]!,
          };
        });
        if (format === 'csv') {
          const header = [
            'municipality_code',
            'name',
            ...indicators.flatMap((i) => CSV_STATS.map((s) => `${i.id}.${s}`)),
          ];
          const csv = toCsv(
            header,
            members.map((m) => {
              const record: Record<string, string | undefined> = {
                municipality_code: m.code,
                name: m.name,
              };
              m.cells.forEach((cell, column) => {
                const group = cell.group === null ? undefined : statistics[column]![cell.group];
                for (const s of CSV_STATS) {
                  const v =
                    s === 'value' ? cell.value : s === 'rank' ? cell.rank : (group?.[s] ?? null);
                  record[`${indicators[column]!.id}.${s}`] = v === null ? undefined : String(v);
                }
              });
              return record;
            }),
          );
          c.header('cache-control', PUBLIC_CACHE_CONTROL);
          c.header('vary', 'Accept, Accept-Language');
          c.header('content-language', lang);
          c.header('attribution', attribution.text.en);
          c.header('link', '</v1/indicators>; rel="describedby"');
          c.header(
            'content-disposition',
            `attachment; filename="verkosto-${periodId}-comparison-${year}.csv"`,
          );
          return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8' }) as never;
        }
        return read(
          c,
          {
            data: { periodId, year, criteria, methods, indicators: columns, members },
            attribution,
          },
          [...languages],
        );
      },
    );
}
