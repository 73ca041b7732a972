/**
 * A fixed-window counter per key (a username, a token). In memory: per process on Node, per
 * isolate on Workers — enough to slow guessing and runaway scripts, not a quota system. A fixed
 * window lets at most twice `limit` events through in any span of `windowMs`. At most `maxKeys`
 * keys are kept (default 10 000, a few hundred KiB); when full, the oldest window goes first.
 */
export interface RateLimiter {
  /** Counts one event; says whether it is within the limit and, if not, when to retry (seconds). */
  hit(key: string, now?: number): { allowed: boolean; retryAfter: number };
  /** Forgets a key (a successful login clears its failures). */
  reset(key: string): void;
  /** Whether the key is over the limit, without counting. */
  blocked(key: string, now?: number): { blocked: boolean; retryAfter: number };
}

export function createRateLimiter(options: {
  limit: number;
  windowMs: number;
  maxKeys?: number;
}): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const maxKeys = options.maxKeys ?? 10_000;
  const current = (key: string, now: number) => {
    const window = windows.get(key);
    if (!window || now - window.start >= options.windowMs) return undefined;
    return window;
  };
  const retryAfter = (start: number, now: number) =>
    Math.max(1, Math.ceil((start + options.windowMs - now) / 1000));
  return {
    hit(key, now = Date.now()) {
      let window = current(key, now);
      if (!window) {
        // Re-inserted, so the map's order is the order windows started: the first is the oldest.
        windows.delete(key);
        // Evict the oldest windows, never all: a flood of new keys must not wipe a target's count.
        for (const oldest of windows.keys()) {
          if (windows.size < maxKeys) break;
          windows.delete(oldest);
        }
        window = { start: now, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      return { allowed: window.count <= options.limit, retryAfter: retryAfter(window.start, now) };
    },
    reset(key) {
      windows.delete(key);
    },
    blocked(key, now = Date.now()) {
      const window = current(key, now);
      return {
        blocked: !!window && window.count >= options.limit,
        retryAfter: window ? retryAfter(window.start, now) : 0,
      };
    },
  };
}
