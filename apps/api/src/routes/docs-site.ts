/**
 * /docs: Scalar's API reference (`@scalar/api-reference`'s standalone browser bundle) over
 * /openapi.json, served by the API itself — no CDN, nothing fetched from elsewhere — under a
 * strict content security policy. The bundle comes from `ApiReferenceScript`: the Node entry reads
 * it from the package, the Workers entry from its static assets (4 MB would not fit the script).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';

/** Scalar's bundle and the few lines that start it, both from the API's own origin. */
export const API_REFERENCE_PATH = '/docs/api-reference.js';
export const DOCS_START_PATH = '/docs/start.js';

/** The bytes of Scalar's standalone bundle; undefined when this deployment has none. */
export type ApiReferenceScript = () => Promise<BodyInit | null | undefined>;

/**
 * Scripts only from the API's own files (no inline script, no eval). Scalar writes its styles into
 * <style> elements at run time, which carry the page's nonce (read from `meta[property=csp-nonce]`);
 * style attributes set through the DOM are not governed by CSP. The "Try it" client calls the API
 * on the same origin only.
 */
export function docsCsp(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Scalar's options: the document from this API, no fonts from Scalar's CDN, no telemetry, no AI
 * agent or MCP offers (they call Scalar's services), operation ids shown for client authors.
 */
export const SCALAR_CONFIGURATION = {
  url: '/openapi.json',
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
  hideClientButton: false,
  showOperationId: true,
  showDeveloperTools: 'never',
  documentDownloadType: 'json',
  defaultOpenAllTags: false,
} as const;

/**
 * Runs before Scalar's bundle. Scalar and the libraries in its bundle create <style> elements
 * (toasts, theme) without the page's nonce, and set a few style attributes with setAttribute (code
 * blocks' line counts); the policy would refuse both. So style elements made by these same-origin
 * scripts get the nonce at creation, and a script's `style` attribute goes through the CSSOM,
 * which CSP does not govern. Markup injected into the page gets neither: its inline styles stay
 * refused. Then it starts the reference on /openapi.json once the bundle has loaded.
 */
const START_SCRIPT = `// See apps/api/src/routes/docs-site.ts.
(() => {
  const nonce = document.querySelector('meta[property=csp-nonce]')?.content;
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (name, options) {
    const element = createElement.call(this, name, options);
    if (nonce && element instanceof HTMLStyleElement) element.nonce = nonce;
    return element;
  };
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name, value) {
    if (String(name).toLowerCase() === 'style' && 'style' in this) this.style.cssText = String(value);
    else setAttribute.call(this, name, value);
  };
  document.addEventListener('DOMContentLoaded', () => {
    Scalar.createApiReference('#reference', ${JSON.stringify(SCALAR_CONFIGURATION)});
  });
})();
`;

function newNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function docsPage(nonce: string, title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="csp-nonce" content="${nonce}">
<title>${title} — API reference</title>
</head>
<body>
<noscript><p>The API reference needs JavaScript. The OpenAPI 3.1 document it shows is at <a href="/openapi.json">/openapi.json</a>.</p></noscript>
<div id="reference"></div>
<script src="${DOCS_START_PATH}"></script>
<script src="${API_REFERENCE_PATH}"></script>
</body>
</html>`;
}

/** The headers every /docs answer shares: no framing, its own browsing context group. */
function docsHeaders(csp: string, type: string, cacheControl: string): Record<string, string> {
  return {
    'content-type': type,
    'cache-control': cacheControl,
    'content-security-policy': csp,
    'cross-origin-opener-policy': 'same-origin',
    'x-frame-options': 'DENY',
  };
}

/** Mounts /docs, its start script and Scalar's bundle (404 when `script` has none). */
export function serveDocs(
  app: OpenAPIHono<AppEnv>,
  options: { title: string; script?: ApiReferenceScript },
): void {
  const scriptCsp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
  app.get('/docs', () => {
    const nonce = newNonce();
    // A fresh nonce each time: the page may never be served twice from a cache.
    return new Response(docsPage(nonce, options.title), {
      headers: docsHeaders(docsCsp(nonce), 'text/html; charset=utf-8', 'no-store'),
    });
  });
  app.get(DOCS_START_PATH, () => {
    return new Response(START_SCRIPT, {
      headers: docsHeaders(scriptCsp, 'text/javascript; charset=utf-8', 'public, max-age=300'),
    });
  });
  app.get(API_REFERENCE_PATH, async (c) => {
    const body = await options.script?.();
    if (body === undefined || body === null)
      return c.text('The API reference bundle is not installed here; see /openapi.json.', 404);
    // Revalidated daily: the bundle changes only with a release (its ETag says when).
    return new Response(body, {
      headers: docsHeaders(scriptCsp, 'text/javascript; charset=utf-8', 'public, max-age=86400'),
    });
  });
}
