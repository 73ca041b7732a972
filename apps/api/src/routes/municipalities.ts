import { createRoute } from '@hono/zod-openapi';
import {
  isIsoDate,
  LANGUAGE_STATUSES,
  MUNICIPALITY_GROUPS,
  toIsoDate,
  yearOf,
} from '@verkosto/core';
import { municipalityClassifications, REGISTRY_FIRST_DATE } from '@verkosto/data';
import * as z from 'zod';
import type { AppDeps } from '../env.ts';
import { json, readErrors, router } from '../http/openapi-kit.ts';
import { cursorKey, paginate } from '../http/pagination.ts';
import { ProblemError } from '../http/problem.ts';
import { read } from '../http/read.ts';
import {
  codeParam,
  LangQuery,
  list,
  Municipality,
  MunicipalityDetail,
  one,
  PageQuery,
} from '../schemas.ts';
import { municipalityDetailView, municipalityView } from '../views.ts';

const tags = ['Municipalities'];

export function municipalityRoutes({
  store,
  registry,
  clock = () => new Date(),
  classifications = municipalityClassifications,
}: AppDeps) {
  return router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/municipalities',
        tags,
        summary: 'Municipalities that existed on a date',
        description:
          'Statistics Finland’s municipalities. `q` matches Finnish, Swedish and former names, ignoring case and accents (or a code); best matches first, else by code. `group` and `subregion` filter by the classification of `validOn`’s year, which must be one held (2019 or 2026): attributes are never carried to another year. `language` uses that classification too when held, else the latest language status.',
        request: {
          query: z.object({
            validOn: z
              .string()
              .refine(isIsoDate, 'A date YYYY-MM-DD')
              .optional()
              .openapi({
                param: { name: 'validOn', in: 'query' },
                description: `Defaults to today. From ${REGISTRY_FIRST_DATE}, the first day of Statistics Finland’s oldest classification in the registry; an earlier date is a 400, since the registry cannot say which municipalities existed then.`,
                example: '2019-01-01',
              }),
            region: z
              .string()
              .regex(/^\d{2}$/)
              .optional()
              .openapi({
                param: { name: 'region', in: 'query' },
                description: 'Region (maakunta) code as on `validOn`.',
                example: '01',
              }),
            language: z
              .enum(LANGUAGE_STATUSES)
              .optional()
              .openapi({
                param: { name: 'language', in: 'query' },
                description: 'Language status.',
              }),
            group: z
              .enum(MUNICIPALITY_GROUPS)
              .optional()
              .openapi({
                param: { name: 'group', in: 'query' },
                description: 'Statistics Finland’s municipality group (kuntaryhmitys).',
              }),
            subregion: z
              .string()
              .regex(/^\d{3}$/)
              .optional()
              .openapi({
                param: { name: 'subregion', in: 'query' },
                description: 'Sub-region (seutukunta) code.',
                example: '011',
              }),
            q: z
              .string()
              .max(100)
              .optional()
              .openapi({ param: { name: 'q', in: 'query' }, example: 'helsingfors' }),
            ...PageQuery,
          }),
        },
        responses: {
          200: json(list(Municipality, 'MunicipalityList'), 'The municipalities.'),
          ...readErrors,
        },
      }),
      async (c) => {
        const { validOn, region, language, group, subregion, q, limit, cursor } =
          c.req.valid('query');
        const after = cursorKey(cursor);
        const date = validOn ?? toIsoDate(clock());
        // Before its first list the registry knows only the municipalities that outlived it:
        // answering would pass that partial list off as the whole.
        if (date < REGISTRY_FIRST_DATE)
          throw new ProblemError('bad-request', {
            detail: `validOn ${date} is before ${REGISTRY_FIRST_DATE}, the first day of the municipality registry (Statistics Finland's classifications 2008–2026); it cannot say which municipalities existed then.`,
            invalidParams: ['validOn'],
          });
        const year = yearOf(date);
        const classification = classifications.of(year);
        if ((group || subregion) && !classification)
          throw new ProblemError('bad-request', {
            detail: `Municipality groups and sub-regions are held for the classification years ${classifications.years.join(' and ')}; validOn ${date} is in ${year}. Give a validOn in one of those years.`,
            invalidParams: [group ? 'group' : 'subregion'],
          });
        const attributes = (code: string) => classifications.attributes(code, year);
        const found = registry
          .search(q ?? '', { validOn: date, ...(region ? { regionCode: region } : {}) })
          .filter(
            (m) =>
              !language ||
              (classification ? attributes(m.code)?.languageStatus : m.languageStatus) === language,
          )
          .filter((m) => !group || attributes(m.code)?.group === group)
          .filter((m) => !subregion || attributes(m.code)?.subregionCode === subregion);
        // Ranked results page by rank position; a plain listing pages by code.
        const keyed = found.map((m, index) => ({
          m,
          key: q ? String(index).padStart(6, '0') : m.code,
        }));
        const page = paginate(keyed, (k) => k.key, limit, after);
        return read(c, {
          ...page,
          data: page.data.map((k) => municipalityView(k.m, c.get('lang'))),
        });
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/municipalities/{code}',
        tags,
        summary: 'One municipality, current or abolished',
        description: 'With its participation history and, if abolished, every successor.',
        request: {
          params: z.object({ code: codeParam('588') }),
          query: z.object({ lang: LangQuery }),
        },
        responses: {
          200: json(one(MunicipalityDetail, 'MunicipalityResponse'), 'The municipality.'),
          ...readErrors,
        },
      }),
      async (c) => {
        const m = registry.get(c.req.valid('param').code);
        if (!m)
          throw new ProblemError('not-found', {
            detail: 'No municipality has this code in Statistics Finland’s classifications.',
          });
        const memberships = await store.reads.membershipsOf(m.code);
        return read(c, { data: municipalityDetailView(m, memberships, registry, c.get('lang')) });
      },
    );
}
