import type { MiddlewareHandler } from 'hono';
import { etagOf, matchesIfNoneMatch } from './etag.ts';

interface Entry {
  status: number;
  body: string;
  etag: string;
  headers: Record<string, string>;
}

/** Headers of a public read: revalidate every time (cheap with the ETag), so no one sees stale data. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/**
 * Caches whole public GET responses — every header the app adds included — per data version and
 * request variant (path and query, Accept-Language, Accept), with the ETag computed once. A write
 * bumps the version, which retires every entry. It sits in front of the app: a hit costs a map
 * lookup and one Response, and the handlers run once per version and variant. Requests with
 * credentials always go through the app, so a bad token is refused even on a read.
 */
export function responseCache(options: {
  version: () => Promise<number>;
  maxEntries?: number;
}): MiddlewareHandler {
  const maxEntries = options.maxEntries ?? 2_000;
  let cacheVersion = -1;
  let entries = new Map<string, Entry>();

  const respond = (entry: Entry, ifNoneMatch: string | undefined, head: boolean) => {
    if (matchesIfNoneMatch(ifNoneMatch, entry.etag)) {
      const { 'content-type': _type, 'content-length': _length, ...headers } = entry.headers;
      return new Response(null, { status: 304, headers });
    }
    return new Response(head ? null : entry.body, { status: entry.status, headers: entry.headers });
  };

  return async (c, next) => {
    const method = c.req.method;
    const raw = c.req.raw;
    if (
      (method !== 'GET' && method !== 'HEAD') ||
      raw.headers.has('authorization') ||
      raw.headers.has('cookie')
    )
      return next();
    const url = raw.url;
    const pathAndQuery = url.slice(url.indexOf('/', url.indexOf('//') + 2));
    if (!pathAndQuery.startsWith('/v1/')) return next();
    const version = await options.version();
    if (version !== cacheVersion) {
      cacheVersion = version;
      entries = new Map();
    }
    const key = `${pathAndQuery}|${raw.headers.get('accept-language') ?? ''}|${raw.headers.get('accept') ?? ''}`;
    const hit = entries.get(key);
    if (hit) return respond(hit, raw.headers.get('if-none-match') ?? undefined, method === 'HEAD');

    await next();
    const res = c.res;
    if (res.status !== 200 || !res.headers.get('cache-control')?.startsWith('public')) return;
    const body = await res.clone().text();
    const headers = Object.fromEntries(res.headers);
    // Items carry their version as ETag (for If-Match); lists get a hash of the body.
    const etag = res.headers.get('etag') ?? etagOf(body);
    headers.etag = etag;
    const entry: Entry = { status: res.status, body, etag, headers };
    if (entries.size >= maxEntries) entries.clear();
    // The version may have moved while the handler ran; keep only what is still current.
    if (version === cacheVersion) entries.set(key, entry);
    c.res = respond(entry, raw.headers.get('if-none-match') ?? undefined, method === 'HEAD');
  };
}
