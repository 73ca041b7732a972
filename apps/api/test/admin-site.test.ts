import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NONCE_PLACEHOLDER, serveAdmin } from '../src/admin-site.ts';
import { testApp } from './harness.ts';

// A build shaped like Vite's: index.html naming hashed assets, each with its source map.
const BUILD: Record<string, string> = {
  'assets/index-abc.js': 'console.log(1)',
  'assets/index-abc.js.map': '{"sources":["src/App.tsx"]}',
};
const asked: string[] = [];

let harness: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  harness = await testApp();
  serveAdmin(harness.app, {
    indexHtml: () =>
      `<!doctype html><meta property="csp-nonce" nonce="${NONCE_PLACEHOLDER}"><script type="module" src="/admin/assets/index-abc.js"></script>`,
    read(path) {
      asked.push(path);
      const text = BUILD[path];
      return text === undefined ? undefined : new TextEncoder().encode(text);
    },
  });
});
afterAll(() => harness.close());

const get = (path: string) => harness.app.request(path);

describe('/admin', () => {
  it('answers index.html with a fresh nonce, in the page and in its CSP', async () => {
    const [first, second] = [await get('/admin/'), await get('/admin/')];
    const nonces = [];
    for (const res of [first, second]) {
      expect(res.status).toBe(200);
      const html = await res.text();
      const nonce = /nonce="([^"]+)"/.exec(html)?.[1];
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("default-src 'self'");
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('serves the assets, never their source maps', async () => {
    const js = await get('/admin/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(js.headers.get('cache-control')).toContain('immutable');
    const map = await get('/admin/assets/index-abc.js.map');
    expect(map.status).toBe(404);
    expect(await map.text()).not.toContain('sources');
  });

  it('answers a missing asset 404, not the page; the app’s pages fall back to it', async () => {
    for (const path of ['/admin/assets/gone-123.js', '/admin/favicon.ico', '/admin/x.css'])
      expect((await get(path)).status, path).toBe(404);
    for (const path of ['/admin/assets/', '/admin/assets/missing']) {
      expect((await get(path)).status, path).toBe(404);
    }
    const page = await get('/admin/periods');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect((await get('/admin')).status).toBe(301);
  });

  it('never leaves the build, however the path is spelled', async () => {
    for (const path of [
      '/admin/..%2f..%2fpackage.json',
      '/admin/%2e%2e/index.js',
      '/admin/%E0%A4%A',
    ])
      expect((await get(path)).status, path).toBe(404);
  });
});
