/**
 * Fixed-window counters per key (a username and client, a client, a token or user), kept in the
 * database so that every Node process on one SQLite file and every Worker isolate on one D1
 * database counts against one budget. One atomic upsert per event (`INSERT … ON CONFLICT DO
 * UPDATE … RETURNING count`) both counts and answers, so concurrent events never pass a check
 * made before any of them was counted. A fixed window lets at most twice `limit` events through
 * in any span of `windowMs`; a window starts at a key's first event, as a user sees it. Keys are stored as SHA-256 hashes; expired windows are deleted by
 * housekeeping (`housekeeping.ts`).
 */
import { sha256 } from '../auth/crypto.ts';
import type { SqlDatabase } from '../db/driver.ts';

export interface RateLimit {
  limit: number;
  windowMs: number;
}

export interface RateLimiter {
  /** Counts one event; says whether it is within the limit and, if not, when to retry (seconds). */
  hit(key: string, now?: number): Promise<{ allowed: boolean; retryAfter: number }>;
  /** Forgets a key (a successful sign-in clears its failures). */
  reset(key: string): Promise<void>;
}

/** The limiters the app counts against; `scope` keeps their keys apart in one table. */
export interface Limits {
  /** Sign-in attempts per username and client, counted before the password is checked. */
  login: RateLimit;
  /** Sign-in attempts per client, whatever the username. */
  loginClient: RateLimit;
  /** Writes per token or user, across every write route. */
  write: RateLimit;
}

export const DEFAULT_LIMITS: Limits = {
  login: { limit: 5, windowMs: 60_000 },
  loginClient: { limit: 30, windowMs: 60_000 },
  write: { limit: 300, windowMs: 60_000 },
};

// A key's window starts at its first event; an event after it ends starts a new one. SET reads
// the row as it was, so every CASE sees the old window.
const COUNT = `INSERT INTO rate_limits (scope, key_hash, window_start, expires_at, count) VALUES (?1, ?2, ?3, ?4, 1)
     ON CONFLICT (scope, key_hash) DO UPDATE SET
       count = CASE WHEN expires_at <= ?3 THEN 1 ELSE count + 1 END,
       window_start = CASE WHEN expires_at <= ?3 THEN ?3 ELSE window_start END,
       expires_at = CASE WHEN expires_at <= ?3 THEN ?4 ELSE expires_at END
     RETURNING count, window_start`;
const FORGET = 'DELETE FROM rate_limits WHERE scope = ? AND key_hash = ?';

export function createRateLimiter(
  db: SqlDatabase,
  scope: string,
  { limit, windowMs }: RateLimit,
): RateLimiter {
  return {
    async hit(key, now = Date.now()) {
      const row = await db
        .prepare(COUNT)
        .bind(scope, await sha256(key), now, now + windowMs)
        .first<{ count: number; window_start: number }>();
      const start = row?.window_start ?? now;
      const retryAfter = Math.max(1, Math.ceil((start + windowMs - now) / 1000));
      return { allowed: (row?.count ?? 1) <= limit, retryAfter };
    },
    async reset(key) {
      await db
        .prepare(FORGET)
        .bind(scope, await sha256(key))
        .run();
    },
  };
}

/** The app's limiters over one database. */
export function createLimiters(db: SqlDatabase, limits: Partial<Limits> = {}) {
  const all = { ...DEFAULT_LIMITS, ...limits };
  return {
    login: createRateLimiter(db, 'login', all.login),
    loginClient: createRateLimiter(db, 'login-client', all.loginClient),
    write: createRateLimiter(db, 'write', all.write),
  };
}
export type Limiters = ReturnType<typeof createLimiters>;
