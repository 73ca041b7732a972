import type { Context, MiddlewareHandler } from 'hono';
import type { SqlDatabase } from '../db/driver.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { ProblemError } from '../http/problem.ts';
import type { Principal } from './roles.ts';

/**
 * Least privilege: a user limited to named networks (`networks` on the principal) changes only
 * their data. The one place that decides; the write paths and the import call it.
 */
export function assertNetworkAccess(principal: Principal, networkId: string | undefined): void {
  const allowed = principal.networks;
  if (!allowed || (networkId !== undefined && allowed.includes(networkId))) return;
  throw new ProblemError('forbidden', {
    detail:
      networkId === undefined
        ? `You may change only the networks ${allowed.join(', ')}; not create others.`
        : `You may change only the networks ${allowed.join(', ')}, not ${networkId}.`,
  });
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The network a write path touches: `/v1/networks/{id}…`, `/v1/periods/{id}…`, `/v1/themes/{id}…`, `/v1/activities/{id}…`. */
async function networkOfPath(db: SqlDatabase, path: string): Promise<string | undefined | null> {
  const [, , collection, raw] = path.split('/');
  if (raw === undefined) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (collection === 'networks') return id;
  // A write path of a collection not named here is refused to a limited caller (as creating a
  // network is), so a new collection cannot slip past this check unnoticed.
  if (!['periods', 'themes', 'activities'].includes(collection ?? '')) return undefined;
  // Deleted rows too: a restore touches a deleted period's or theme's network.
  const row =
    collection === 'periods'
      ? await db.prepare('SELECT network_id FROM periods WHERE id = ?').bind(id).first()
      : collection === 'activities'
        ? await db
            .prepare(
              'SELECT p.network_id FROM activities a JOIN periods p ON p.id = a.period_id WHERE a.id = ?',
            )
            .bind(id)
            .first()
        : await db
            .prepare(
              'SELECT p.network_id FROM themes t JOIN periods p ON p.id = t.period_id WHERE t.id = ?',
            )
            .bind(id)
            .first();
  // Nothing there: the route answers 404 or 400, and writes nothing.
  return (row?.network_id as string | undefined) ?? null;
}

/**
 * Checks every write under /v1/networks, /v1/periods and /v1/themes against the caller's
 * networks, before the route runs: one indexed query, and only for a limited caller. Creating a
 * network (`POST /v1/networks`) is refused to a limited caller.
 */
export function networkScope(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c: Context<AppEnv>, next) => {
    const principal = c.get('principal');
    if (principal?.networks && UNSAFE.has(c.req.method)) {
      const network = await networkOfPath(deps.store.db, c.req.path);
      if (network !== null) assertNetworkAccess(principal, network);
    }
    await next();
  };
}

/**
 * The networks an import touches: those it names, those its periods are in (and, stored, were in),
 * and those of the periods its rows are in.
 */
export function networksOfImport(
  data: {
    networks?: ReadonlyArray<{ id: string }>;
    periods?: ReadonlyArray<{ id: string; networkId: string }>;
    themes?: ReadonlyArray<{ periodId: string }>;
    participations?: ReadonlyArray<{ periodId: string }>;
    activities?: ReadonlyArray<{ periodId: string }>;
    programmes?: ReadonlyArray<{ periodId: string }>;
  },
  existingPeriods: ReadonlyArray<{ id: string; networkId: string }>,
): Set<string> {
  const networkOf = new Map(existingPeriods.map((p) => [p.id, p.networkId]));
  const touched = new Set<string>((data.networks ?? []).map((n) => n.id));
  for (const p of data.periods ?? []) {
    // A stored period moved to another network changes the network it leaves, too.
    const stored = networkOf.get(p.id);
    if (stored !== undefined) touched.add(stored);
    touched.add(p.networkId);
    networkOf.set(p.id, p.networkId);
  }
  // A row in an unknown period names no network; validation refuses it.
  for (const row of [
    ...(data.themes ?? []),
    ...(data.participations ?? []),
    ...(data.activities ?? []),
    ...(data.programmes ?? []),
  ]) {
    const network = networkOf.get(row.periodId);
    if (network !== undefined) touched.add(network);
  }
  return touched;
}
