import { createRoute } from '@hono/zod-openapi';
import { toIsoDate } from '@verkosto/core';
import { PeriodSchema } from '@verkosto/validation';
import * as z from 'zod';
import type { AppServices } from '../env.ts';
import { json, readErrors, router, SECURITY as security } from '../http/openapi-kit.ts';
import { cursorKey, keysetPage } from '../http/pagination.ts';
import { itemEtag, requiredIfMatch } from '../http/preconditions.ts';
import { ProblemError } from '../http/problem.ts';
import { read } from '../http/read.ts';
import { LangQuery, list, one, PageQuery, Period, pathParam, Theme } from '../schemas.ts';
import { periodView, themeView } from '../views.ts';
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

const tags = ['Periods'];
const periodId = pathParam('periodId', 'uso-4');
/** A period's body: its network comes from the path. */
const PeriodBody = PeriodSchema.omit({ networkId: true });

export function periodRoutes(deps: AppServices) {
  const { store, clock = () => new Date() } = deps;
  const { respond, removedOrPurged, current } = writer(deps);
  /** The written period as its GET shows it. */
  const shown = async (id: string) => {
    const found = await store.reads.period(id);
    if (!found) throw new ProblemError('not-found', { detail: 'No such period.' });
    return periodView(found.entity, found.counts, toIsoDate(clock()));
  };
  return (
    router()
      .openapi(
        createRoute({
          method: 'get',
          path: '/v1/periods/{periodId}',
          tags,
          summary: 'One period (toimikausi)',
          request: { params: z.object({ periodId }), query: z.object({ lang: LangQuery }) },
          responses: { 200: json(one(Period, 'PeriodResponse'), 'The period.'), ...readErrors },
        }),
        async (c) => {
          const found = await store.reads.period(c.req.valid('param').periodId);
          if (!found) throw new ProblemError('not-found', { detail: 'No such period.' });
          c.header('etag', itemEtag(found.version, c.get('lang')));
          return read(c, { data: periodView(found.entity, found.counts, toIsoDate(clock())) });
        },
      )
      .openapi(
        createRoute({
          method: 'get',
          path: '/v1/periods/{periodId}/themes',
          tags,
          summary: 'The themes (teemat) of a period',
          request: { params: z.object({ periodId }), query: z.object(PageQuery) },
          responses: { 200: json(list(Theme, 'ThemeList'), 'The themes, by id.'), ...readErrors },
        }),
        async (c) => {
          const { limit, cursor } = c.req.valid('query');
          const after = cursorKey(cursor);
          const id = c.req.valid('param').periodId;
          if (!(await store.reads.period(id)))
            throw new ProblemError('not-found', { detail: 'No such period.' });
          const page = keysetPage(
            await store.reads.themesOf(id, { limit, after }),
            limit,
            (t) => t.id,
          );
          return read(c, { ...page, data: page.data.map((t) => themeView(t, c.get('lang'))) });
        },
      )
      // Writes (an editor; see editorWrites).
      .openapi(
        createRoute({
          method: 'post',
          path: '/v1/networks/{networkId}/periods',
          tags,
          summary: 'Create a period',
          security,
          request: {
            params: z.object({ networkId: pathParam('networkId', 'uso') }),
            ...jsonBody(PeriodBody),
          },
          responses: { 201: json(written(Period, 'PeriodWritten'), 'Created.'), ...writeResponses },
        }),
        async (c) => {
          const entity = checked('period', {
            ...c.req.valid('json'),
            networkId: c.req.valid('param').networkId,
          });
          return respond(
            c,
            { op: 'create', kind: 'period', entity },
            201,
            () => shown(entity.id),
            `/v1/periods/${entity.id}`,
          );
        },
      )
      .openapi(
        createRoute({
          method: 'patch',
          path: '/v1/periods/{periodId}',
          tags,
          summary: 'Change a period',
          security,
          request: {
            params: z.object({ periodId: periodId }),
            headers: ifMatchHeader,
            ...jsonBody(patchOf(PeriodBody.omit({ id: true }))),
          },
          responses: { 200: json(written(Period, 'PeriodUpdated'), 'Changed.'), ...writeResponses },
        }),
        async (c) => {
          const id = c.req.valid('param').periodId;
          const ifMatch = requiredIfMatch(c);
          const before = await current('period', store.reads.period(id));
          const entity = checked('period', mergePatch(before, c.req.valid('json')));
          return respond(c, { op: 'update', kind: 'period', id, entity, ifMatch }, 200, () =>
            shown(id),
          );
        },
      )
      .openapi(
        createRoute({
          method: 'delete',
          path: '/v1/periods/{periodId}',
          tags,
          summary: 'Delete a period (restorable), or purge it for good (admins)',
          security,
          request: {
            params: z.object({ periodId: periodId }),
            headers: ifMatchHeader,
            query: purgeQuery,
          },
          responses: { 204: { description: 'Deleted.' }, ...writeResponses },
        }),
        (c) => removedOrPurged(c, 'period', c.req.valid('param').periodId),
      )
      .openapi(
        createRoute({
          method: 'post',
          path: '/v1/periods/{periodId}/restore',
          tags,
          summary: 'Restore a deleted period',
          security,
          request: { params: z.object({ periodId: periodId }), headers: ifMatchHeader },
          responses: {
            200: json(written(Period, 'PeriodRestored'), 'Restored.'),
            ...writeResponses,
          },
        }),
        async (c) => {
          const id = c.req.valid('param').periodId;
          return respond(
            c,
            { op: 'restore', kind: 'period', id, ifMatch: requiredIfMatch(c) },
            200,
            () => shown(id),
          );
        },
      )
  );
}
