import { createRoute } from '@hono/zod-openapi';
import { ThemeSchema } from '@verkosto/validation';
import * as z from 'zod';
import type { AppServices } from '../env.ts';
import { json, readErrors, router, SECURITY as security } from '../http/openapi-kit.ts';
import { itemEtag, requiredIfMatch } from '../http/preconditions.ts';
import { ProblemError } from '../http/problem.ts';
import { read } from '../http/read.ts';
import { LangQuery, one, pathParam, Theme, ThemeWithLineage } from '../schemas.ts';
import { themeDetailView, themeView } from '../views.ts';
import {
  checked,
  ifMatchHeader,
  jsonBody,
  mergePatch,
  patchOf,
  purgeQuery,
  writeResponses,
  writer,
  written,
} from './write-helpers.ts';

const tags = ['Themes'];
const themeId = pathParam('themeId', 'uso-5-strateginen-johtaminen');
/** A theme's body: its id is `<periodId>-<slug>`, its period comes from the path. */
const ThemeBody = ThemeSchema.omit({ id: true, periodId: true });

export function themeRoutes(deps: AppServices) {
  const { store } = deps;
  const { respond, removedOrPurged, current } = writer(deps);
  return (
    router()
      .openapi(
        createRoute({
          method: 'get',
          path: '/v1/themes/{themeId}',
          tags,
          summary: 'One theme, with its sub-themes and lineage',
          description:
            'Lineage: the earlier themes it continues and the later ones that continue it.',
          request: {
            params: z.object({ themeId }),
            query: z.object({ lang: LangQuery }),
          },
          responses: {
            200: json(one(ThemeWithLineage, 'ThemeResponse'), 'The theme.'),
            ...readErrors,
          },
        }),
        async (c) => {
          const found = await store.reads.theme(c.req.valid('param').themeId);
          if (!found) throw new ProblemError('not-found', { detail: 'No such theme.' });
          const [subThemes, lineage] = await Promise.all([
            store.reads.subThemes(found.entity.id),
            store.reads.lineage(found.entity),
          ]);
          c.header('etag', itemEtag(found.version, c.get('lang')));
          return read(c, {
            data: themeDetailView(found.entity, subThemes, lineage, c.get('lang')),
          });
        },
      )
      // Writes (an editor; see editorWrites).
      .openapi(
        createRoute({
          method: 'post',
          path: '/v1/periods/{periodId}/themes',
          tags,
          summary: 'Create a theme (its id is `<periodId>-<slug>`)',
          security,
          request: {
            params: z.object({ periodId: pathParam('periodId', 'uso-5') }),
            ...jsonBody(ThemeBody),
          },
          responses: { 201: json(written(Theme, 'ThemeWritten'), 'Created.'), ...writeResponses },
        }),
        async (c) => {
          const period = c.req.valid('param').periodId;
          const input = c.req.valid('json');
          const entity = checked('theme', {
            ...input,
            id: `${period}-${input.slug}`,
            periodId: period,
          });
          return respond(
            c,
            { op: 'create', kind: 'theme', entity },
            201,
            () => themeView(entity, c.get('lang')),
            `/v1/themes/${entity.id}`,
          );
        },
      )
      .openapi(
        createRoute({
          method: 'patch',
          path: '/v1/themes/{themeId}',
          tags,
          summary: 'Change a theme',
          security,
          request: {
            params: z.object({ themeId }),
            headers: ifMatchHeader,
            ...jsonBody(patchOf(ThemeBody.omit({ slug: true }))),
          },
          responses: { 200: json(written(Theme, 'ThemeUpdated'), 'Changed.'), ...writeResponses },
        }),
        async (c) => {
          const id = c.req.valid('param').themeId;
          const ifMatch = requiredIfMatch(c);
          const before = await current('theme', store.reads.theme(id));
          const entity = checked('theme', mergePatch(before, c.req.valid('json')));
          return respond(c, { op: 'update', kind: 'theme', id, entity, ifMatch }, 200, () =>
            themeView(entity, c.get('lang')),
          );
        },
      )
      .openapi(
        createRoute({
          method: 'delete',
          path: '/v1/themes/{themeId}',
          tags,
          summary: 'Delete a theme (restorable), or purge it for good (admins)',
          security,
          request: { params: z.object({ themeId }), headers: ifMatchHeader, query: purgeQuery },
          responses: { 204: { description: 'Deleted.' }, ...writeResponses },
        }),
        (c) => removedOrPurged(c, 'theme', c.req.valid('param').themeId),
      )
      .openapi(
        createRoute({
          method: 'post',
          path: '/v1/themes/{themeId}/restore',
          tags,
          summary: 'Restore a deleted theme',
          security,
          request: { params: z.object({ themeId }), headers: ifMatchHeader },
          responses: { 200: json(written(Theme, 'ThemeRestored'), 'Restored.'), ...writeResponses },
        }),
        async (c) => {
          const id = c.req.valid('param').themeId;
          return respond(
            c,
            { op: 'restore', kind: 'theme', id, ifMatch: requiredIfMatch(c) },
            200,
            async () => {
              const found = await store.reads.theme(id);
              if (!found) throw new ProblemError('not-found', { detail: 'No such theme.' });
              return themeView(found.entity, c.get('lang'));
            },
          );
        },
      )
  );
}
