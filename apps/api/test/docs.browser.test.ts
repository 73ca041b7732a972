import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './harness.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let t: Awaited<ReturnType<typeof testApp>>;
let server: ReturnType<typeof serve>;
let base: string;
let browser: Browser;

beforeAll(async () => {
  const bundle = readFileSync(
    new URL('./browser/standalone.js', import.meta.resolve('@scalar/api-reference')),
  );
  t = await testApp({ apiReferenceScript: async () => bundle });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  t?.close();
});

describe('/docs in Chromium', () => {
  it('renders Scalar’s reference from the API’s own files under the strict policy', async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:')) elsewhere.push(r.url());
    });
    const refused: string[] = [];
    await page.exposeFunction('reportRefusal', (text: string) => refused.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const where = e.target instanceof Element ? e.target.tagName.toLowerCase() : '';
        (window as unknown as { reportRefusal(text: string): void }).reportRefusal(
          `${e.effectiveDirective} ${e.blockedURI} ${where}`.trim(),
        );
      });
    });
    await page.goto(`${base}/docs`);
    // The introduction is the document's Markdown, rendered: a heading, not "## Authentication".
    await page
      .getByRole('heading', { name: 'Authentication', exact: true })
      .first()
      .waitFor({ timeout: 60_000 });
    await page.getByText('listNetworks').first().waitFor();
    expect(elsewhere).toEqual([]);
    // The two refusals the README names, and nothing else: zod's `Function('')` feature test
    // and the highlighted code samples' `style` attribute.
    expect(
      [...new Set(refused)].filter(
        (r) => r !== 'script-src eval' && r !== 'style-src-attr inline code',
      ),
    ).toEqual([]);
    await page.close();
  }, 120_000);
});
