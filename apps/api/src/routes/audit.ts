import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { requireRole } from '../auth/middleware.ts';
import type { AppServices } from '../env.ts';
import { json, router, SECURITY, writeErrors } from '../http/openapi-kit.ts';
import { MAX_LIMIT } from '../http/pagination.ts';
import { list } from '../schemas.ts';

const AuditEntry = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.string().openapi({ example: 'user:aino' }),
    action: z.enum(['create', 'update', 'delete', 'restore', 'purge', 'import']),
    entity: z.string(),
    entityId: z.string(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
  })
  .openapi('AuditEntry');

/** The audit log: read-only through the API (no route changes or deletes a row). Admins only. */
export function auditRoutes(deps: AppServices) {
  const app = router();
  app.use('/v1/audit', requireRole(deps, 'admin'));
  return app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/audit',
      tags: ['Access'],
      summary: 'Who changed what, when (admins)',
      security: SECURITY,
      request: {
        query: z.object({
          entity: z
            .enum([
              'network',
              'period',
              'theme',
              'participation',
              'activity',
              'programme',
              'dataset',
            ])
            .optional()
            .openapi({ param: { name: 'entity', in: 'query' } }),
          entityId: z
            .string()
            .max(200)
            .optional()
            .openapi({ param: { name: 'entityId', in: 'query' } }),
          actor: z
            .string()
            .max(200)
            .optional()
            .openapi({ param: { name: 'actor', in: 'query' } }),
          since: z.iso
            .datetime()
            .optional()
            .openapi({ param: { name: 'since', in: 'query' } }),
          until: z.iso
            .datetime()
            .optional()
            .openapi({ param: { name: 'until', in: 'query' } }),
          limit: z.coerce
            .number()
            .int()
            .min(1)
            .max(MAX_LIMIT)
            .default(50)
            .openapi({ param: { name: 'limit', in: 'query' } }),
          cursor: z
            .string()
            .regex(/^\d+$/)
            .optional()
            .openapi({
              param: { name: 'cursor', in: 'query' },
              description: 'From meta.nextCursor.',
            }),
        }),
      },
      responses: { 200: json(list(AuditEntry, 'AuditList'), 'Newest first.'), ...writeErrors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const where: string[] = [];
      const values: Array<string | number> = [];
      const add = (sql: string, value: string | number | undefined) => {
        if (value === undefined) return;
        where.push(sql);
        values.push(value);
      };
      add('entity = ?', q.entity);
      add('entity_id = ?', q.entityId);
      add('actor = ?', q.actor);
      add('at >= ?', q.since);
      add('at < ?', q.until);
      const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = await deps.store.db
        .prepare(`SELECT count(*) AS n FROM audit_log ${filter}`)
        .bind(...values)
        .first<{ n: number }>();
      if (q.cursor) add('id < ?', Number(q.cursor));
      const page = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const { results } = await deps.store.db
        .prepare(`SELECT * FROM audit_log ${page} ORDER BY id DESC LIMIT ?`)
        .bind(...values, q.limit + 1)
        .all<{
          id: number;
          at: string;
          actor: string;
          action: string;
          entity: string;
          entity_id: string;
          before: string | null;
          after: string | null;
        }>();
      const rows = results.slice(0, q.limit);
      c.header('cache-control', 'no-store');
      return c.json(
        {
          data: rows.map((r) => ({
            id: r.id,
            at: r.at,
            actor: r.actor,
            action: r.action as 'create',
            entity: r.entity,
            entityId: r.entity_id,
            before: r.before ? JSON.parse(r.before) : null,
            after: r.after ? JSON.parse(r.after) : null,
          })),
          meta: {
            total: total?.n ?? 0,
            limit: q.limit,
            nextCursor: results.length > q.limit ? String(rows.at(-1)!.id) : null,
          },
        },
        200,
      );
    },
  );
}
