import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import type { AppDeps } from '../env.ts';
import { json, readErrors, router } from '../http/openapi-kit.ts';
import { cursorKey, keysetPage } from '../http/pagination.ts';
import { ProblemError } from '../http/problem.ts';
import { read } from '../http/read.ts';
import { list, one, PageQuery, pathParam, Source } from '../schemas.ts';

const tags = ['Sources'];

/**
 * The dataset's sources, so that a reader can check a fact by its `sources` ids and the admin
 * can offer them to attach. New sources come in with `POST /v1/import` (a dataset that holds
 * only them: import creates what is new and deletes nothing).
 */
export function sourceRoutes({ store }: AppDeps) {
  return router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/sources',
        tags,
        summary: 'Where the facts come from',
        description:
          'Every source the data cites, by id. Networks, periods, themes and members name theirs in `sources`.',
        request: { query: z.object(PageQuery) },
        responses: { 200: json(list(Source, 'SourceList'), 'The sources, by id.'), ...readErrors },
      }),
      async (c) => {
        const { limit, cursor } = c.req.valid('query');
        const page = keysetPage(
          await store.reads.sources({ limit, after: cursorKey(cursor) }),
          limit,
          (s) => s.entity.id,
        );
        return read(c, { ...page, data: page.data.map((s) => s.entity) });
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/sources/{sourceId}',
        tags,
        summary: 'One source',
        request: { params: z.object({ sourceId: pathParam('sourceId', 'kuntaliitto-uso-page') }) },
        responses: { 200: json(one(Source, 'SourceResponse'), 'The source.'), ...readErrors },
      }),
      async (c) => {
        const found = await store.reads.source(c.req.valid('param').sourceId);
        if (!found) throw new ProblemError('not-found', { detail: 'No such source.' });
        return read(c, { data: found.entity });
      },
    );
}
