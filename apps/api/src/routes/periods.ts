import { createRoute, z } from '@hono/zod-openapi';
import { toIsoDate } from '@verkosto/core';
import type { AppDeps } from '../env.ts';
import { json, readErrors, router } from '../http/openapi-kit.ts';
import { cursorKey, keysetPage } from '../http/pagination.ts';
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
import { workshopUseOf } from '../store/workshops.ts';
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
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/periods/{periodId}/participants',
        tags,
        summary: 'The member municipalities of a period',
        description:
          'With names, the region at the period’s start, whether each is new or returning compared with the previous period, and its municipal workshops against its quota.',
        request: { params: z.object({ periodId }), query: z.object(PageQuery) },
        responses: {
          200: json(list(Participant, 'ParticipantList'), 'The members, by municipality code.'),
          ...readErrors,
        },
      }),
      async (c) => {
        const { limit, cursor } = c.req.valid('query');
        const after = cursorKey(cursor);
        const found = await store.reads.period(c.req.valid('param').periodId);
        if (!found) throw new ProblemError('not-found', { detail: 'No such period.' });
        const period = found.entity;
        const page = keysetPage(
          await store.reads.participantsOf(period.id, { limit, after }),
          limit,
          (p) => p.municipalityCode,
        );
        const codes = page.data.map((p) => p.municipalityCode);
        const [previous, workshops] = page.data.length
          ? await Promise.all([
              store.reads.previousMembers(period),
              workshopUseOf(store.reads, registry, period, codes),
            ])
          : [undefined, new Map()];
        return read(c, {
          ...page,
          data: page.data.map((p) =>
            participantView(
              p,
              period,
              previous,
              registry,
              c.get('lang'),
              workshops.get(p.municipalityCode),
            ),
          ),
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
        const { periodId: id, code } = c.req.valid('param');
        const period = await store.reads.period(id);
        const member = period && (await store.reads.participant(id, code));
        if (!period || !member)
          throw new ProblemError('not-found', {
            detail: period ? `Municipality ${code} is not a member of ${id}.` : 'No such period.',
          });
        const [previous, workshops] = await Promise.all([
          store.reads.previousMembers(period.entity),
          workshopUseOf(store.reads, registry, period.entity, [code]),
        ]);
        c.header('etag', itemEtag(member.version, c.get('lang'), workshops.get(code)));
        return read(c, {
          data: participantView(
            member.entity,
            period.entity,
            previous,
            registry,
            c.get('lang'),
            workshops.get(code),
          ),
        });
      },
    );
}
