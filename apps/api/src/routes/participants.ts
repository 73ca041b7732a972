import { createRoute } from '@hono/zod-openapi';
import { type Participation, participationKey } from '@verkosto/core';
import { ParticipationSchema } from '@verkosto/validation';
import type { Context } from 'hono';
import * as z from 'zod';
import type { AppEnv, AppServices } from '../env.ts';
import { json, readErrors, router, SECURITY as security } from '../http/openapi-kit.ts';
import { cursorKey, keysetPage } from '../http/pagination.ts';
import { itemEtag, requiredIfMatch } from '../http/preconditions.ts';
import { ProblemError } from '../http/problem.ts';
import { read } from '../http/read.ts';
import { codeParam, LangQuery, list, one, PageQuery, Participant, pathParam } from '../schemas.ts';
import { workshopUseOf } from '../store/workshops.ts';
import { participantView } from '../views.ts';
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

/** The member municipalities of a period (participations), read and written. */
const tags = ['Periods'];
const periodId = pathParam('periodId', 'uso-4');
/** A membership's body: its period comes from the path; the role defaults to kehittäjäkunta. */
const ParticipantBody = ParticipationSchema.omit({ periodId: true }).partial({
  role: true,
  sources: true,
});

export function participantRoutes(deps: AppServices) {
  const { store, registry } = deps;
  const { respond, removed, current } = writer(deps);
  /** The written member as its GET shows it. */
  async function shown(c: Context<AppEnv>, period: string, municipality: string) {
    const p = await store.reads.period(period);
    const member = p && (await store.reads.participant(period, municipality));
    if (!p || !member) throw new ProblemError('not-found', { detail: 'No such participation.' });
    const [previous, workshops] = await Promise.all([
      store.reads.previousMembers(p.entity),
      workshopUseOf(store.reads, registry, p.entity, [municipality]),
    ]);
    return participantView(
      member.entity,
      p.entity,
      previous,
      registry,
      c.get('lang'),
      workshops.get(municipality),
    );
  }
  return (
    router()
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
          // The workshops are decided by other rows: their fingerprint is in the ETag too.
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
      )
      // Writes (an editor; see editorWrites).
      .openapi(
        createRoute({
          method: 'post',
          path: '/v1/periods/{periodId}/participants',
          tags,
          summary: 'Add a member municipality',
          security,
          request: { params: z.object({ periodId }), ...jsonBody(ParticipantBody) },
          responses: {
            201: json(written(Participant, 'ParticipantWritten'), 'Added.'),
            ...writeResponses,
          },
        }),
        async (c) => {
          const period = c.req.valid('param').periodId;
          const entity = checked('participation', {
            role: 'kehittajakunta',
            sources: [],
            ...c.req.valid('json'),
            periodId: period,
          });
          return respond(
            c,
            { op: 'create', kind: 'participation', entity },
            201,
            () => shown(c, period, entity.municipalityCode),
            `/v1/periods/${period}/participants/${entity.municipalityCode}`,
          );
        },
      )
      .openapi(
        createRoute({
          method: 'patch',
          path: '/v1/periods/{periodId}/participants/{code}',
          tags,
          summary: 'Change a membership (role, dates, sources)',
          security,
          request: {
            params: z.object({ periodId, code: codeParam('609') }),
            headers: ifMatchHeader,
            ...jsonBody(patchOf(ParticipantBody.omit({ municipalityCode: true }))),
          },
          responses: {
            200: json(written(Participant, 'ParticipantUpdated'), 'Changed.'),
            ...writeResponses,
          },
        }),
        async (c) => {
          const { periodId: period, code: municipality } = c.req.valid('param');
          const id = participationKey({ periodId: period, municipalityCode: municipality });
          const ifMatch = requiredIfMatch(c);
          const before = await current<Participation>(
            'participation',
            store.reads
              .period(period)
              .then((p) => p && store.reads.participant(period, municipality)),
          );
          const entity = checked('participation', mergePatch(before, c.req.valid('json')));
          return respond(c, { op: 'update', kind: 'participation', id, entity, ifMatch }, 200, () =>
            shown(c, period, municipality),
          );
        },
      )
      .openapi(
        createRoute({
          method: 'delete',
          path: '/v1/periods/{periodId}/participants/{code}',
          tags,
          summary: 'Remove a member municipality',
          security,
          request: {
            params: z.object({ periodId, code: codeParam('609') }),
            headers: ifMatchHeader,
          },
          responses: { 204: { description: 'Removed.' }, ...writeResponses },
        }),
        (c) => {
          const { periodId: period, code } = c.req.valid('param');
          return removed(
            c,
            'participation',
            participationKey({ periodId: period, municipalityCode: code }),
          );
        },
      )
  );
}
