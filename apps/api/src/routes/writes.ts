import { createRoute, z } from '@hono/zod-openapi';
import { type Language, type Participation, participationKey, toIsoDate } from '@verkosto/core';
import {
  NetworkSchema,
  ParticipationSchema,
  PeriodSchema,
  ThemeSchema,
  validateEntity,
} from '@verkosto/validation';
import type { Context } from 'hono';
import { requireRole } from '../auth/middleware.ts';
import { actorOf } from '../auth/roles.ts';
import type { AppEnv, AppServices } from '../env.ts';
import { json, router, SECURITY, writeErrors } from '../http/openapi-kit.ts';
import { itemEtag, requiredIfMatch } from '../http/preconditions.ts';
import { ProblemError } from '../http/problem.ts';
import { codeParam, Network, Participant, Period, pathParam, Theme } from '../schemas.ts';
import { workshopUseOf } from '../store/workshops.ts';
import { applyChange, type Change, type WritableKind } from '../store/writes.ts';
import { networkView, participantView, periodView, themeView } from '../views.ts';

const security = SECURITY;
export const ifMatchHeader = z.object({
  'if-match': z
    .string()
    .optional()
    .openapi({
      param: { name: 'if-match', in: 'header', required: true },
      description: 'The ETag you last read (`*` for any).',
    }),
});
export const writeResponses = {
  ...writeErrors,
  409: {
    description: 'It already exists, or other data depends on it (problem `/problems/conflict`).',
    content: writeErrors[400].content,
  },
  412: {
    description:
      'If-Match is stale: someone else changed it. The current ETag is in the ETag header.',
    content: writeErrors[400].content,
  },
  428: { description: 'If-Match is missing.', content: writeErrors[400].content },
} as const;
export const Warnings = z
  .array(
    z.object({
      code: z.string(),
      path: z.string(),
      severity: z.string(),
      message: z.object({ fi: z.string(), en: z.string() }),
    }),
  )
  .openapi({
    description:
      'What the write leaves for a person to look at; `missing_source` (at `/sources`) when it names no source.',
  });

type AnyObject = z.ZodObject<z.ZodRawShape>;

/** A PATCH body: every field optional; `null` removes an optional field (JSON merge patch). */
export function patchOf(schema: AnyObject) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    shape[key] = (field as z.ZodType).isOptional()
      ? (field as z.ZodType).nullable()
      : (field as z.ZodType).optional();
  }
  return z.strictObject(shape);
}

export function mergePatch<T extends object>(current: T, patch: object): T {
  const merged: Record<string, unknown> = { ...(current as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return merged as T;
}

/** The full entity must still be valid after a merge (the body alone was checked as a patch). */
export function checked<
  K extends 'network' | 'period' | 'theme' | 'participation' | 'activity' | 'programme',
>(kind: K, entity: unknown) {
  const report = validateEntity(kind, entity);
  if (!report.ok)
    throw new ProblemError('bad-request', {
      detail: 'The result would be invalid.',
      issues: report.issues,
    });
  return report.dataset!;
}

export const body = (schema: z.ZodType) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});

/** Every write response's declared schema, by its OpenAPI name: a test checks each response. */
export const WRITE_RESPONSE_SCHEMAS = new Map<string, z.ZodType>();

export function writeRoutes(deps: AppServices) {
  const { store, registry } = deps;
  const clock = deps.clock ?? (() => new Date());
  const editor = requireRole(deps, 'editor');
  const admin = requireRole(deps, 'admin');

  /** Runs a change and answers with the item as GET shows it, its ETag and any warnings. */
  async function respond(
    c: Context<AppEnv>,
    change: Change,
    status: 200 | 201,
    view: () => Promise<unknown>,
    location?: string,
  ) {
    const result = await applyChange(store, registry, actorOf(c.get('principal')!), change);
    // The entity's own warnings (`missing_source`) come from validation's entity rules.
    const own =
      'entity' in change
        ? validateEntity(change.kind, change.entity).issues.filter((i) => i.severity === 'warning')
        : [];
    const lang = c.get('lang');
    c.header('etag', itemEtag(result.version, lang));
    c.header('cache-control', 'no-store');
    if (location) c.header('location', location);
    return c.json({ data: await view(), warnings: [...own, ...result.warnings] }, status) as never;
  }

  /** The live item a PATCH starts from. */
  const current = async <T>(
    kind: WritableKind,
    found: Promise<{ entity: T } | null | undefined>,
  ): Promise<T> => {
    const item = await found;
    if (!item) throw new ProblemError('not-found', { detail: `No such ${kind}.` });
    return item.entity;
  };
  const { reads } = store;
  /** The written item as its GET shows it (the write's own response). */
  const shown = {
    network: async (id: string, lang: Language) => {
      const n = (await reads.network(id))!;
      return networkView(n.entity, n.periodCount, lang);
    },
    period: async (id: string) => {
      const p = (await reads.period(id))!;
      return periodView(p.entity, p.counts, toIsoDate(clock()));
    },
    theme: async (id: string, lang: Language) => themeView((await reads.theme(id))!.entity, lang),
  };
  /** Soft delete with If-Match; with `?purge=true`, admins delete for good. */
  async function deleteOrPurge(c: Context<AppEnv>, kind: 'period' | 'theme', id: string) {
    const actor = actorOf(c.get('principal')!);
    if (c.req.query('purge') === 'true') {
      await admin(c, async () => {});
      await applyChange(store, registry, actor, { op: 'purge', kind, id });
    } else {
      await applyChange(store, registry, actor, {
        op: 'delete',
        kind,
        id,
        ifMatch: requiredIfMatch(c),
      });
    }
  }

  const NetworkBody = NetworkSchema;
  const PeriodBody = PeriodSchema.omit({ networkId: true });
  const ThemeBody = ThemeSchema.omit({ id: true, periodId: true });
  const ParticipantBody = ParticipationSchema.omit({ periodId: true }).partial({
    role: true,
    sources: true,
  });

  const networkId = pathParam('networkId', 'uso');
  const periodId = pathParam('periodId', 'uso-5');
  const themeId = pathParam('themeId', 'uso-5-kukoistava-kunta');
  const code = codeParam('091');
  const purge = z.object({
    purge: z
      .enum(['true', 'false'])
      .optional()
      .openapi({ param: { name: 'purge', in: 'query' }, description: 'Admins: delete for good.' }),
  });

  const one = (schema: z.ZodType, name: string) => {
    const declared = z.object({ data: schema, warnings: Warnings }).openapi(name);
    WRITE_RESPONSE_SCHEMAS.set(name, declared);
    return declared;
  };

  // Reads stay public; every other method on these paths needs an editor.
  const app = router();
  for (const path of ['/v1/networks', '/v1/networks/*', '/v1/periods/*', '/v1/themes/*']) {
    app.use(path, async (c, next) =>
      ['POST', 'PATCH', 'DELETE'].includes(c.req.method) ? editor(c, next) : next(),
    );
  }
  return (
    app
      // Networks.
      .openapi(
        createRoute({
          method: 'post',
          path: '/v1/networks',
          tags: ['Networks'],
          summary: 'Create a network',
          security,
          request: body(NetworkBody),
          responses: { 201: json(one(Network, 'NetworkWritten'), 'Created.'), ...writeResponses },
        }),
        async (c) => {
          const entity = checked('network', c.req.valid('json') as Record<string, unknown>);
          return respond(
            c,
            { op: 'create', kind: 'network', entity },
            201,
            () => shown.network(entity.id, c.get('lang')),
            `/v1/networks/${entity.id}`,
          );
        },
      )
      .openapi(
        createRoute({
          method: 'patch',
          path: '/v1/networks/{networkId}',
          tags: ['Networks'],
          summary: 'Change a network',
          security,
          request: {
            params: z.object({ networkId }),
            headers: ifMatchHeader,
            ...body(patchOf(NetworkBody.omit({ id: true }))),
          },
          responses: { 200: json(one(Network, 'NetworkUpdated'), 'Changed.'), ...writeResponses },
        }),
        async (c) => {
          const id = c.req.valid('param').networkId;
          const ifMatch = requiredIfMatch(c);
          const before = await current('network', reads.network(id));
          const entity = checked(
            'network',
            mergePatch(before, c.req.valid('json') as Record<string, unknown>),
          );
          return respond(c, { op: 'update', kind: 'network', id, entity, ifMatch }, 200, () =>
            shown.network(id, c.get('lang')),
          );
        },
      )
      .openapi(
        createRoute({
          method: 'delete',
          path: '/v1/networks/{networkId}',
          tags: ['Networks'],
          summary: 'Delete a network that has no periods',
          security,
          request: { params: z.object({ networkId }), headers: ifMatchHeader },
          responses: { 204: { description: 'Deleted.' }, ...writeResponses },
        }),
        async (c) => {
          const id = c.req.valid('param').networkId;
          await applyChange(store, registry, actorOf(c.get('principal')!), {
            op: 'delete',
            kind: 'network',
            id,
            ifMatch: requiredIfMatch(c),
          });
          return c.body(null, 204) as never;
        },
      )
      // Periods.
      .openapi(
        createRoute({
          method: 'post',
          path: '/v1/networks/{networkId}/periods',
          tags: ['Periods'],
          summary: 'Create a period',
          security,
          request: { params: z.object({ networkId }), ...body(PeriodBody) },
          responses: { 201: json(one(Period, 'PeriodWritten'), 'Created.'), ...writeResponses },
        }),
        async (c) => {
          const entity = checked('period', {
            ...(c.req.valid('json') as Record<string, unknown>),
            networkId: c.req.valid('param').networkId,
          });
          return respond(
            c,
            { op: 'create', kind: 'period', entity },
            201,
            () => shown.period(entity.id),
            `/v1/periods/${entity.id}`,
          );
        },
      )
      .openapi(
        createRoute({
          method: 'patch',
          path: '/v1/periods/{periodId}',
          tags: ['Periods'],
          summary: 'Change a period',
          security,
          request: {
            params: z.object({ periodId }),
            headers: ifMatchHeader,
            ...body(patchOf(PeriodBody.omit({ id: true }))),
          },
          responses: { 200: json(one(Period, 'PeriodUpdated'), 'Changed.'), ...writeResponses },
        }),
        async (c) => {
          const id = c.req.valid('param').periodId;
          const ifMatch = requiredIfMatch(c);
          const before = await current('period', reads.period(id));
          const entity = checked(
            'period',
            mergePatch(before, c.req.valid('json') as Record<string, unknown>),
          );
          return respond(c, { op: 'update', kind: 'period', id, entity, ifMatch }, 200, () =>
            shown.period(id),
          );
        },
      )
      .openapi(
        createRoute({
          method: 'delete',
          path: '/v1/periods/{periodId}',
          tags: ['Periods'],
          summary: 'Delete a period (restorable), or purge it for good (admins)',
          security,
          request: { params: z.object({ periodId }), headers: ifMatchHeader, query: purge },
          responses: { 204: { description: 'Deleted.' }, ...writeResponses },
        }),
        async (c) => {
          const id = c.req.valid('param').periodId;
          await deleteOrPurge(c, 'period', id);
          return c.body(null, 204) as never;
        },
      )
      .openapi(
        createRoute({
          method: 'post',
          path: '/v1/periods/{periodId}/restore',
          tags: ['Periods'],
          summary: 'Restore a deleted period',
          security,
          request: { params: z.object({ periodId }), headers: ifMatchHeader },
          responses: { 200: json(one(Period, 'PeriodRestored'), 'Restored.'), ...writeResponses },
        }),
        async (c) => {
          const id = c.req.valid('param').periodId;
          return respond(
            c,
            { op: 'restore', kind: 'period', id, ifMatch: requiredIfMatch(c) },
            200,
            () => shown.period(id),
          );
        },
      )
      // Themes.
      .openapi(
        createRoute({
          method: 'post',
          path: '/v1/periods/{periodId}/themes',
          tags: ['Themes'],
          summary: 'Create a theme (its id is `<periodId>-<slug>`)',
          security,
          request: { params: z.object({ periodId }), ...body(ThemeBody) },
          responses: { 201: json(one(Theme, 'ThemeWritten'), 'Created.'), ...writeResponses },
        }),
        async (c) => {
          const period = c.req.valid('param').periodId;
          const input = c.req.valid('json') as Record<string, unknown>;
          const entity = checked('theme', {
            ...input,
            id: `${period}-${String(input.slug)}`,
            periodId: period,
          });
          return respond(
            c,
            { op: 'create', kind: 'theme', entity },
            201,
            async () => themeView(entity, c.get('lang')),
            `/v1/themes/${entity.id}`,
          );
        },
      )
      .openapi(
        createRoute({
          method: 'patch',
          path: '/v1/themes/{themeId}',
          tags: ['Themes'],
          summary: 'Change a theme',
          security,
          request: {
            params: z.object({ themeId }),
            headers: ifMatchHeader,
            ...body(patchOf(ThemeBody.omit({ slug: true }))),
          },
          responses: { 200: json(one(Theme, 'ThemeUpdated'), 'Changed.'), ...writeResponses },
        }),
        async (c) => {
          const id = c.req.valid('param').themeId;
          const ifMatch = requiredIfMatch(c);
          const before = await current('theme', reads.theme(id));
          const entity = checked(
            'theme',
            mergePatch(before, c.req.valid('json') as Record<string, unknown>),
          );
          return respond(c, { op: 'update', kind: 'theme', id, entity, ifMatch }, 200, async () =>
            themeView(entity, c.get('lang')),
          );
        },
      )
      .openapi(
        createRoute({
          method: 'delete',
          path: '/v1/themes/{themeId}',
          tags: ['Themes'],
          summary: 'Delete a theme (restorable), or purge it for good (admins)',
          security,
          request: { params: z.object({ themeId }), headers: ifMatchHeader, query: purge },
          responses: { 204: { description: 'Deleted.' }, ...writeResponses },
        }),
        async (c) => {
          const id = c.req.valid('param').themeId;
          await deleteOrPurge(c, 'theme', id);
          return c.body(null, 204) as never;
        },
      )
      .openapi(
        createRoute({
          method: 'post',
          path: '/v1/themes/{themeId}/restore',
          tags: ['Themes'],
          summary: 'Restore a deleted theme',
          security,
          request: { params: z.object({ themeId }), headers: ifMatchHeader },
          responses: { 200: json(one(Theme, 'ThemeRestored'), 'Restored.'), ...writeResponses },
        }),
        async (c) => {
          const id = c.req.valid('param').themeId;
          return respond(
            c,
            { op: 'restore', kind: 'theme', id, ifMatch: requiredIfMatch(c) },
            200,
            () => shown.theme(id, c.get('lang')),
          );
        },
      )
      // Members.
      .openapi(
        createRoute({
          method: 'post',
          path: '/v1/periods/{periodId}/participants',
          tags: ['Periods'],
          summary: 'Add a member municipality',
          security,
          request: { params: z.object({ periodId }), ...body(ParticipantBody) },
          responses: {
            201: json(one(Participant, 'ParticipantWritten'), 'Added.'),
            ...writeResponses,
          },
        }),
        async (c) => {
          const period = c.req.valid('param').periodId;
          const input = c.req.valid('json') as Record<string, unknown>;
          const entity = checked('participation', {
            role: 'kehittajakunta',
            sources: [],
            ...input,
            periodId: period,
          });
          return respond(
            c,
            { op: 'create', kind: 'participation', entity },
            201,
            () => memberView(c, period, entity.municipalityCode),
            `/v1/periods/${period}/participants/${entity.municipalityCode}`,
          );
        },
      )
      .openapi(
        createRoute({
          method: 'patch',
          path: '/v1/periods/{periodId}/participants/{code}',
          tags: ['Periods'],
          summary: 'Change a membership (role, dates, sources)',
          security,
          request: {
            params: z.object({ periodId, code }),
            headers: ifMatchHeader,
            ...body(patchOf(ParticipantBody.omit({ municipalityCode: true }))),
          },
          responses: {
            200: json(one(Participant, 'ParticipantUpdated'), 'Changed.'),
            ...writeResponses,
          },
        }),
        async (c) => {
          const { periodId: period, code: municipality } = c.req.valid('param');
          const id = participationKey({ periodId: period, municipalityCode: municipality });
          const ifMatch = requiredIfMatch(c);
          const before = await current<Participation>(
            'participation',
            reads.period(period).then((p) => p && reads.participant(period, municipality)),
          );
          const entity = checked(
            'participation',
            mergePatch(before, c.req.valid('json') as Record<string, unknown>),
          );
          return respond(c, { op: 'update', kind: 'participation', id, entity, ifMatch }, 200, () =>
            memberView(c, period, municipality),
          );
        },
      )
      .openapi(
        createRoute({
          method: 'delete',
          path: '/v1/periods/{periodId}/participants/{code}',
          tags: ['Periods'],
          summary: 'Remove a member municipality',
          security,
          request: { params: z.object({ periodId, code }), headers: ifMatchHeader },
          responses: { 204: { description: 'Removed.' }, ...writeResponses },
        }),
        async (c) => {
          const { periodId: period, code: municipality } = c.req.valid('param');
          await applyChange(store, registry, actorOf(c.get('principal')!), {
            op: 'delete',
            kind: 'participation',
            id: participationKey({ periodId: period, municipalityCode: municipality }),
            ifMatch: requiredIfMatch(c),
          });
          return c.body(null, 204) as never;
        },
      )
  );

  async function memberView(c: Context<AppEnv>, period: string, municipality: string) {
    const p = (await reads.period(period))!.entity;
    const member = (await reads.participant(period, municipality))!.entity;
    const previous = await reads.previousMembers(p);
    const workshops = await workshopUseOf(reads, registry, p, [municipality]);
    return participantView(
      member,
      p,
      previous,
      registry,
      c.get('lang'),
      workshops.get(municipality),
    );
  }
}
