import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import type { AppDeps } from '../env.ts';
import { json, readErrors, router } from '../http/openapi-kit.ts';
import { PROBLEMS, ProblemError, type ProblemKind } from '../http/problem.ts';

export function metaRoutes({ store }: AppDeps) {
  return router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/healthz',
        tags: ['Service'],
        summary: 'Health: the process answers and the database responds',
        responses: {
          200: json(
            z.object({ status: z.literal('ok'), dataVersion: z.number().int() }).openapi('Health'),
            'Healthy.',
          ),
          406: readErrors[406],
          503: {
            description: 'The database does not answer (problem `/problems/unavailable`).',
            content: readErrors[500].content,
          },
        },
      }),
      async (c) => {
        try {
          await store.ping();
          c.header('cache-control', 'no-store');
          return c.json({ status: 'ok' as const, dataVersion: await store.version() }, 200);
        } catch {
          throw new ProblemError('unavailable', {
            detail: 'The database does not answer.',
          }) as never;
        }
      },
    )
    .get('/problems/:kind', (c) => {
      const kind = c.req.param('kind') as ProblemKind;
      const known = PROBLEMS[kind];
      if (!known) throw new ProblemError('not-found', { detail: 'No such problem type.' });
      c.header('cache-control', 'public, max-age=86400');
      return c.json({
        type: `/problems/${kind}`,
        status: known.status,
        title: known.title,
        description: known.description,
      });
    });
}
