import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../env.ts';
import { json, readErrors, router } from '../http/openapi-kit.ts';
import { itemEtag } from '../http/preconditions.ts';
import { ProblemError } from '../http/problem.ts';
import { read } from '../http/read.ts';
import { LangQuery, one, pathParam, ThemeWithLineage } from '../schemas.ts';
import { themeDetailView } from '../views.ts';

export function themeRoutes({ store }: AppDeps) {
  return router().openapi(
    createRoute({
      method: 'get',
      path: '/v1/themes/{themeId}',
      tags: ['Themes'],
      summary: 'One theme, with its sub-themes and lineage',
      description: 'Lineage: the earlier themes it continues and the later ones that continue it.',
      request: {
        params: z.object({ themeId: pathParam('themeId', 'uso-5-strateginen-johtaminen') }),
        query: z.object({ lang: LangQuery }),
      },
      responses: { 200: json(one(ThemeWithLineage, 'ThemeResponse'), 'The theme.'), ...readErrors },
    }),
    async (c) => {
      const found = await store.reads.theme(c.req.valid('param').themeId);
      if (!found) throw new ProblemError('not-found', { detail: 'No such theme.' });
      const [subThemes, lineage] = await Promise.all([
        store.reads.subThemes(found.entity.id),
        store.reads.lineage(found.entity),
      ]);
      c.header('etag', itemEtag(found.version, c.get('lang')));
      return read(c, { data: themeDetailView(found.entity, subThemes, lineage, c.get('lang')) });
    },
  );
}
