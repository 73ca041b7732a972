/**
 * What the admin's end-to-end suites share: the API on Node with SQLite (admin.e2e.test.ts) and
 * the Worker in workerd with a local D1 (edge.e2e.test.ts) are driven the same way — users made
 * through the API with the ADMIN_TOKEN, real Chromium, axe-core in the page, the CSP's refusals
 * collected from the console.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const adminDir = fileURLToPath(new URL('..', import.meta.url));
export const artifacts = join(adminDir, 'test-results');
export const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdefghijklmn';
export const PASSWORD = 'correct horse battery';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Waits until `url` answers with anything below 500, polling every 50 ms; fails after
 * `timeoutMs`, early when `exited` (the server's process) has ended.
 */
export async function waitFor(
  url: string,
  { timeoutMs = 10_000, exited }: { timeoutMs?: number; exited?: ChildProcess } = {},
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited && exited.exitCode !== null)
      throw new Error(`${url}: the server exited (${exited.exitCode})`);
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

/** Runs axe-core in the page, screenshots it, and returns the serious and critical violations. */
export async function axe(page: Page, where: string) {
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

/** Makes a user through the API with the ADMIN_TOKEN, as an admin's script would. */
export async function createUser(
  apiUrl: string,
  username: string,
  role: 'viewer' | 'editor' | 'admin',
) {
  const response = await fetch(`${apiUrl}/v1/users`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD, role }),
  });
  expect(response.status).toBe(201);
}

/** Writes through the API as another admin would, with the item's current ETag. */
export async function otherAdminWrites(apiUrl: string, path: string, body: object) {
  const etag = (await fetch(`${apiUrl}${path}`)).headers.get('etag')!;
  const response = await fetch(`${apiUrl}${path}`, {
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${ADMIN_TOKEN}`,
      'content-type': 'application/json',
      'if-match': etag,
    },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

/** Real Chromium with one page, and what the browser refused under the page's CSP. */
export async function launchBrowser(): Promise<{
  browser: Browser;
  page: Page;
  /** The design system's styles must never be among these. */
  cspViolations: string[];
}> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-gpu',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage({ acceptDownloads: true });
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return { browser, page, cspViolations };
}

/** Signs in on the admin's form and waits for the network's periods. */
export async function signIn(page: Page, base: string, username: string) {
  await page.goto(`${base}/admin/`);
  await page.getByLabel('Käyttäjätunnus').fill(username);
  await page.getByLabel('Salasana').fill(PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  // The periods load after the page: wait for them, so what a test counts next is all there.
  await page.getByRole('link', { name: 'USO 7' }).waitFor();
}

/** Runs a command to its end; rejects with its output when it fails. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`)),
    );
  });
}
