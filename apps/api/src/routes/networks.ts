import { createRoute } from '@hono/zod-openapi';
import { type Language, toIsoDate } from '@verkosto/core';
import { NetworkSchema } from '@verkosto/validation';
import * as z from 'zod';
import type { AppServices } from '../env.ts';
import { json, readErrors, router, SECURITY as security } from '../http/openapi-kit.ts';
import { cursorKey, keysetPage } from '../http/pagination.ts';
import { itemEtag, requiredIfMatch } from '../http/preconditions.ts';
import { ProblemError } from '../http/problem.ts';
import { read } from '../http/read.ts';
import {
  LangQuery,
  list,
  Network,
  one,
  PageQuery,
  Period,
  PeriodInsight,
  pathParam,
} from '../schemas.ts';
import { insightsView, networkView, periodView } from '../views.ts';
import {
  checked,
  ifMatchHeader,
  jsonBody,
  mergePatch,
  patchOf,
  writeResponses,
  writer,
  written,
} from './write-helpers.ts';

const tags = ['Networks'];
const networkId = pathParam('networkId', 'uso');

export function networkRoutes(deps: AppServices) {
  const { store, registry, clock = () => new Date() } = deps;
  const { respond, removed, current } = writer(deps);
  /** The written network as its GET shows it. */
  const shown = async (id: string, lang: Language) => {
    const found = await store.reads.network(id);
    if (!found) throw new ProblemError('not-found', { detail: 'No such network.' });
    return networkView(found.entity, found.periodCount, lang);
  };
  return (
    router()
      .openapi(
        createRoute({
          method: 'get',
          path: '/v1/networks',
          tags,
          summary: 'Development networks',
          request: { query: z.object(PageQuery) },
          responses: {
            200: json(list(Network, 'NetworkList'), 'The networks, by id.'),
            ...readErrors,
          },
        }),
        async (c) => {
          const { limit, cursor } = c.req.valid('query');
          const page = keysetPage(
            await store.reads.networks({ limit, after: cursorKey(cursor) }),
            limit,
            (n) => n.entity.id,
          );
          return read(c, {
            ...page,
            data: page.data.map((n) => networkView(n.entity, n.periodCount, c.get('lang'))),
          });
        },
      )
      .openapi(
        createRoute({
          method: 'get',
          path: '/v1/networks/{networkId}',
          tags,
          summary: 'One network',
          request: { params: z.object({ networkId }), query: z.object({ lang: LangQuery }) },
          responses: { 200: json(one(Network, 'NetworkResponse'), 'The network.'), ...readErrors },
        }),
        async (c) => {
          const found = await store.reads.network(c.req.valid('param').networkId);
          if (!found) throw new ProblemError('not-found', { detail: 'No such network.' });
          c.header('etag', itemEtag(found.version, c.get('lang')));
          return read(c, { data: networkView(found.entity, found.periodCount, c.get('lang')) });
        },
      )
      .openapi(
        createRoute({
          method: 'get',
          path: '/v1/networks/{networkId}/periods',
          tags,
          summary: 'The periods (toimikaudet) of a network',
          request: { params: z.object({ networkId }), query: z.object(PageQuery) },
          responses: {
            200: json(list(Period, 'PeriodList'), 'The periods in order.'),
            ...readErrors,
          },
        }),
        async (c) => {
          const { limit, cursor } = c.req.valid('query');
          const after = cursorKey(cursor);
          const id = c.req.valid('param').networkId;
          if (!(await store.reads.network(id)))
            throw new ProblemError('not-found', { detail: 'No such network.' });
          // The cursor holds the last ordinal, zero-padded (as it always has).
          const ordinal = after === undefined ? undefined : Number(after);
          if (ordinal !== undefined && !Number.isInteger(ordinal))
            throw new ProblemError('bad-request', {
              detail: 'Invalid cursor.',
              invalidParams: ['cursor'],
            });
          const page = keysetPage(
            await store.reads.periodsOf(id, { limit, after: ordinal }),
            limit,
            (p) => String(p.entity.ordinal).padStart(6, '0'),
          );
          const today = toIsoDate(clock());
          return read(c, {
            ...page,
            data: page.data.map((p) => periodView(p.entity, p.counts, today)),
          });
        },
      )
      .openapi(
        createRoute({
          method: 'get',
          path: '/v1/networks/{networkId}/insights',
          tags,
          summary: 'Per period: members, new and returning, regions, theme continuity, activities',
          request: { params: z.object({ networkId }), query: z.object({ lang: LangQuery }) },
          responses: {
            200: json(
              z.object({ data: z.array(PeriodInsight) }).openapi('InsightsResponse'),
              'Insights per period, in order.',
            ),
            ...readErrors,
          },
        }),
        async (c) => {
          const id = c.req.valid('param').networkId;
          if (!(await store.reads.network(id)))
            throw new ProblemError('not-found', { detail: 'No such network.' });
          // Insights aggregate one network: its periods, themes and members, nothing else.
          const data = await store.reads.networkData(id);
          return read(c, { data: insightsView(data, registry, id, c.get('lang')) });
        },
      )
      // Writes (an editor; see editorWrites).
      .openapi(
        createRoute({
          method: 'post',
          path: '/v1/networks',
          tags,
          summary: 'Create a network',
          security,
          request: jsonBody(NetworkSchema),
          responses: {
            201: json(written(Network, 'NetworkWritten'), 'Created.'),
            ...writeResponses,
          },
        }),
        async (c) => {
          const entity = checked('network', c.req.valid('json'));
          return respond(
            c,
            { op: 'create', kind: 'network', entity },
            201,
            () => shown(entity.id, c.get('lang')),
            `/v1/networks/${entity.id}`,
          );
        },
      )
      .openapi(
        createRoute({
          method: 'patch',
          path: '/v1/networks/{networkId}',
          tags,
          summary: 'Change a network',
          security,
          request: {
            params: z.object({ networkId }),
            headers: ifMatchHeader,
            ...jsonBody(patchOf(NetworkSchema.omit({ id: true }))),
          },
          responses: {
            200: json(written(Network, 'NetworkUpdated'), 'Changed.'),
            ...writeResponses,
          },
        }),
        async (c) => {
          const id = c.req.valid('param').networkId;
          const ifMatch = requiredIfMatch(c);
          const before = await current('network', store.reads.network(id));
          const entity = checked('network', mergePatch(before, c.req.valid('json')));
          return respond(c, { op: 'update', kind: 'network', id, entity, ifMatch }, 200, () =>
            shown(id, c.get('lang')),
          );
        },
      )
      .openapi(
        createRoute({
          method: 'delete',
          path: '/v1/networks/{networkId}',
          tags,
          summary: 'Delete a network that has no periods',
          security,
          request: { params: z.object({ networkId }), headers: ifMatchHeader },
          responses: { 204: { description: 'Deleted.' }, ...writeResponses },
        }),
        (c) => removed(c, 'network', c.req.valid('param').networkId),
      )
  );
}
