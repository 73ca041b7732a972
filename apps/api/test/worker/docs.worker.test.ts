import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const get = (path: string) => exports.default.fetch(new Request(`http://verkosto.test${path}`));

// On Workers, Scalar's bundle is a static asset (too big for the script), served by the Worker.
describe('/docs on Workers', () => {
  it('serves the page with its nonce, and Scalar’s bundle from the ASSETS binding', async () => {
    const page = await get('/docs');
    expect(page.status).toBe(200);
    const nonce = /'nonce-([^']+)'/.exec(page.headers.get('content-security-policy')!)![1];
    expect(await page.text()).toContain(`content="${nonce}"`);
    const bundle = await get('/docs/api-reference.js');
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toContain('text/javascript');
    expect(bundle.headers.get('content-security-policy')).toContain("default-src 'none'");
    const text = await bundle.text();
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(text).toContain('createApiReference');
  });
});
