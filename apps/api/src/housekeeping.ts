/**
 * Housekeeping: deletes what has run out — expired sessions and ended limiter windows — so the
 * tables hold what is live, whatever the traffic was. Run by a cron trigger on Workers
 * (`scheduled` in worker.ts) and by a timer on Node (node.ts). The audit log is never purged:
 * it is the record of who changed what.
 */
import type { SqlDatabase } from './db/driver.ts';

/** How often the Node entry runs it; the cron in wrangler.jsonc says the same for Workers. */
export const HOUSEKEEPING_INTERVAL_MS = 15 * 60_000;

export interface Housekeeping {
  /** Sessions deleted: their `expires_at` had passed. */
  sessions: number;
  /** Limiter windows deleted: they had ended. */
  limitWindows: number;
}

/** One batch, by the expiry indexes (migration 0008): it costs what it deletes. */
export async function housekeep(db: SqlDatabase, now = new Date()): Promise<Housekeeping> {
  const [sessions, windows] = await db.batch([
    db.prepare('DELETE FROM sessions WHERE expires_at <= ?').bind(now.toISOString()),
    db.prepare('DELETE FROM rate_limits WHERE expires_at <= ?').bind(now.getTime()),
  ]);
  return { sessions: sessions?.meta.changes ?? 0, limitWindows: windows?.meta.changes ?? 0 };
}
