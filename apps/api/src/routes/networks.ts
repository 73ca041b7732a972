import { createRoute, z } from '@hono/zod-openapi';
import { toIsoDate } from '@verkosto/core';
import type { AppDeps } from '../env.ts';
import { json, readErrors, router } from '../http/openapi-kit.ts';
import { cursorKey, paginate } from '../http/pagination.ts';
import { itemEtag } from '../http/preconditions.ts';
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
import { itemKey } from '../store/store.ts';
import { insightsView, networkView, periodView } from '../views.ts';

const tags = ['Networks'];
const networkId = pathParam('networkId', 'uso');

export function networkRoutes({ store, registry, clock = () => new Date() }: AppDeps) {
  return router()
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
        const after = cursorKey(cursor);
        const { dataset } = await store.snapshot();
        const items = [...dataset.networks].sort((a, b) => (a.id < b.id ? -1 : 1));
        const page = paginate(items, (n) => n.id, limit, after);
        return read(c, {
          ...page,
          data: page.data.map((n) => networkView(n, dataset, c.get('lang'))),
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
        const { dataset, versions } = await store.snapshot();
        const network = dataset.networks.find((n) => n.id === c.req.valid('param').networkId);
        if (!network) throw new ProblemError('not-found', { detail: 'No such network.' });
        c.header(
          'etag',
          itemEtag(versions.get(itemKey('network', network.id)) ?? 0, c.get('lang')),
        );
        return read(c, { data: networkView(network, dataset, c.get('lang')) });
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
        const { dataset } = await store.snapshot();
        const id = c.req.valid('param').networkId;
        if (!dataset.networks.some((n) => n.id === id))
          throw new ProblemError('not-found', { detail: 'No such network.' });
        const key = (p: { ordinal: number }) => String(p.ordinal).padStart(6, '0');
        const periods = dataset.periods
          .filter((p) => p.networkId === id)
          .sort((a, b) => a.ordinal - b.ordinal);
        const page = paginate(periods, key, limit, after);
        const today = toIsoDate(clock());
        return read(c, { ...page, data: page.data.map((p) => periodView(p, dataset, today)) });
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/networks/{networkId}/insights',
        tags,
        summary: 'Per period: members, new and returning, regions, theme continuity',
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
        const { dataset } = await store.snapshot();
        const id = c.req.valid('param').networkId;
        if (!dataset.networks.some((n) => n.id === id))
          throw new ProblemError('not-found', { detail: 'No such network.' });
        return read(c, { data: insightsView(dataset, registry, id, c.get('lang')) });
      },
    );
}
