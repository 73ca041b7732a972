import { createRoute, z } from '@hono/zod-openapi';
import { networkInsights, toIsoDate } from '@verkosto/core';
import type { AppDeps } from '../env.ts';
import { json, readErrors, router } from '../http/openapi-kit.ts';
import { cursorKey, paginate } from '../http/pagination.ts';
import { itemEtag } from '../http/preconditions.ts';
import { ProblemError } from '../http/problem.ts';
import { read } from '../http/read.ts';
import {
  codeParam,
  LangQuery,
  list,
  one,
  PageQuery,
  Participant,
  Period,
  pathParam,
  Theme,
} from '../schemas.ts';
import { itemKey } from '../store/store.ts';
import { participantView, periodView, themeView } from '../views.ts';

const tags = ['Periods'];
const periodId = pathParam('periodId', 'uso-4');

export function periodRoutes({ store, registry, clock = () => new Date() }: AppDeps) {
  return router()
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
        const { dataset, versions } = await store.snapshot();
        const period = dataset.periods.find((p) => p.id === c.req.valid('param').periodId);
        if (!period) throw new ProblemError('not-found', { detail: 'No such period.' });
        c.header('etag', itemEtag(versions.get(itemKey('period', period.id)) ?? 0, c.get('lang')));
        return read(c, { data: periodView(period, dataset, toIsoDate(clock())) });
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
        const { dataset } = await store.snapshot();
        const id = c.req.valid('param').periodId;
        if (!dataset.periods.some((p) => p.id === id))
          throw new ProblemError('not-found', { detail: 'No such period.' });
        const themes = dataset.themes
          .filter((t) => t.periodId === id)
          .sort((a, b) => (a.id < b.id ? -1 : 1));
        const page = paginate(themes, (t) => t.id, limit, after);
        return read(c, { ...page, data: page.data.map((t) => themeView(t, c.get('lang'))) });
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/periods/{periodId}/participants',
        tags,
        summary: 'The member municipalities of a period',
        description:
          'With names, the region at the period’s start, and whether each is new or returning compared with the previous period.',
        request: { params: z.object({ periodId }), query: z.object(PageQuery) },
        responses: {
          200: json(list(Participant, 'ParticipantList'), 'The members, by municipality code.'),
          ...readErrors,
        },
      }),
      async (c) => {
        const { limit, cursor } = c.req.valid('query');
        const after = cursorKey(cursor);
        const { dataset } = await store.snapshot();
        const period = dataset.periods.find((p) => p.id === c.req.valid('param').periodId);
        if (!period) throw new ProblemError('not-found', { detail: 'No such period.' });
        const insight = networkInsights(dataset, registry, period.networkId).find(
          (i) => i.periodId === period.id,
        );
        const members = dataset.participations.filter((p) => p.periodId === period.id);
        const page = paginate(members, (p) => p.municipalityCode, limit, after);
        return read(c, {
          ...page,
          data: page.data.map((p) => participantView(p, period, insight, registry, c.get('lang'))),
        });
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/periods/{periodId}/participants/{code}',
        tags,
        summary: 'One member of a period',
        request: {
          params: z.object({ periodId, code: codeParam('609') }),
          query: z.object({ lang: LangQuery }),
        },
        responses: {
          200: json(one(Participant, 'ParticipantResponse'), 'The member.'),
          ...readErrors,
        },
      }),
      async (c) => {
        const { dataset, versions } = await store.snapshot();
        const { periodId: id, code } = c.req.valid('param');
        const period = dataset.periods.find((p) => p.id === id);
        const member =
          period &&
          dataset.participations.find((p) => p.periodId === id && p.municipalityCode === code);
        if (!period || !member)
          throw new ProblemError('not-found', {
            detail: period ? `Municipality ${code} is not a member of ${id}.` : 'No such period.',
          });
        const insight = networkInsights(dataset, registry, period.networkId).find(
          (i) => i.periodId === period.id,
        );
        c.header(
          'etag',
          itemEtag(versions.get(itemKey('participation', `${id}/${code}`)) ?? 0, c.get('lang')),
        );
        return read(c, { data: participantView(member, period, insight, registry, c.get('lang')) });
      },
    );
}
