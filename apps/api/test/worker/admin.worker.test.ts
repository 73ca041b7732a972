import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

// The admin app's real build (apps/admin/dist) from Workers Static Assets, through the Worker.
const get = (path: string) =>
  exports.default.fetch(new Request(`http://verkosto.test${path}`, { redirect: 'manual' }));

/** The hashed files index.html names (`/admin/assets/index-….js`, its CSS). */
async function builtAssets(): Promise<string[]> {
  const html = await (await get('/admin/')).text();
  return [...html.matchAll(/(?:src|href)="(\/admin\/assets\/[^"]+)"/g)].map((m) => m[1]!);
}

describe('/admin on Workers', () => {
  it('answers index.html with a fresh nonce in the page and in its CSP, nosniff, no-cache', async () => {
    const nonces: string[] = [];
    for (const path of ['/admin/', '/admin/index.html']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const html = await res.text();
      expect(html).not.toContain('__CSP_NONCE__');
      const nonce = /nonce="([^"]+)"/.exec(html)?.[1];
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      nonces.push(nonce!);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
    const bare = await get('/admin');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/admin/');
  });

  it('serves the hashed files with their type, for a year, immutable', async () => {
    const assets = await builtAssets();
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    for (const path of assets) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(
        /^text\/(javascript|css); charset=utf-8$/,
      );
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
  });

  it('falls back to the page for the app’s own paths; a missing file is a 404', async () => {
    for (const path of ['/admin/networks/uso', '/admin/periods/uso-4/members']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    }
    const [script] = await builtAssets();
    for (const path of [
      '/admin/assets/index-00000000.js',
      `${script}.map`,
      '/admin/favicon.ico',
      '/admin/assets/',
      '/admin/..%2Findex.html',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves no file of the build outside /admin', async () => {
    const [script] = await builtAssets();
    for (const path of ['/index.html', script!.slice('/admin'.length)])
      expect((await get(path)).status, path).toBe(404);
  });
});
