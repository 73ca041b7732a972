import type { MiddlewareHandler } from 'hono';
import { etagOf, matchesIfNoneMatch } from './etag.ts';

interface Entry {
  status: number;
  /** Encoded once: a hit writes the bytes as they are. */
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  /** Plain objects, which @hono/node-server writes without copying them into Headers. */
  headers: Record<string, string>;
  /** The same without the body's headers, for 304. */
  notModified: Record<string, string>;
}

const encoder = new TextEncoder();

function entryOf(status: number, text: string, source: Headers): Entry {
  const headers = Object.fromEntries(source);
  // Items carry their version as ETag (for If-Match); everything else gets a hash of the body.
  const etag = headers.etag ?? etagOf(text);
  headers.etag = etag;
  const { 'content-type': _type, 'content-length': _length, ...notModified } = headers;
  return {
    status,
    body: encoder.encode(text) as Uint8Array<ArrayBuffer>,
    etag,
    headers,
    notModified,
  };
}

/** Headers of a public read: revalidate every time (cheap with the ETag), so no one sees stale data. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/**
 * ETags for every successful GET, and a cache of whole public GET responses — every header the
 * app adds included — per data version and request variant (path and query, Accept-Language,
 * Accept), with the ETag computed once. A write bumps the version, which retires every entry.
 * It sits in front of the app: a hit costs a map lookup and one Response, and the handlers run
 * once per version and variant. Requests with credentials always go through the app (so a bad
 * token is refused even on a read) and are tagged but not cached, like anything not `public`.
 */
export function responseCache(options: {
  version: () => Promise<number>;
  maxEntries?: number;
}): MiddlewareHandler {
  const maxEntries = options.maxEntries ?? 2_000;
  let cacheVersion = -1;
  let entries = new Map<string, Entry>();

  const respond = (entry: Entry, ifNoneMatch: string | null, head: boolean) =>
    matchesIfNoneMatch(ifNoneMatch ?? undefined, entry.etag)
      ? new Response(null, { status: 304, headers: entry.notModified })
      : new Response(head ? null : entry.body, { status: entry.status, headers: entry.headers });

  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const raw = c.req.raw;
    const ifNoneMatch = raw.headers.get('if-none-match');
    const head = method === 'HEAD';
    const cacheable = !raw.headers.has('authorization') && !raw.headers.has('cookie');
    let key: string | undefined;
    let version = -1;
    if (cacheable) {
      try {
        version = await options.version();
      } catch {
        // The database does not answer: let the app say so (/healthz: 503; reads: 500).
        return next();
      }
      if (version !== cacheVersion) {
        cacheVersion = version;
        entries = new Map();
      }
      const url = raw.url;
      key = `${url.slice(url.indexOf('/', url.indexOf('//') + 2))}|${raw.headers.get('accept-language') ?? ''}|${raw.headers.get('accept') ?? ''}`;
      const hit = entries.get(key);
      if (hit) return respond(hit, ifNoneMatch, head);
    }

    await next();
    const res = c.res;
    if (res.status !== 200) return;
    const publicRead =
      res.headers.get('cache-control')?.startsWith('public') && !res.headers.has('set-cookie');
    if (key === undefined || !publicRead) {
      // Tagged, not cached; the response keeps its own headers (cookies included).
      const etag = res.headers.get('etag') ?? etagOf(await res.clone().text());
      res.headers.set('etag', etag);
      if (matchesIfNoneMatch(ifNoneMatch ?? undefined, etag)) {
        const headers = new Headers(res.headers);
        headers.delete('content-type');
        headers.delete('content-length');
        c.res = new Response(null, { status: 304, headers });
      }
      return;
    }
    const entry = entryOf(res.status, await res.clone().text(), res.headers);
    // The version may have moved while the handler ran; keep only what is still current.
    if (version === cacheVersion) {
      if (entries.size >= maxEntries) entries.clear();
      entries.set(key, entry);
    }
    c.res = respond(entry, ifNoneMatch, head);
  };
}
