/**
 * The admin app's build served under /admin: a static single-page app with a strict content
 * security policy. The files come from `AdminFiles` — the Node entry reads them from disk, the
 * Workers entry from Workers Static Assets (`adminAssets` below) — so both runtimes answer with
 * the same headers, fallback and 404s, and this module stays free of `node:*`.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The placeholder in index.html that each answer replaces with its own nonce. */
export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/**
 * Styles need the nonce: the design system (styled-components) writes its rules into a <style>
 * element at run time, which carries the nonce it reads from `<meta property="csp-nonce">`.
 * Scripts come only from the app's own files.
 */
export function adminCsp(nonce?: string): string {
  return [
    "default-src 'self'",
    `style-src 'self'${nonce ? ` 'nonce-${nonce}'` : ''}`,
    "img-src 'self' data:",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** A file's bytes, whole (from disk) or streamed (from Workers Static Assets). */
export type AdminBody = Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>;

type MaybePromise<T> = T | Promise<T>;

/** The build: its index.html, and the bytes of a file by its path inside the build. */
export interface AdminFiles {
  /** index.html as built, with the nonce placeholder; undefined when the build has none. */
  indexHtml(): MaybePromise<string | undefined>;
  /** A file of the build (`assets/index-abc.js`); undefined when there is none. */
  read(path: string): MaybePromise<AdminBody | undefined>;
}

/** What the Workers Static Assets binding offers: a fetch by path. */
export interface AssetsBinding {
  fetch(request: Request): Promise<Response>;
}

/**
 * The build as uploaded to Workers Static Assets (wrangler.jsonc `assets`, directory
 * apps/admin/dist, `html_handling: "none"` so index.html answers as itself). The build cannot
 * change under a running isolate (a deploy starts new ones), so index.html is read once.
 */
export function adminAssets(assets: AssetsBinding): AdminFiles {
  const get = async (path: string) => {
    const res = await assets.fetch(new Request(`https://assets.invalid/${path}`));
    if (res.ok) return res;
    await res.body?.cancel();
    return undefined;
  };
  let index: Promise<string | undefined> | undefined;
  return {
    indexHtml: () => {
      index ??= get('index.html').then((res) => res?.text());
      return index;
    },
    read: async (path) => (await get(path))?.body ?? undefined,
  };
}

/** A path inside the build: plain segments only, never `..`, `.`, an empty one or a backslash. */
const SAFE_PATH = /^(?:[\w@~-][\w.@~-]*\/)*[\w@~-][\w.@~-]*$/;

const extensionOf = (path: string) => /\.[^./]+$/.exec(path)?.[0] ?? '';

function newNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Mounts the build on `app`: its files under /admin/, index.html for the app's own pages, 404 for
 * anything else. Source maps are not served: they would publish the source to anyone.
 */
export function serveAdmin(app: OpenAPIHono<AppEnv>, files: AdminFiles): void {
  const notFound = () =>
    new Response('Not found', {
      status: 404,
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'content-security-policy': adminCsp(),
      },
    });

  const page = async () => {
    const html = await files.indexHtml();
    if (html === undefined) return notFound();
    const nonce = newNonce();
    return new Response(html.replaceAll(NONCE_PLACEHOLDER, nonce), {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        'content-security-policy': adminCsp(nonce),
      },
    });
  };
  app.get('/admin', (c) => c.redirect('/admin/', 301));
  app.get('/admin/*', async (c) => {
    let rest: string;
    try {
      rest = decodeURIComponent(c.req.path.slice('/admin/'.length));
    } catch {
      return notFound();
    }
    if (rest === '' || rest === 'index.html') return page();
    const extension = extensionOf(rest);
    const type = TYPES[extension];
    // Only files inside the build, of a known type; never a source map.
    if (!SAFE_PATH.test(rest) || !type || rest.endsWith('.map')) {
      // A path that names no file (no extension, outside assets/) is one of the app's pages.
      return extension === '' && SAFE_PATH.test(rest) && !rest.startsWith('assets/')
        ? page()
        : notFound();
    }
    const body = await files.read(rest);
    if (!body) return notFound();
    return new Response(body, {
      headers: {
        'content-type': type,
        // Vite names every asset by its content hash: it never changes under the same name.
        'cache-control': rest.startsWith('assets/')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
        'content-security-policy': adminCsp(),
      },
    });
  });
}
