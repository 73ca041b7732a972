import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../env.ts';
import { json, readErrors, router } from '../http/openapi-kit.ts';
import { itemEtag } from '../http/preconditions.ts';
import { ProblemError } from '../http/problem.ts';
import { read } from '../http/read.ts';
import { LangQuery, one, pathParam, ThemeWithLineage } from '../schemas.ts';
import { itemKey } from '../store/store.ts';
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
      const { dataset, versions } = await store.snapshot();
      const theme = dataset.themes.find((t) => t.id === c.req.valid('param').themeId);
      if (!theme) throw new ProblemError('not-found', { detail: 'No such theme.' });
      c.header('etag', itemEtag(versions.get(itemKey('theme', theme.id)) ?? 0, c.get('lang')));
      return read(c, { data: themeDetailView(theme, dataset, c.get('lang')) });
    },
  );
}
