import { createRoute, z } from '@hono/zod-openapi';
import { toCsv } from '@verkosto/core';
import { activitiesToCsv, MEMBER_COLUMNS, THEME_COLUMNS } from '@verkosto/validation';
import type { AppDeps } from '../env.ts';
import { readErrors, router } from '../http/openapi-kit.ts';
import { PUBLIC_CACHE_CONTROL } from '../http/response-cache.ts';

const join = (values: readonly string[] | undefined) => (values ?? []).join(';');

export function exportRoutes({ store, registry }: AppDeps) {
  return router().openapi(
    createRoute({
      method: 'get',
      path: '/v1/export',
      tags: ['Export'],
      summary: 'The whole dataset, in the shared format',
      description:
        'JSON: the dataset format (docs/dataset-format.md), activities and programmes included. CSV: the members form, or with `kind=themes` the themes form, or with `kind=activities` the activities form.',
      request: {
        query: z.object({
          format: z
            .enum(['json', 'csv'])
            .default('json')
            .openapi({ param: { name: 'format', in: 'query' } }),
          kind: z
            .enum(['members', 'themes', 'activities'])
            .default('members')
            .openapi({ param: { name: 'kind', in: 'query' }, description: 'With `format=csv`.' }),
        }),
      },
      responses: {
        200: {
          description: 'The dataset.',
          content: {
            'application/json': {
              schema: z
                .object({ formatVersion: z.literal(1) })
                .passthrough()
                .openapi('Dataset'),
            },
            'text/csv': { schema: z.string() },
          },
        },
        ...readErrors,
      },
    }),
    async (c) => {
      const { format, kind } = c.req.valid('query');
      // An export is the whole dataset by definition; the response cache keeps it per version.
      const dataset = await store.reads.dataset();
      c.header('cache-control', PUBLIC_CACHE_CONTROL);
      c.header('vary', 'Accept');
      if (format === 'json') {
        c.header('content-disposition', 'inline; filename="verkosto.dataset.json"');
        return c.json(dataset as never, 200) as never;
      }
      const csv =
        kind === 'activities'
          ? activitiesToCsv(dataset.activities ?? [])
          : kind === 'members'
            ? toCsv(
                MEMBER_COLUMNS,
                dataset.participations.map((p) => ({
                  period_id: p.periodId,
                  municipality_code: p.municipalityCode,
                  municipality_name: registry.get(p.municipalityCode)?.name.fi,
                  role: p.role,
                  joined_on: p.joinedOn,
                  left_on: p.leftOn,
                  sources: join(p.sources),
                })),
              )
            : toCsv(
                THEME_COLUMNS,
                dataset.themes.map((t) => ({
                  id: t.id,
                  period_id: t.periodId,
                  slug: t.slug,
                  name_fi: t.name.fi,
                  name_sv: t.name.sv,
                  name_en: t.name.en,
                  description_fi: t.description?.fi,
                  description_sv: t.description?.sv,
                  description_en: t.description?.en,
                  parent_id: t.parentId,
                  origin: t.origin,
                  continues_theme_id: t.continuesThemeId,
                  continues_inferred:
                    t.continuesInferred === undefined ? undefined : String(t.continuesInferred),
                  borrowed_from: t.borrowedFrom,
                  keywords: join(t.keywords),
                  sources: join(t.sources),
                })),
              );
      c.header('content-disposition', `attachment; filename="verkosto-${kind}.csv"`);
      return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8' }) as never;
    },
  );
}
