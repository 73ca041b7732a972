/**
 * The core flows at the edge: the Worker (apps/api/src/worker.ts) in workerd under
 * `wrangler dev --local`, with a local D1 migrated by wrangler and seeded by the Worker's first
 * request, serving the built admin under /admin from Workers Static Assets — driven by real
 * Chromium as admin.e2e.test.ts drives the API on Node. Sign in, add a member, a conflict, axe and
 * the CSP.
 *
 * Needs the admin built (apps/admin/dist) and the API's dependencies installed; `pnpm --filter
 * @verkosto/admin test:e2e` runs it with admin.e2e.test.ts, `pnpm --filter @verkosto/admin exec
 * vitest run --config vitest.e2e.config.ts e2e/edge.e2e.test.ts` alone.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@verkosto/vitest-config/ports';
import { stopGroup } from '@verkosto/vitest-config/processes';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as harness from './harness.ts';
import { ADMIN_TOKEN, adminDir, artifacts, launchBrowser, run, waitFor } from './harness.ts';

const apiDir = join(adminDir, '../api');
const wranglerBin = join(apiDir, 'node_modules/wrangler/bin/wrangler.js');
/** No telemetry, no colour codes in the log, no request to Cloudflare for `request.cf`. */
const wranglerEnv = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};
/** Tampere, as the picker adds it and the API names it. */
const TAMPERE = '837';

let wrangler: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let base: string;
let dir: string;
let log: string;
let cspViolations: string[] = [];

const axe = (where: string) => harness.axe(page, `edge-${where}`);

/** What wrangler printed, for a failure's message. */
const wranglerLog = () => (log && existsSync(log) ? readFileSync(log, 'utf8').slice(-4000) : '');

beforeAll(async () => {
  if (!existsSync(join(adminDir, 'dist/index.html')))
    throw new Error('Build the admin first: pnpm turbo run build --filter=@verkosto/admin...');
  mkdirSync(artifacts, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'verkosto-edge-e2e-'));
  const assets = join(dir, 'assets');
  const persist = join(dir, 'state');
  // The Worker's assets in a directory of its own: a build beside this suite never rewrites them.
  await run(process.execPath, ['scripts/worker-assets.ts', assets], {
    cwd: apiDir,
    env: process.env,
  });
  // wrangler applies the migrations (as before a deploy); the Worker's first request seeds.
  await run(
    process.execPath,
    [wranglerBin, 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist],
    { cwd: apiDir, env: wranglerEnv },
  );
  const port = await freePort();
  const inspectorPort = await freePort();
  log = join(dir, 'wrangler.log');
  const out = openSync(log, 'a');
  wrangler = spawn(
    process.execPath,
    [
      wranglerBin,
      'dev',
      '--local',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--inspector-port',
      String(inspectorPort),
      '--persist-to',
      persist,
      '--assets',
      assets,
      // A plain variable in dev, as `wrangler secret put ADMIN_TOKEN` is in production.
      '--var',
      `ADMIN_TOKEN:${ADMIN_TOKEN}`,
      '--show-interactive-dev-session=false',
      '--log-level',
      'warn',
    ],
    // Its own process group: wrangler runs workerd in children, and afterAll ends them all.
    { cwd: apiDir, env: wranglerEnv, stdio: ['ignore', out, out], detached: true },
  );
  closeSync(out);
  base = `http://127.0.0.1:${port}`;
  try {
    // The first request loads the registry and the seed into the empty D1.
    await waitFor(`${base}/healthz`, { timeoutMs: 180_000, exited: wrangler });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${wranglerLog()}`);
  }
  await harness.createUser(base, 'aino', 'editor');
  ({ browser, page, cspViolations } = await launchBrowser());
}, 300_000);

afterAll(async () => {
  await browser?.close();
  stopGroup(wrangler);
  if (wrangler && wrangler.exitCode === null)
    await new Promise((resolve) => wrangler?.once('exit', resolve));
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 60_000);

afterEach(async (context) => {
  if (context.task.result?.state !== 'fail' || !page) return;
  await page.screenshot({ path: join(artifacts, `edge-failed-${context.task.name}.png`) });
  console.error(wranglerLog());
});

/** An anonymous read may reuse the isolate's data version for a second: callers poll it. */
const readJson = async (path: string) => (await fetch(`${base}${path}`)).json();

describe('the admin on wrangler dev (workerd, local D1, Workers Static Assets)', () => {
  it('serves /admin from the assets with the strict CSP and its headers', async () => {
    const response = await fetch(`${base}/admin/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/]+=*'/);
    expect(csp).not.toContain('unsafe-inline');
    const script = /src="\/admin\/(assets\/[^"]+\.js)"/.exec(await response.text())![1];
    expect((await fetch(`${base}/admin/${script}`)).status).toBe(200);
    expect((await fetch(`${base}/admin/${script}.map`)).status).toBe(404);
    expect((await fetch(`${base}/admin/assets/missing-123.js`)).status).toBe(404);
  });

  it('opens in Finnish and signs in an editor made through the API', async () => {
    await page.goto(`${base}/admin/`);
    await page.getByLabel('Käyttäjätunnus').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
    expect(await axe('01-login')).toEqual([]);
    await harness.signIn(page, base, 'aino');
    // The seed, loaded by the Worker into the empty D1.
    expect(await page.getByRole('link', { name: /^USO \d$/ }).count()).toBe(7);
    expect(await axe('02-periods')).toEqual([]);
  });

  it('adds Tampere to USO 5 as a member', async () => {
    await page.goto(`${base}/admin/#/periods/uso-5`);
    await page.getByRole('heading', { name: /USO 5/ }).first().waitFor();
    await page.getByLabel('Hae kuntaa nimellä tai numerolla').fill('Tampere');
    await page.getByRole('button', { name: 'Lisää Tampere' }).click();
    await page.getByRole('row', { name: /Tammerfors/ }).waitFor();
    await expect
      .poll(async () => (await fetch(`${base}/v1/periods/uso-5/participants/${TAMPERE}`)).status)
      .toBe(200);
    expect(await axe('03-member-added')).toEqual([]);
  });

  it('shows a conflict when another writer changes the membership meanwhile, and saves over it', async () => {
    await page.getByRole('button', { name: 'Muokkaa jäsenyyttä: Tampere' }).click();
    const left = page.getByLabel('Erosi');
    await left.waitFor();
    // The page has read the membership and its ETag; now someone else saves it through the API.
    await harness.otherAdminWrites(base, `/v1/periods/uso-5/participants/${TAMPERE}`, {
      role: 'tarkkailija',
    });
    await left.fill('2020-06-30');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Joku muu muutti' });
    await conflict.waitFor();
    expect(await conflict.getByRole('row', { name: /Rooli/ }).textContent()).toContain(
      'tarkkailija',
    );
    expect(await axe('04-conflict')).toEqual([]);
    // What was typed is still there; save it over the other version.
    expect(await left.inputValue()).toBe('2020-06-30');
    await page.getByRole('button', { name: 'Tallenna omani sen päälle' }).click();
    await expect
      .poll(async () => (await readJson(`/v1/periods/uso-5/participants/${TAMPERE}`)).data.leftOn)
      .toBe('2020-06-30');
  });

  it('ran every page without a CSP refusal', async () => {
    expect(
      await page.evaluate(() => [...document.querySelectorAll('style')].every((s) => s.nonce)),
    ).toBe(true);
    expect(cspViolations).toEqual([]);
  });
});
