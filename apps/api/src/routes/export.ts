import { createRoute } from '@hono/zod-openapi';
import { activitiesToCsv, CSV_DIALECTS, membersToCsv, themesToCsv } from '@verkosto/validation';
import * as z from 'zod';
import type { AppDeps } from '../env.ts';
import { readErrors, router } from '../http/openapi-kit.ts';
import { PUBLIC_CACHE_CONTROL } from '../http/response-cache.ts';

export function exportRoutes({ store, registry }: AppDeps) {
  return router().openapi(
    createRoute({
      method: 'get',
      path: '/v1/export',
      tags: ['Export'],
      summary: 'The whole dataset, in the shared format',
      description:
        'JSON: the dataset format (`docs/dataset-format.md`), activities and programmes included. CSV: the members form, or with `kind=themes` the themes form, or with `kind=activities` the activities form; RFC 4180 by default, or with `dialect=excel-fi` as Excel in a Finnish locale opens it right (`;` separators, CRLF, a UTF-8 byte-order mark). The import reads both.',
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
          dialect: z
            .enum(Object.keys(CSV_DIALECTS) as [keyof typeof CSV_DIALECTS])
            .default('rfc4180')
            .openapi({
              param: { name: 'dialect', in: 'query' },
              description:
                'With `format=csv`: `rfc4180` (`,`, no byte-order mark) or `excel-fi` (`;`, CRLF and a UTF-8 byte-order mark, for Excel in a Finnish locale).',
            }),
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
      const { format, kind, dialect } = c.req.valid('query');
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
          ? activitiesToCsv(dataset.activities ?? [], { dialect })
          : kind === 'members'
            ? membersToCsv(dataset.participations, { registry, dialect })
            : themesToCsv(dataset.themes, { dialect });
      const suffix = dialect === 'excel-fi' ? '-excel' : '';
      c.header('content-disposition', `attachment; filename="verkosto-${kind}${suffix}.csv"`);
      return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8' }) as never;
    },
  );
}
