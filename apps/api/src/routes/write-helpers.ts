import { validateEntity } from '@verkosto/validation';
import type { Context, MiddlewareHandler } from 'hono';
import * as z from 'zod';
import { requireRole } from '../auth/middleware.ts';
import { actorOf } from '../auth/roles.ts';
import type { AppEnv, AppServices } from '../env.ts';
import { writeErrors } from '../http/openapi-kit.ts';
import { itemEtag, requiredIfMatch } from '../http/preconditions.ts';
import { ProblemError } from '../http/problem.ts';
import { applyChange, type Change, type WritableKind } from '../store/writes.ts';

/**
 * What every write route shares: its OpenAPI parts (If-Match, error responses, the written
 * item's envelope), the merge-patch body, the role guard and the commit-and-answer step. A
 * resource's write routes live next to its reads (networks.ts, periods.ts, participants.ts,
 * themes.ts) and use these, so that request bodies and responses keep their types end to end.
 */

/** The paths whose POST, PATCH and DELETE need an editor (reads on them stay public). */
export const EDITOR_WRITE_PATHS = [
  '/v1/networks',
  '/v1/networks/*',
  '/v1/periods/*',
  '/v1/themes/*',
  '/v1/activities/*',
] as const;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Requires an editor for every write under EDITOR_WRITE_PATHS; app.ts mounts it before the routes. */
export function editorWrites(deps: AppServices): MiddlewareHandler<AppEnv> {
  const editor = requireRole(deps, 'editor');
  return (c, next) => (UNSAFE.has(c.req.method) ? editor(c, next) : next());
}

export const ifMatchHeader = z.object({
  'if-match': z
    .string()
    .optional()
    .openapi({
      param: { name: 'if-match', in: 'header', required: true },
      description: 'The ETag you last read (`*` for any).',
    }),
});

/** `?purge=true`: admins delete for good. */
export const purgeQuery = z.object({
  purge: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ param: { name: 'purge', in: 'query' }, description: 'Admins: delete for good.' }),
});

/** The error responses every write with If-Match documents. */
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

const Warnings = z
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

/** Every write response's declared schema, by its OpenAPI name: a test checks each response. */
export const WRITE_RESPONSE_SCHEMAS = new Map<string, z.ZodType>();

/** The envelope a write answers with: the item as its GET shows it, and the write's warnings. */
export function written<S extends z.ZodType>(schema: S, name: string) {
  const declared = z.object({ data: schema, warnings: Warnings }).openapi(name);
  WRITE_RESPONSE_SCHEMAS.set(name, declared);
  return declared;
}

/** A required JSON body. */
export const jsonBody = <S extends z.ZodType>(schema: S) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});

/** A merge-patch field: an optional field may also be `null` (remove it); a required one may be left out. */
type PatchShape<S extends Record<string, z.ZodType>> = {
  [K in keyof S]: S[K] extends z.ZodOptional<z.ZodType> ? z.ZodNullable<S[K]> : z.ZodOptional<S[K]>;
};

/** A PATCH body: every field optional; `null` removes an optional field (JSON merge patch). */
export function patchOf<S extends Record<string, z.ZodType>>(schema: z.ZodObject<S>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape))
    shape[key] = field.isOptional() ? field.nullable() : field.optional();
  // The loop builds exactly PatchShape<S>; TypeScript cannot follow a mapped type through it.
  return z.strictObject(shape as PatchShape<S>);
}

/** The current item with a merge patch applied; `checked` then validates the whole result. */
export function mergePatch(current: object, patch: object): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** The full entity must be valid (a PATCH body alone was checked as a patch). */
export function checked<K extends WritableKind>(kind: K, entity: unknown) {
  const report = validateEntity(kind, entity);
  if (!report.ok || report.dataset === undefined)
    throw new ProblemError('bad-request', {
      detail: 'The result would be invalid.',
      issues: report.issues,
    });
  return report.dataset;
}

/** The commit-and-answer steps of the write routes, bound to the app's store and registry. */
export function writer(deps: AppServices) {
  const { store, registry } = deps;
  const admin = requireRole(deps, 'admin');
  const commit = (c: Context<AppEnv>, change: Change) => {
    const principal = c.get('principal');
    // The editor guard ran first; without a caller there is nothing to write for.
    if (!principal) throw new ProblemError('unauthorized', { detail: 'Sign in first.' });
    return applyChange(store, registry, actorOf(principal), change);
  };

  return {
    /** Commits a change and answers with the item as GET shows it, its ETag and any warnings. */
    async respond<T, S extends 200 | 201>(
      c: Context<AppEnv>,
      change: Change,
      status: S,
      view: () => T | Promise<T>,
      location?: string,
    ) {
      const result = await commit(c, change);
      // The entity's own warnings (`missing_source`) come from validation's entity rules.
      const own =
        'entity' in change
          ? validateEntity(change.kind, change.entity).issues.filter(
              (i) => i.severity === 'warning',
            )
          : [];
      c.header('etag', itemEtag(result.version, c.get('lang')));
      c.header('cache-control', 'no-store');
      if (location) c.header('location', location);
      return c.json({ data: await view(), warnings: [...own, ...result.warnings] }, status);
    },

    /** Commits a deletion (If-Match required) and answers 204. */
    async removed(c: Context<AppEnv>, kind: WritableKind, id: string) {
      await commit(c, { op: 'delete', kind, id, ifMatch: requiredIfMatch(c) });
      return c.body(null, 204);
    },

    /** Soft delete with If-Match; with `?purge=true`, admins delete for good. Answers 204. */
    async removedOrPurged(c: Context<AppEnv>, kind: 'period' | 'theme', id: string) {
      if (c.req.query('purge') === 'true') {
        await admin(c, async () => {});
        await commit(c, { op: 'purge', kind, id });
      } else {
        await commit(c, { op: 'delete', kind, id, ifMatch: requiredIfMatch(c) });
      }
      return c.body(null, 204);
    },

    /** The live item a PATCH starts from; 404 when there is none. */
    async current<T>(kind: WritableKind, found: Promise<{ entity: T } | null | undefined>) {
      const item = await found;
      if (!item) throw new ProblemError('not-found', { detail: `No such ${kind}.` });
      return item.entity;
    },
  };
}
