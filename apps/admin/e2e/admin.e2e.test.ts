import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const adminDir = fileURLToPath(new URL('..', import.meta.url));
const artifacts = join(adminDir, 'test-results');
const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdefghijklmn';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function waitFor(url: string) {
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(url).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not answer`);
}

let api: ChildProcess;
let browser: Browser;
let page: Page;
let base: string;
let apiUrl: string;
let dir: string;

/** Runs axe-core in the page and returns the serious and critical violations. */
async function axe(where: string) {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses injected script tags.
  await page.evaluate(readFileSync(join(adminDir, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            o: object,
          ) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }>;
        };
      }
    ).axe.run({
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  await page.screenshot({ path: join(artifacts, `${where}.png`), fullPage: true });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'verkosto-e2e-'));
  const apiPort = await freePort();
  api = spawn(process.execPath, [join(adminDir, '../api/dist/node.js')], {
    env: {
      ...process.env,
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      DATABASE_PATH: join(dir, 'db.sqlite'),
      ADMIN_TOKEN,
    },
    stdio: 'ignore',
  });
  apiUrl = `http://127.0.0.1:${apiPort}`;
  await waitFor(`${apiUrl}/healthz`);
  const user = await fetch(`${apiUrl}/v1/users`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'aino', password: 'correct horse battery', role: 'editor' }),
  });
  expect(user.status).toBe(201);

  // The API process serves the built app under /admin, as in production.
  base = apiUrl;
  await waitFor(`${base}/admin/`);

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-gpu',
      '--no-first-run',
    ],
  });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  api?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the admin app in Chromium, on the real API and SQLite', () => {
  it('opens in Finnish with an accessible sign-in form', async () => {
    await page.goto(`${base}/admin/`);
    await page.getByLabel('Käyttäjätunnus').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
    expect(await axe('01-login')).toEqual([]);
  });

  it('refuses a wrong password with a message', async () => {
    await page.getByLabel('Käyttäjätunnus').fill('aino');
    await page.getByLabel('Salasana').fill('wrong password');
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Wrong username or password');
  });

  it('signs in and lists the periods', async () => {
    await page.getByLabel('Salasana').fill('correct horse battery');
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await page.getByRole('heading', { name: 'Toimikaudet' }).waitFor();
    await page.getByRole('link', { name: /USO 4/ }).waitFor();
    expect(await page.getByRole('link', { name: /USO \d/ }).count()).toBe(7);
    expect(await axe('02-periods')).toEqual([]);
  });

  it('shows USO 4’s members with Finnish and Swedish names', async () => {
    await page.getByRole('link', { name: /USO 4/ }).click();
    await page.getByRole('heading', { name: /USO 4/ }).waitFor();
    const pori = page.getByRole('row', { name: /609/ });
    expect(await pori.textContent()).toContain('Björneborg');
    expect(await axe('03-members')).toEqual([]);
  });

  it('adds a member through the picker, and removes it again', async () => {
    await page.goto(`${base}/admin/#/periods/uso-5`);
    await page.getByRole('heading', { name: /USO 5/ }).waitFor();
    await page.getByLabel('Hae kuntaa nimellä tai numerolla').fill('091');
    await page.getByRole('button', { name: 'Lisää', exact: true }).click();
    await page.getByRole('row', { name: /Helsingfors/ }).waitFor();
    expect(await axe('04-member-added')).toEqual([]);
    await page.getByRole('button', { name: 'Poista jäsenkunta Helsinki' }).click();
    await page.getByText('Kaudelle ei ole merkitty jäseniä.').waitFor();
  });

  it('shows the period’s themes as a tree with their origins', async () => {
    await page.goto(`${base}/admin/#/periods/uso-7`);
    await page.getByRole('heading', { name: 'Teemat' }).waitFor();
    const lead = page
      .getByRole('listitem')
      .filter({ hasText: 'Uudistuvien kuntien johtaminen' })
      .first();
    expect(await lead.getByRole('listitem').count()).toBe(3);
    expect(await page.getByText('jatkaa teemaa uso-6-strateginen-johtaminen').count()).toBe(1);
    expect(await axe('05-themes')).toEqual([]);
    await page.goto(`${base}/admin/#/periods/uso-5`);
    await page.getByRole('heading', { name: /USO 5/ }).waitFor();
  });

  it('edits a theme, and on a conflict shows what changed and saves what was typed over it', async () => {
    await page.goto(`${base}/admin/#/periods/uso-6`);
    await page.getByRole('heading', { name: 'Teemat' }).waitFor();
    await page.getByRole('button', { name: 'Muokkaa teemaa Toimiva kaksoisjohtaminen' }).click();
    await page.getByLabel('Avainsanat (pilkuin eroteltuina)').fill('johtajuus, luottamushenkilöt');
    // Meanwhile someone else saves the same theme through the API.
    const path = `${apiUrl}/v1/themes/uso-6-toimiva-kaksoisjohtaminen`;
    const etag = (await fetch(path)).headers.get('etag')!;
    const other = await fetch(path, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${ADMIN_TOKEN}`,
        'content-type': 'application/json',
        'if-match': etag,
      },
      body: JSON.stringify({ keywords: ['toisen muutos'] }),
    });
    expect(other.status).toBe(200);
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Joku muu muutti' });
    await conflict.waitFor();
    expect(await conflict.getByRole('row', { name: /Avainsanat/ }).textContent()).toContain(
      'toisen muutos',
    );
    expect(await axe('06-conflict')).toEqual([]);
    // What was typed is still there; save it over the other version.
    expect(await page.getByLabel('Avainsanat (pilkuin eroteltuina)').inputValue()).toBe(
      'johtajuus, luottamushenkilöt',
    );
    await page.getByRole('button', { name: 'Tallenna omani sen päälle' }).click();
    await expect
      .poll(async () => (await (await fetch(path)).json()).data.keywords)
      .toEqual(['johtajuus', 'luottamushenkilöt']);
    await page.goto(`${base}/admin/#/periods/uso-5`);
    await page.getByRole('heading', { name: /USO 5/ }).waitFor();
  });

  it('shows the API’s validation message next to the field', async () => {
    await page.getByLabel('Hae kuntaa nimellä tai numerolla').fill('999');
    await page.getByRole('button', { name: 'Lisää', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/999/);
  });

  it('switches to English', async () => {
    await page.getByLabel('Kieli').selectOption('en');
    await page.getByRole('heading', { name: 'Member municipalities' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
