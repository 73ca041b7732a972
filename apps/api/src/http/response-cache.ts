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
const KEEP_BOM = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

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

const respond = (entry: Entry, ifNoneMatch: string | null, head: boolean) =>
  matchesIfNoneMatch(ifNoneMatch ?? undefined, entry.etag)
    ? new Response(null, { status: 304, headers: entry.notModified })
    : new Response(head ? null : entry.body, { status: entry.status, headers: entry.headers });

/** Headers of a public read: revalidate every time (cheap with the ETag), so no one sees stale data. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate';

export interface ResponseCache {
  /**
   * The cached answer to a public read, synchronously, when the data version is known without
   * asking the database (Node, within the store's TTL); otherwise undefined and the app answers.
   * Runs in front of the app, so a hit skips routing and every middleware.
   */
  lookup(request: Request): Response | undefined;
  /** Fills the cache (and tags every successful GET); the first middleware of the app. */
  middleware: MiddlewareHandler;
}

/** Public reads: GET or HEAD without credentials, which always go through the app. */
function isPublicRead(request: Request): boolean {
  const method = request.method;
  return (
    (method === 'GET' || method === 'HEAD') &&
    !request.headers.has('authorization') &&
    !request.headers.has('cookie')
  );
}

/** The variant: path and query, Accept-Language, Accept. */
function keyOf(request: Request): string {
  const url = request.url;
  const headers = request.headers;
  return `${url.slice(url.indexOf('/', url.indexOf('//') + 2))}|${headers.get('accept-language') ?? ''}|${headers.get('accept') ?? ''}`;
}

/**
 * ETags for every successful GET, and a cache of whole public GET responses — every header the
 * app adds included — per data version and request variant, with the ETag computed once. A write
 * bumps the version, which retires every entry; handlers run once per version and variant.
 * Requests with credentials go through the app (so a bad token is refused even on a read) and
 * are tagged but not cached, like anything not `public`.
 */
export function createResponseCache(options: {
  /** The current data version (may ask the database). */
  version: () => Promise<number>;
  /** The version, if known without asking the database. */
  knownVersion: () => number | undefined;
  maxEntries?: number;
}): ResponseCache {
  const maxEntries = options.maxEntries ?? 2_000;
  let cacheVersion = -1;
  let entries = new Map<string, Entry>();

  return {
    lookup(request) {
      if (options.knownVersion() !== cacheVersion || !isPublicRead(request)) return undefined;
      const hit = entries.get(keyOf(request));
      return hit
        ? respond(hit, request.headers.get('if-none-match'), request.method === 'HEAD')
        : undefined;
    },

    async middleware(c, next) {
      const request = c.req.raw;
      const method = request.method;
      if (method !== 'GET' && method !== 'HEAD') return next();
      const ifNoneMatch = request.headers.get('if-none-match');
      const head = method === 'HEAD';
      let key: string | undefined;
      let version = -1;
      if (isPublicRead(request)) {
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
        key = keyOf(request);
        const hit = entries.get(key);
        if (hit) return respond(hit, ifNoneMatch, head);
      }

      await next();
      const res = c.res;
      if (res.status !== 200) return;
      const publicRead =
        res.headers.get('cache-control')?.startsWith('public') && !res.headers.has('set-cookie');
      if (key === undefined || !publicRead) {
        // A HEAD answered without its body has nothing to tag: its GET's tag is unknown here.
        if (head && res.body === null) return;
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
      // Decoded keeping a byte-order mark (Response.text() drops it): the Excel CSV needs it.
      const text = KEEP_BOM.decode(await res.clone().arrayBuffer());
      const entry = entryOf(res.status, text, res.headers);
      // The version may have moved while the handler ran; keep only what is still current.
      if (version === cacheVersion) {
        if (entries.size >= maxEntries) entries.clear();
        entries.set(key, entry);
      }
      c.res = respond(entry, ifNoneMatch, head);
    },
  };
}
