import { createRoute } from '@hono/zod-openapi';
import {
  type Activity,
  activitiesToICalendar,
  type Language,
  type Programme,
  programmeProgress,
} from '@verkosto/core';
import { ActivitySchema, activityIdOf, ProgrammeSchema } from '@verkosto/validation';
import * as z from 'zod';
import type { AppServices } from '../env.ts';
import { json, readErrors, router, SECURITY } from '../http/openapi-kit.ts';
import { cursorKey, keysetPage } from '../http/pagination.ts';
import { itemEtag, requiredIfMatch } from '../http/preconditions.ts';
import { ProblemError } from '../http/problem.ts';
import { read } from '../http/read.ts';
import { PUBLIC_CACHE_CONTROL } from '../http/response-cache.ts';
import { KindProgress, LangQuery, list, one, PageQuery, pathParam } from '../schemas.ts';
import { activityKey } from '../store/reads.ts';
import type { Change } from '../store/writes.ts';
import { kindName } from '../views.ts';
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

/**
 * What a network does: a period's activities (paged, filtered), each activity, the period's
 * programme against what was held, and its calendar feed; and their writes, with the guarantees
 * every write has (roles, networks, If-Match, audit, problems, the write limiter).
 */

const tags = ['Activities'];
const security = SECURITY;
const periodId = pathParam('periodId', 'uso-5');
const activityId = pathParam('activityId', 'uso-5-2019-03-05-aloitusseminaari');
const IsoDateQuery = (name: string, description: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .openapi({ param: { name, in: 'query' }, description, example: '2019-01-01' });

const LocalizedText = z.object({
  fi: z.string(),
  sv: z.string().optional(),
  en: z.string().optional(),
});

export const ActivityView = z
  .object({
    id: z.string(),
    periodId: z.string(),
    kind: z.string(),
    kindName: z.string().openapi({
      description:
        'The kind in the negotiated language; the slug for a kind Verkosto does not know.',
    }),
    status: z.enum(['planned', 'held', 'cancelled']),
    title: LocalizedText,
    description: LocalizedText.optional(),
    start: z.string().openapi({
      description: 'A whole day `YYYY-MM-DD`, or a Helsinki wall-clock time `YYYY-MM-DDTHH:MM`.',
      example: '2019-03-05T10:00',
    }),
    end: z.string().openapi({ example: '2019-03-05T16:00' }),
    themeIds: z.array(z.string()),
    municipalityCode: z.string().optional(),
    participantCount: z.number().int().optional(),
    sources: z.array(z.string()),
  })
  .openapi('Activity');

const PlannedCountView = z.object({
  kind: z.string(),
  count: z.number().int().optional(),
  per: z.enum(['period', 'year']),
  statedAs: z.string().optional(),
  sources: z.array(z.string()),
});
export const ProgrammeView = z
  .object({
    periodId: z.string(),
    exists: z.boolean().openapi({ description: 'Whether the period has a programme on record.' }),
    planned: z.array(PlannedCountView),
    workshopQuota: z
      .object({
        count: z.number().int(),
        per: z.enum(['period', 'year']),
        statedAs: z.string().optional(),
        sources: z.array(z.string()),
      })
      .nullable(),
    sources: z.array(z.string()),
    progress: z
      .array(KindProgress)
      .openapi({ description: 'Planned against held for each kind, the period counted whole.' }),
  })
  .openapi('ProgrammeProgress');

export const activityView = (a: Activity, lang: Language) => ({
  ...a,
  kindName: kindName(a.kind, lang),
});

function programmeView(
  period: { id: string; startDate: string; endDate: string },
  programme: Programme | undefined,
  activities: readonly Activity[],
  lang: Language,
) {
  return {
    periodId: period.id,
    exists: programme !== undefined,
    planned: programme?.planned ?? [],
    workshopQuota: programme?.workshopQuota ?? null,
    sources: programme?.sources ?? [],
    progress: programmeProgress(period, programme, activities).map((row) => ({
      ...row,
      kindName: kindName(row.kind, lang),
    })),
  };
}

const ActivityBody = ActivitySchema.omit({ periodId: true }).partial({
  id: true,
  status: true,
  themeIds: true,
  sources: true,
});
const ActivityPatch = patchOf(ActivitySchema.omit({ id: true, periodId: true }));
const ProgrammeBody = ProgrammeSchema.omit({ periodId: true });

export function activityRoutes(deps: AppServices) {
  const { store, registry } = deps;
  const { reads } = store;
  const clock = deps.clock ?? (() => new Date());

  const livePeriod = async (id: string) => {
    const found = await reads.livePeriod(id);
    if (!found) throw new ProblemError('not-found', { detail: 'No such period.' });
    return found.entity;
  };

  const { respond, removed } = writer(deps);

  const shownActivity = async (id: string, lang: Language) =>
    activityView((await reads.activity(id))!.entity, lang);
  const shownProgramme = async (id: string, lang: Language) => {
    const period = await livePeriod(id);
    const [programme, activities] = await Promise.all([
      reads.programme(id),
      reads.periodActivities(id),
    ]);
    return programmeView(period, programme?.entity, activities, lang);
  };

  // Reads stay public; writes need an editor: app.ts guards EDITOR_WRITE_PATHS before the routes.
  return router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/periods/{periodId}/activities',
        tags,
        summary: 'The activities of a period, in programme order',
        description:
          'Seminars, meetings and each member’s municipal workshops, by start and id; filtered by kind, the workshop’s municipality, a theme and the first day (`from`, `to`, inclusive).',
        request: {
          params: z.object({ periodId }),
          query: z.object({
            kind: z
              .string()
              .regex(/^[a-z0-9-]+$/)
              .max(100)
              .optional()
              .openapi({ param: { name: 'kind', in: 'query' }, example: 'municipal-workshop' }),
            municipality: z
              .string()
              .regex(/^\d{3}$/)
              .optional()
              .openapi({ param: { name: 'municipality', in: 'query' }, example: '609' }),
            theme: z
              .string()
              .max(200)
              .optional()
              .openapi({ param: { name: 'theme', in: 'query' } }),
            from: IsoDateQuery('from', 'Activities that start on or after this day.'),
            to: IsoDateQuery('to', 'Activities that start on or before this day.'),
            ...PageQuery,
          }),
        },
        responses: {
          200: json(list(ActivityView, 'ActivityList'), 'The activities, by start and id.'),
          ...readErrors,
        },
      }),
      async (c) => {
        const { limit, cursor, kind, municipality, theme, from, to } = c.req.valid('query');
        const after = cursorKey(cursor);
        const period = await livePeriod(c.req.valid('param').periodId);
        const page = keysetPage(
          await reads.activitiesOf(
            period.id,
            { kind, municipality, theme, from, to },
            { limit, after },
          ),
          limit,
          activityKey,
        );
        return read(c, {
          ...page,
          data: page.data.map((a) => activityView(a, c.get('lang'))),
        });
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/periods/{periodId}/activities.ics',
        tags,
        summary: 'The activities of a period as a calendar feed (iCalendar)',
        description:
          'RFC 5545, for subscribing from Outlook and other calendar apps: times in Europe/Helsinki, whole days as dates, cancelled activities with STATUS:CANCELLED.',
        request: { params: z.object({ periodId }), query: z.object({ lang: LangQuery }) },
        responses: {
          200: {
            description: 'The calendar.',
            content: { 'text/calendar': { schema: z.string() } },
          },
          ...readErrors,
        },
      }),
      async (c) => {
        const period = await livePeriod(c.req.valid('param').periodId);
        const activities = await reads.periodActivities(period.id);
        const lang = c.get('lang');
        const calendar = activitiesToICalendar(activities, {
          name: period.label,
          now: clock(),
          uidDomain: new URL(c.req.url).hostname,
          language: lang,
          municipalityName: (code) => registry.get(code)?.name.fi,
        });
        c.header('cache-control', PUBLIC_CACHE_CONTROL);
        c.header('content-language', lang);
        c.header('content-disposition', `inline; filename="${period.id}.ics"`);
        return c.body(calendar, 200, { 'content-type': 'text/calendar; charset=utf-8' }) as never;
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/periods/{periodId}/programme',
        tags,
        summary: 'A period’s programme: planned against held, per kind',
        description:
          'The programme as its sources state it (counts per kind and each member’s workshop quota), and for each kind what the programme plans for the whole period against what was held, is booked and was cancelled.',
        request: { params: z.object({ periodId }), query: z.object({ lang: LangQuery }) },
        responses: {
          200: json(one(ProgrammeView, 'ProgrammeResponse'), 'The programme.'),
          ...readErrors,
        },
      }),
      async (c) => {
        const id = c.req.valid('param').periodId;
        const [programme, data] = await Promise.all([
          reads.programme(id),
          shownProgramme(id, c.get('lang')),
        ]);
        // The programme's version for If-Match; the progress, which activities decide, too.
        if (programme) c.header('etag', itemEtag(programme.version, c.get('lang'), data.progress));
        return read(c, { data });
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/activities/{activityId}',
        tags,
        summary: 'One activity',
        request: { params: z.object({ activityId }), query: z.object({ lang: LangQuery }) },
        responses: {
          200: json(one(ActivityView, 'ActivityResponse'), 'The activity.'),
          ...readErrors,
        },
      }),
      async (c) => {
        const found = await reads.activity(c.req.valid('param').activityId);
        if (!found) throw new ProblemError('not-found', { detail: 'No such activity.' });
        c.header('etag', itemEtag(found.version, c.get('lang')));
        return read(c, { data: activityView(found.entity, c.get('lang')) });
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/v1/periods/{periodId}/activities',
        tags,
        summary: 'Add an activity (a workshop is checked against its member’s quota)',
        description:
          'Without `id`, the id is made of the period, the first day, the Finnish title and the workshop’s municipality. `status` defaults to `planned`.',
        security,
        request: { params: z.object({ periodId }), ...jsonBody(ActivityBody) },
        responses: {
          201: json(written(ActivityView, 'ActivityWritten'), 'Added.'),
          ...writeResponses,
        },
      }),
      async (c) => {
        const period = c.req.valid('param').periodId;
        const input = c.req.valid('json') as Partial<Activity>;
        const entity = checked('activity', {
          status: 'planned',
          themeIds: [],
          sources: [],
          ...input,
          id:
            input.id ??
            activityIdOf(
              period,
              String(input.start),
              String(input.title?.fi),
              input.municipalityCode,
            ),
          periodId: period,
        });
        return respond(
          c,
          { op: 'create', kind: 'activity', entity },
          201,
          () => shownActivity(entity.id, c.get('lang')),
          `/v1/activities/${entity.id}`,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/v1/activities/{activityId}',
        tags,
        summary: 'Change an activity (report it held, move it, …)',
        security,
        request: {
          params: z.object({ activityId }),
          headers: ifMatchHeader,
          ...jsonBody(ActivityPatch),
        },
        responses: {
          200: json(written(ActivityView, 'ActivityUpdated'), 'Changed.'),
          ...writeResponses,
        },
      }),
      async (c) => {
        const id = c.req.valid('param').activityId;
        const ifMatch = requiredIfMatch(c);
        const before = await reads.activity(id);
        if (!before) throw new ProblemError('not-found', { detail: 'No such activity.' });
        const entity = checked('activity', mergePatch(before.entity, c.req.valid('json')));
        return respond(c, { op: 'update', kind: 'activity', id, entity, ifMatch }, 200, () =>
          shownActivity(id, c.get('lang')),
        );
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/v1/activities/{activityId}',
        tags,
        summary: 'Delete an activity',
        security,
        request: { params: z.object({ activityId }), headers: ifMatchHeader },
        responses: { 204: { description: 'Deleted.' }, ...writeResponses },
      }),
      (c) => removed(c, 'activity', c.req.valid('param').activityId),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/v1/periods/{periodId}/programme',
        tags,
        summary: 'Set a period’s programme',
        description:
          'Creates the programme, or replaces it: replacing needs If-Match with the ETag of GET …/programme.',
        security,
        request: {
          params: z.object({ periodId }),
          headers: z.object({
            'if-match': z
              .string()
              .optional()
              .openapi({
                param: { name: 'if-match', in: 'header' },
                description: 'The ETag you last read, when the period has a programme.',
              }),
          }),
          ...jsonBody(ProgrammeBody),
        },
        responses: {
          200: json(written(ProgrammeView, 'ProgrammeWritten'), 'Set.'),
          ...writeResponses,
        },
      }),
      async (c) => {
        const id = c.req.valid('param').periodId;
        const entity = checked('programme', {
          ...c.req.valid('json'),
          periodId: id,
        });
        const existing = await reads.programme(id);
        const change: Change<'programme'> = existing
          ? { op: 'update', kind: 'programme', id, entity, ifMatch: requiredIfMatch(c) }
          : { op: 'create', kind: 'programme', entity };
        return respond(c, change, 200, () => shownProgramme(id, c.get('lang')));
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/v1/periods/{periodId}/programme',
        tags,
        summary: 'Remove a period’s programme',
        security,
        request: { params: z.object({ periodId }), headers: ifMatchHeader },
        responses: { 204: { description: 'Removed.' }, ...writeResponses },
      }),
      (c) => removed(c, 'programme', c.req.valid('param').periodId),
    );
}
