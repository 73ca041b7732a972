import { createRoute } from '@hono/zod-openapi';
import type { Activity, Dataset } from '@verkosto/core';
import {
  activitiesCsvShape,
  type CsvRows,
  checkCsvRows,
  checkImportMoves,
  csvBase,
  csvShape,
  hasErrors,
  importScope,
  parseActivitiesCsv,
  parseCsvFile,
  parseDataset,
} from '@verkosto/validation';
import * as z from 'zod';
import { sha256 } from '../auth/crypto.ts';
import { requireRole } from '../auth/middleware.ts';
import { assertNetworkAccess, networksOfImport } from '../auth/networks.ts';
import { actorOf } from '../auth/roles.ts';
import type { AppServices } from '../env.ts';
import { json, router, SECURITY, writeErrors } from '../http/openapi-kit.ts';
import { listedIssues, ProblemError } from '../http/problem.ts';
import { commitImport, type ImportInput, planImport } from '../store/import.ts';
import { loadScope } from '../store/scope.ts';

const Counts = z.object({
  sources: z.number(),
  networks: z.number(),
  periods: z.number(),
  themes: z.number(),
  participations: z.number(),
  activities: z.number(),
  programmes: z.number(),
});
const ImportReport = z
  .object({
    dryRun: z.boolean(),
    ok: z.boolean(),
    kind: z.enum(['dataset', 'members', 'themes', 'activities']),
    changes: z.object({ created: Counts, updated: Counts, deleted: Counts, unchanged: Counts }),
    issues: z.array(
      z.object({
        code: z.string(),
        path: z.string(),
        severity: z.string(),
        message: z.object({ fi: z.string(), en: z.string() }),
        line: z.number().optional(),
      }),
    ),
    issueCount: z.number().int().optional().openapi({
      description: 'How many issues there were, when more than the 100 listed in `issues`.',
    }),
  })
  .openapi('ImportReport');

/**
 * The stored activities an import names: its scope holds those of the periods it names, and the
 * others (an activity moved out of another period) are looked up by id.
 */
async function storedActivities(
  current: Pick<Dataset, 'activities'>,
  data: ImportInput['data'],
  store: AppServices['store'],
): Promise<Activity[]> {
  const inScope = current.activities ?? [];
  const known = new Set(inScope.map((a) => a.id));
  const others = (data.activities ?? []).map((a) => a.id).filter((id) => !known.has(id));
  return [...inScope, ...(await store.reads.activitiesWithIds(others))];
}

export function importRoutes(deps: AppServices) {
  const { store, registry } = deps;
  const app = router();
  app.use('/v1/import', requireRole(deps, 'editor'));
  return app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/import',
      tags: ['Import'],
      summary: 'Import a dataset (JSON) or a members, themes or activities CSV, all or nothing',
      description:
        'A dataset creates what is new and updates what differs (activities and programmes included); it never moves a period to another network, nor a theme or an activity to another period (400 `moved_by_import`). A CSV replaces the rows of the periods it covers. `dryRun=true` returns the full report and the changes without writing. A real import is one transaction; with an `Idempotency-Key` a retry answers the first result instead of importing twice.',
      security: SECURITY,
      request: {
        query: z.object({
          dryRun: z
            .enum(['true', 'false'])
            .optional()
            .openapi({ param: { name: 'dryRun', in: 'query' } }),
        }),
        headers: z.object({
          'idempotency-key': z
            .string()
            .max(200)
            .optional()
            .openapi({ param: { name: 'idempotency-key', in: 'header' } }),
        }),
        body: {
          required: true,
          content: {
            'application/json': { schema: z.object({}).passthrough() },
            'text/csv': { schema: z.string() },
          },
        },
      },
      responses: {
        200: json(
          z.object({ data: ImportReport }).openapi('ImportResponse'),
          'The dry run’s report, or the import’s result.',
        ),
        409: {
          description: 'The Idempotency-Key was used for another body.',
          content: writeErrors[400].content,
        },
        422: {
          description: 'The import would make the data invalid; the report is in `report`.',
          content: writeErrors[400].content,
        },
        ...writeErrors,
      },
    }),
    async (c) => {
      const dryRun = c.req.valid('query').dryRun === 'true';
      const actor = actorOf(c.get('principal')!);
      const type = (c.req.header('content-type') ?? '').toLowerCase();
      const text = await c.req.text();
      const key = c.req.header('idempotency-key');
      // Only a keyed import needs the body's hash (a second copy of a large body, hashed).
      const requestHash = key ? await sha256(`${type}\n${text}`) : '';

      if (key && !dryRun) {
        const seen = await store.db
          .prepare('SELECT actor, request_hash, status, body FROM idempotency_keys WHERE key = ?')
          .bind(key)
          .first<{ actor: string; request_hash: string; status: number; body: string }>();
        if (seen) {
          if (seen.request_hash !== requestHash || seen.actor !== actor) {
            throw new ProblemError('conflict', {
              detail: 'This Idempotency-Key was used for a different request.',
            });
          }
          c.header('idempotent-replayed', 'true');
          return c.json(JSON.parse(seen.body), 200);
        }
      }

      let input: ImportInput;
      // A CSV is read and checked as verkosto-validate does (@verkosto/validation): same verdict.
      let csv: CsvRows | undefined;
      if (type.startsWith('text/csv')) {
        // `period_id` with `kind` is an activities CSV, even with a municipality column.
        const activities = activitiesCsvShape(text);
        if (activities) {
          const read = parseActivitiesCsv(text, activities);
          csv = { collection: 'activities', records: read.activities, ...read };
          input = { kind: 'activities', data: { activities: read.activities } };
        } else {
          // Periods only give the date a municipality's name is looked up on.
          const names = csvShape(text).header.includes('municipality_name');
          const periods = names ? await store.reads.allPeriods() : undefined;
          const parsed = parseCsvFile(text, { registry, periods });
          if (!parsed)
            throw new ProblemError('bad-request', {
              detail:
                'The CSV is neither a members, a themes nor an activities CSV (see docs/dataset-format.md).',
            });
          csv = parsed;
          input =
            parsed.kind === 'members'
              ? { kind: 'members', data: { participations: parsed.records } }
              : { kind: 'themes', data: { themes: parsed.records } };
        }
      } else if (/^application\/(?:[\w.+-]+\+)?json\b/.test(type)) {
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch (error) {
          throw new ProblemError('bad-request', {
            detail: `The body is not valid JSON: ${(error as Error).message}`,
          });
        }
        // Checking stops after 1 000 issues: each bad item costs zod tens of microseconds.
        const parsed = parseDataset(body, { maxIssues: 1_000 });
        const { dataset } = parsed;
        if (!dataset) {
          throw new ProblemError('bad-request', {
            detail: `The body is not a dataset in the shared format${parsed.stopped ? ' (checking stopped after 1 000 issues)' : ''}.`,
            issues: parsed.issues,
          });
        }
        input = { kind: 'dataset', data: dataset };
      } else {
        throw new ProblemError('unsupported-media-type', {
          detail: 'Send application/json (a dataset) or text/csv (members, themes or activities).',
        });
      }

      // Every rule runs on what the import touches: its networks, and the members of its periods.
      const current = await loadScope(store.db, importScope(input.data));
      // Least privilege: a user limited to named networks imports only into them (the scope
      // holds every stored period the import names).
      const principal = c.get('principal')!;
      if (principal.networks)
        for (const network of networksOfImport(input.data, current.periods))
          assertNetworkAccess(principal, network);
      const plan = planImport(current, input, registry, { checkRules: !csv });
      const issues = [
        ...(csv ? checkCsvRows(csv, csvBase(current, registry), registry) : plan.issues),
        ...checkImportMoves(
          { ...current, activities: await storedActivities(current, input.data, store) },
          input.data,
          csv?.lines,
        ),
      ];
      const ok = !hasErrors(issues);
      const report = {
        dryRun,
        ok,
        kind: input.kind,
        changes: plan.changes,
        ...listedIssues(issues),
      };
      if (dryRun) return c.json({ data: report }, 200);
      if (!ok)
        throw new ProblemError('bad-request', {
          detail: 'The import would make the data invalid; nothing was written.',
          issues: issues.filter((i) => i.severity === 'error'),
        });

      const body = { data: report };
      const also = key
        ? [
            store.db
              .prepare(
                'INSERT INTO idempotency_keys (key, actor, request_hash, status, body) VALUES (?, ?, ?, 200, ?)',
              )
              .bind(key, actor, requestHash, JSON.stringify(body)),
          ]
        : [];
      await commitImport(
        store,
        plan,
        actor,
        { kind: input.kind, changes: plan.changes, idempotencyKey: key ?? null },
        also,
      );
      return c.json(body, 200);
    },
  );
}
