import type { MiddlewareHandler } from 'hono';
import { etagOf, matchesIfNoneMatch } from './etag.ts';

interface Entry {
  status: number;
  body: string;
  etag: string;
  headers: [string, string][];
}

/** Headers of a public read: revalidate every time (cheap with the ETag), so no one sees stale data. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/**
 * Caches whole GET responses per data version and request variant (path, query, language),
 * with the ETag computed once. A write bumps the version, which retires every entry. Reads
 * then cost a map lookup; the handlers run once per version and variant.
 */
export function responseCache(options: {
  version: () => Promise<number>;
  maxEntries?: number;
}): MiddlewareHandler {
  const maxEntries = options.maxEntries ?? 2_000;
  let cacheVersion = -1;
  let entries = new Map<string, Entry>();

  const respond = (entry: Entry, ifNoneMatch: string | undefined, head: boolean) => {
    const headers = new Headers(entry.headers);
    headers.set('etag', entry.etag);
    if (matchesIfNoneMatch(ifNoneMatch, entry.etag)) {
      headers.delete('content-type');
      headers.delete('content-length');
      return new Response(null, { status: 304, headers });
    }
    return new Response(head ? null : entry.body, { status: entry.status, headers });
  };

  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const version = await options.version();
    if (version !== cacheVersion) {
      cacheVersion = version;
      entries = new Map();
    }
    const key = `${new URL(c.req.url).pathname}?${new URL(c.req.url).searchParams}|${c.req.header('accept-language') ?? ''}|${c.req.header('accept') ?? ''}`;
    const hit = entries.get(key);
    if (hit) return respond(hit, c.req.header('if-none-match'), method === 'HEAD');

    await next();
    const res = c.res;
    if (
      res.status !== 200 ||
      res.headers.has('etag') ||
      !res.headers.get('cache-control')?.startsWith('public')
    )
      return;
    const body = await res.clone().text();
    const entry: Entry = {
      status: res.status,
      body,
      etag: etagOf(body),
      headers: [...res.headers],
    };
    if (entries.size >= maxEntries) entries.clear();
    // The version may have moved while the handler ran; keep only what is still current.
    if (version === cacheVersion) entries.set(key, entry);
    c.res = respond(entry, c.req.header('if-none-match'), method === 'HEAD');
  };
}
