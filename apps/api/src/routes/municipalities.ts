import { createRoute, z } from '@hono/zod-openapi';
import { isIsoDate, LANGUAGE_STATUSES, toIsoDate } from '@verkosto/core';
import { REGISTRY_FIRST_DATE } from '@verkosto/data';
import type { AppDeps } from '../env.ts';
import { json, readErrors, router } from '../http/openapi-kit.ts';
import { cursorKey, paginate } from '../http/pagination.ts';
import { ProblemError } from '../http/problem.ts';
import { read } from '../http/read.ts';
import {
  LangQuery,
  list,
  Municipality,
  MunicipalityDetail,
  one,
  PageQuery,
  pathParam,
} from '../schemas.ts';
import { municipalityDetailView, municipalityView } from '../views.ts';

const tags = ['Municipalities'];

export function municipalityRoutes({ store, registry, clock = () => new Date() }: AppDeps) {
  return router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/municipalities',
        tags,
        summary: 'Municipalities that existed on a date',
        description:
          'Statistics Finland’s municipalities. `q` matches Finnish, Swedish and former names, ignoring case and accents (or a code); best matches first, else by code.',
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
        const { validOn, region, language, q, limit, cursor } = c.req.valid('query');
        const after = cursorKey(cursor);
        const date = validOn ?? toIsoDate(clock());
        // Before its first list the registry knows only the municipalities that outlived it:
        // answering would pass that partial list off as the whole.
        if (date < REGISTRY_FIRST_DATE)
          throw new ProblemError('bad-request', {
            detail: `validOn ${date} is before ${REGISTRY_FIRST_DATE}, the first day of the municipality registry (Statistics Finland's classifications 2008–2026); it cannot say which municipalities existed then.`,
            invalidParams: ['validOn'],
          });
        const found = registry
          .search(q ?? '', { validOn: date, ...(region ? { regionCode: region } : {}) })
          .filter((m) => !language || m.languageStatus === language);
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
          params: z.object({ code: pathParam('code', '588') }),
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
