import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { municipalityRegistry } from '@verkosto/data';
import { freePort } from '@verkosto/vitest-config/ports';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as harness from './harness.ts';
import { ADMIN_TOKEN, adminDir, artifacts, launchBrowser, PASSWORD, waitFor } from './harness.ts';

let api: ChildProcess;
let browser: Browser;
let page: Page;
let base: string;
let apiUrl: string;
let dir: string;
/** What the browser refused under the page's CSP: the design system's styles must never be. */
let cspViolations: string[] = [];

/** Runs axe-core in the page and returns the serious and critical violations. */
const axe = (where: string) => harness.axe(page, where);

const createUser = (username: string, role: 'viewer' | 'editor' | 'admin') =>
  harness.createUser(apiUrl, username, role);

/** Writes through the API as another admin would, with the item's current ETag. */
const otherAdminWrites = (path: string, body: object) =>
  harness.otherAdminWrites(apiUrl, path, body);

/** A network of `periods` one-year periods, each with every municipality that still exists. */
function largeDataset(periods: number) {
  // Those on record "before records" (2008) and never abolished: valid in every year used here.
  const current = municipalityRegistry.validOn('1700-01-01').filter((m) => !m.validTo);
  return {
    formatVersion: 1,
    sources: [],
    networks: [
      { id: 'iso', name: { fi: 'Iso verkosto' }, organiser: 'Kuntaliitto', links: [], sources: [] },
    ],
    periods: Array.from({ length: periods }, (_, i) => ({
      id: `iso-${i + 1}`,
      networkId: 'iso',
      ordinal: i + 1,
      label: `Iso ${i + 1}`,
      // Far from the real periods, so they overlap none of them.
      startDate: `${1700 + i}-01-01`,
      endDate: `${1700 + i}-12-31`,
      sources: [],
    })),
    themes: [],
    participations: Array.from({ length: periods }, (_, i) =>
      current.map((m) => ({
        periodId: `iso-${i + 1}`,
        municipalityCode: m.code,
        role: 'kehittajakunta',
        sources: [],
      })),
    ).flat(),
  };
}

const readJson = async (path: string) => (await fetch(`${apiUrl}${path}`)).json();

const signIn = (username: string) => harness.signIn(page, base, username);

/** Picks a network in the header's switcher (a Suomi.fi Dropdown: a button and a listbox). */
async function chooseNetwork(name: string) {
  await page
    .getByRole('button', { name: /Verkosto/ })
    .first()
    .click();
  await page.getByRole('option', { name }).click();
}

async function signOut() {
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await page.getByLabel('Käyttäjätunnus').waitFor();
}

/**
 * A write that names no source is saved with a `missing_source` warning: the form stays open with
 * the warning at its sources until "Valmis" closes it.
 */
async function doneWithoutSource() {
  await page.getByRole('button', { name: 'Valmis' }).click();
}

async function open(hash: string, heading: string | RegExp) {
  await page.goto(`${base}/admin/${hash}`);
  await page.getByRole('heading', { name: heading }).first().waitFor();
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
  await createUser('aino', 'editor');
  await createUser('pekka', 'admin');
  await createUser('ville', 'viewer');

  // The API process serves the built app under /admin, as in production.
  base = apiUrl;
  await waitFor(`${base}/admin/`);

  ({ browser, page, cspViolations } = await launchBrowser());
});

afterAll(async () => {
  await browser?.close();
  api?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// The tests share one page and go on from where the last one left it. A test that fails half-way
// must not leave the browser on another network or language and so fail every test after it:
// the choices the app keeps in this browser go back to their defaults.
afterEach(async (context) => {
  if (context.task.result?.state !== 'fail' || !page) return;
  await page.screenshot({
    path: join(artifacts, `failed-${context.task.name}.png`),
    fullPage: true,
  });
  await page.goto(`${base}/admin/`);
  await page.evaluate(() => {
    localStorage.setItem('verkosto.network', 'uso');
    localStorage.removeItem('verkosto.language');
  });
  await page.reload();
});

describe('signing in', () => {
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
      .toBe('Käyttäjätunnus tai salasana on väärin.');
  });

  it('signs in and lists the network’s periods', async () => {
    await signIn('aino');
    expect(await page.getByRole('link', { name: /^USO \d$/ }).count()).toBe(7);
    expect(await page.getByRole('row', { name: /USO 4/ }).textContent()).toContain(
      '1.1.2017–31.12.2018',
    );
    // An editor has no audit log in the menu.
    expect(
      await page
        .getByRole('navigation', { name: 'Päävalikko' })
        .getByRole('link')
        .allTextContents(),
    ).toEqual(['Toimikaudet', 'Tunnusluvut', 'Tuonti ja vienti']);
    expect(await axe('02-periods')).toEqual([]);
  });

  it('keeps the session over a reload, and can still write (the CSRF token comes back)', async () => {
    await page.reload();
    await page.getByRole('link', { name: 'USO 7' }).waitFor();
    await open('#/periods/uso-5', /USO 5/);
    await page.getByLabel('Hae kuntaa nimellä tai numerolla').fill('Tampere');
    await page.getByRole('button', { name: 'Lisää Tampere' }).click();
    await page.getByRole('row', { name: /Tammerfors/ }).waitFor();
    await page.getByRole('button', { name: 'Poista jäsenkunta Tampere' }).click();
    await page.getByText('Kaudelle ei ole merkitty jäseniä.').waitFor();
  });
});

describe('members', () => {
  it('shows USO 4’s members with Finnish and Swedish names and regions', async () => {
    await page.goto(`${base}/admin/#/`);
    await page.getByRole('link', { name: 'USO 4' }).click();
    await page.getByRole('heading', { name: /USO 4/ }).waitFor();
    const pori = page.getByRole('row', { name: /609/ });
    expect(await pori.textContent()).toContain('Björneborg');
    expect(await pori.textContent()).toContain('Satakunta');
    expect(await axe('03-members')).toEqual([]);
  });

  it('edits a membership: the API’s rule on its dates lands at the field', async () => {
    await open('#/periods/uso-4', /USO 4/);
    await page.getByRole('button', { name: 'Muokkaa jäsenyyttä: Pori' }).click();
    const left = page.getByLabel('Erosi');
    await left.fill('2030-06-30');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await expect.poll(() => left.getAttribute('aria-invalid')).toBe('true');
    await left.fill('2018-06-30');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await page.getByText('Jäsenyys Pori tallennettiin.').waitFor();
    expect((await readJson('/v1/periods/uso-4/participants/609')).data.leftOn).toBe('2018-06-30');
  });

  it('finds a municipality by its Swedish name or by region, adds it, and removes it', async () => {
    await open('#/periods/uso-5', /USO 5/);
    const search = page.getByLabel('Hae kuntaa nimellä tai numerolla');
    // Accents are optional and Swedish names count: "Borga" finds Porvoo.
    await search.fill('Borga');
    await page.getByRole('button', { name: 'Lisää Porvoo' }).waitFor();
    await search.fill('');
    await page
      .getByLabel('Maakunta', { exact: true })
      .selectOption({ label: 'Kainuu / Kajanaland' });
    await expect.poll(() => page.getByText(/kuntaa löytyi/).textContent()).toBe('8 kuntaa löytyi.');
    await page.getByLabel('Rooli').selectOption({ label: 'tarkkailija' });
    await page.getByRole('button', { name: 'Lisää Kajaani' }).click();
    await page.getByRole('row', { name: /Kajana/ }).waitFor();
    expect(await page.getByRole('row', { name: /Kajana/ }).textContent()).toContain('tarkkailija');
    expect(await axe('04-member-added')).toEqual([]);
    await page.getByRole('button', { name: 'Poista jäsenkunta Kajaani' }).click();
    await page.getByText('Kaudelle ei ole merkitty jäseniä.').waitFor();
  });

  it('shows the API’s refusal next to the field', async () => {
    await page.getByLabel('Hae kuntaa nimellä tai numerolla').fill('999');
    await page.getByRole('button', { name: 'Lisää', exact: true }).click();
    const field = page.getByLabel('Hae kuntaa nimellä tai numerolla');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const described = await field.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).textContent()).toMatch(/999/);
  });
});

describe('themes', () => {
  it('shows a period’s themes with their origins', async () => {
    await open('#/periods/uso-7', 'Teemat');
    // Kuntaliitto's page names a lead theme and three themes, none a sub-theme of another (the
    // tree itself shows below, once a sub-theme is added).
    const lead = page
      .getByRole('listitem')
      .filter({ hasText: 'Uudistuvien kuntien johtaminen' })
      .first();
    expect(await lead.getByRole('listitem').count()).toBe(0);
    expect(
      await page
        .getByText('Yhdyspinnoilla johtaminen ja yhteistyö hyvinvointialueiden kanssa')
        .count(),
    ).toBe(1);
    expect(await page.getByText(/jatkaa teemaa/).count()).toBeGreaterThan(0);
    expect(await axe('05-themes')).toEqual([]);
  });

  it('creates a continued theme: checked in the browser first, then picked from an earlier period', async () => {
    await open('#/periods/uso-7', 'Teemat');
    await page.getByRole('button', { name: 'Uusi teema' }).click();
    // The keyboard goes to the form's first field.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('lang')))
      .toBe('fi');
    await page.getByLabel('Nimi suomeksi').fill('Ennakoiva johtaminen arjessa');
    expect(await page.getByLabel('Tunniste').inputValue()).toBe('ennakoiva-johtaminen-arjessa');
    await page.getByLabel('Nimi ruotsiksi').fill('Förutseende ledarskap i vardagen');
    await page.getByRole('radio', { name: 'jatkuu aiemmalta kaudelta' }).check();
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    // The browser ran the API's own rule: the message is at the picker, which has the focus.
    const picker = page.getByLabel('Jatkaa teemaa');
    await expect.poll(() => picker.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    expect(await page.locator('.field', { has: picker }).textContent()).toMatch(
      /continuesThemeId|jatka/i,
    );
    expect(await axe('06-theme-form-invalid')).toEqual([]);
    const options = await picker
      .locator('optgroup')
      .evaluateAll((groups) => groups.map((g) => (g as HTMLOptGroupElement).label));
    expect(options[0]).toBe('USO 6'); // nearest earlier period first
    await picker.selectOption({ label: 'Toimiva kaksoisjohtaminen' });
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await doneWithoutSource();
    await page.getByText('Teema Ennakoiva johtaminen arjessa tallennettiin.').waitFor();
    const saved = await readJson('/v1/themes/uso-7-ennakoiva-johtaminen-arjessa');
    expect(saved.data).toMatchObject({
      origin: 'continued',
      continuesThemeId: 'uso-6-toimiva-kaksoisjohtaminen',
      names: { fi: 'Ennakoiva johtaminen arjessa', sv: 'Förutseende ledarskap i vardagen' },
    });
  });

  it('adds a sub-theme, deletes it, and undoes the delete', async () => {
    await page
      .getByRole('button', { name: 'Lisää alateema teemaan Ennakoiva johtaminen arjessa' })
      .click();
    expect(await page.getByLabel('Yläteema').inputValue()).toBe(
      'uso-7-ennakoiva-johtaminen-arjessa',
    );
    await page.getByLabel('Nimi suomeksi').fill('Skenaariotyö');
    await page.getByRole('radio', { name: 'lainattu' }).check();
    await page.getByLabel('Lainattu mistä').fill('Sitra');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await doneWithoutSource();
    await page.getByText('Teema Skenaariotyö tallennettiin.').waitFor();
    const parent = page
      .getByRole('listitem')
      .filter({ hasText: 'Ennakoiva johtaminen arjessa' })
      .first();
    expect(await parent.getByRole('listitem').textContent()).toContain('Skenaariotyö');
    await page.getByRole('button', { name: 'Poista teema Skenaariotyö' }).click();
    await page.getByText('Teema Skenaariotyö poistettiin.').waitFor();
    expect((await fetch(`${apiUrl}/v1/themes/uso-7-skenaariotyo`)).status).toBe(404);
    await page.getByRole('button', { name: 'Peru' }).click();
    await page.getByText('Teema Skenaariotyö palautettiin.').waitFor();
    expect((await fetch(`${apiUrl}/v1/themes/uso-7-skenaariotyo`)).status).toBe(200);
  });

  it('edits a theme, and on a conflict shows what changed and saves what was typed over it', async () => {
    await open('#/periods/uso-6', 'Teemat');
    await page.getByRole('button', { name: 'Muokkaa teemaa Toimiva kaksoisjohtaminen' }).click();
    await page.getByLabel('Avainsanat (pilkuin eroteltuina)').fill('johtajuus, luottamushenkilöt');
    // Meanwhile someone else saves the same theme through the API.
    await otherAdminWrites('/v1/themes/uso-6-toimiva-kaksoisjohtaminen', {
      keywords: ['toisen muutos'],
    });
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Joku muu muutti' });
    await conflict.waitFor();
    expect(await conflict.getByRole('row', { name: /Avainsanat/ }).textContent()).toContain(
      'toisen muutos',
    );
    expect(await axe('07-conflict')).toEqual([]);
    // What was typed is still there; save it over the other version.
    expect(await page.getByLabel('Avainsanat (pilkuin eroteltuina)').inputValue()).toBe(
      'johtajuus, luottamushenkilöt',
    );
    await page.getByRole('button', { name: 'Tallenna omani sen päälle' }).click();
    await expect
      .poll(
        async () => (await readJson('/v1/themes/uso-6-toimiva-kaksoisjohtaminen')).data.keywords,
      )
      .toEqual(['johtajuus', 'luottamushenkilöt']);
  });

  it('on a conflict can also take the saved version instead', async () => {
    await open('#/periods/uso-6', 'Teemat');
    await page.getByRole('button', { name: 'Muokkaa teemaa Toimiva kaksoisjohtaminen' }).click();
    await page.getByLabel('Nimi englanniksi').fill('My English name');
    await otherAdminWrites('/v1/themes/uso-6-toimiva-kaksoisjohtaminen', {
      name: { fi: 'Toimiva kaksoisjohtaminen', en: 'Their English name' },
    });
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await page.getByRole('button', { name: 'Ota tallennettu versio' }).click();
    expect(await page.getByLabel('Nimi englanniksi').inputValue()).toBe('Their English name');
    await page.getByRole('button', { name: 'Peruuta' }).click();
  });
});

describe('an ended session', () => {
  it('asks to sign in again over the page, and keeps what was typed', async () => {
    await open('#/periods/uso-6', 'Teemat');
    await page.getByRole('button', { name: 'Muokkaa teemaa Toimiva kaksoisjohtaminen' }).click();
    const keywords = page.getByLabel('Avainsanat (pilkuin eroteltuina)');
    await keywords.fill('istunto, jatkuu');
    // The session ends (8 hours pass, or it is signed out elsewhere).
    await page.context().clearCookies();
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Kirjaudu sisään' });
    await dialog.waitFor();
    expect(await dialog.getByRole('status').textContent()).toContain('kirjoittamasi on tallessa');
    expect(await axe('08-session-ended')).toEqual([]);
    await dialog.getByLabel('Käyttäjätunnus').fill('aino');
    await dialog.getByLabel('Salasana').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await keywords.inputValue()).toBe('istunto, jatkuu');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await expect
      .poll(
        async () => (await readJson('/v1/themes/uso-6-toimiva-kaksoisjohtaminen')).data.keywords,
      )
      .toEqual(['istunto', 'jatkuu']);
  });
});

describe('periods', () => {
  it('proposes the next period, checks its dates in the browser, and creates it', async () => {
    await open('#/', 'Uuden sukupolven organisaatiot');
    await page.getByRole('button', { name: 'Uusi toimikausi' }).click();
    expect(await page.getByLabel('Nimi', { exact: true }).inputValue()).toBe('USO 8');
    expect(await page.getByLabel('Tunniste').inputValue()).toBe('uso-8');
    expect(await page.getByLabel('Alkaa').inputValue()).toBe('2025-01-01');
    expect(await page.getByLabel('Päättyy').inputValue()).toBe('2026-12-31');
    await page.getByLabel('Päättyy').fill('2024-12-31');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    const end = page.getByLabel('Päättyy');
    await expect.poll(() => end.getAttribute('aria-invalid')).toBe('true');
    expect(await axe('09-period-form-invalid')).toEqual([]);
    await end.fill('2026-12-31');
    await page.getByLabel('Kuvaus suomeksi').fill('Kahdeksas toimikausi.');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await doneWithoutSource();
    await page.getByText('Toimikausi USO 8 luotiin.').waitFor();
    await page.getByRole('link', { name: 'USO 8' }).waitFor();
    expect((await readJson('/v1/periods/uso-8')).data).toMatchObject({
      ordinal: 8,
      startDate: '2025-01-01',
      endDate: '2026-12-31',
      description: { fi: 'Kahdeksas toimikausi.' },
    });
  });

  it('edits a period, deletes it after a confirmation, and restores it', async () => {
    await open('#/periods/uso-8', /USO 8/);
    await page.getByRole('button', { name: 'Muokkaa toimikautta' }).click();
    await page.getByLabel('Ilmoitettu jäsenmäärä').fill('24');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await doneWithoutSource();
    await page.getByText('Tallennettu.').waitFor();
    expect((await readJson('/v1/periods/uso-8')).data.reportedMemberCount).toBe(24);
    await page.getByRole('button', { name: 'Poista toimikausi' }).click();
    await page.getByRole('button', { name: 'Vahvista: poista USO 8' }).click();
    await page.getByText('Toimikausi USO 8 poistettiin.').waitFor();
    expect((await fetch(`${apiUrl}/v1/periods/uso-8`)).status).toBe(404);
    await page.getByRole('button', { name: 'Peru' }).click();
    await page.getByText('Toimikausi USO 8 palautettiin.').waitFor();
    expect((await fetch(`${apiUrl}/v1/periods/uso-8`)).status).toBe(200);
  });
});

describe('the member picker', () => {
  it('finds a municipality merged away before the period by its old name, and offers its successor', async () => {
    await open('#/periods/uso-8', /USO 8/);
    const search = page.getByLabel('Hae kuntaa nimellä tai numerolla');
    await search.fill('Pertunmaa');
    await page.getByText('Pertunmaa — yhdistyi 1.1.2025 kuntaan Mäntyharju').waitFor();
    await expect.poll(() => page.getByText(/löytyi/).textContent()).toBe('1 kunta löytyi.');
    expect(await axe('09b-picker-merger')).toEqual([]);
    await page.getByRole('button', { name: 'Lisää Mäntyharju' }).click();
    await page.getByRole('row', { name: /Mäntyharju/ }).waitFor();
    // Already a member: it says so, instead of vanishing from the results.
    await search.fill('Pertunmaa');
    await page.getByText('Mäntyharju on jo jäsen').waitFor();
    await search.fill('Mäntyharju');
    await expect.poll(() => page.getByText('Mäntyharju on jo jäsen').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Lisää Mäntyharju' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Poista jäsenkunta Mäntyharju' }).click();
    await page.getByText('Kaudelle ei ole merkitty jäseniä.').waitFor();
  });

  it('lists every municipality of a region, never a silent cut', async () => {
    const search = page.getByLabel('Hae kuntaa nimellä tai numerolla');
    await search.fill('');
    await page.getByLabel('Maakunta', { exact: true }).selectOption({ label: 'Lappi / Lappland' });
    await expect.poll(() => page.getByText(/löytyi/).textContent()).toBe('21 kuntaa löytyi.');
    expect(await page.getByRole('button', { name: /^Lisää / }).count()).toBe(21);
    await page.getByLabel('Maakunta', { exact: true }).selectOption({ label: 'Kaikki maakunnat' });
  });
});

describe('networks', () => {
  it('creates a network, switches to it, edits it, and switches back', async () => {
    await open('#/', 'Uuden sukupolven organisaatiot');
    await page.getByRole('button', { name: 'Uusi verkosto' }).click();
    await page.getByLabel('Nimi suomeksi').fill('Testiverkosto');
    expect(await page.getByLabel('Tunniste').inputValue()).toBe('testiverkosto');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    // The organiser is required: the browser says so at the field, before sending.
    const organiser = page.getByLabel('Järjestäjä', { exact: true });
    await expect.poll(() => organiser.getAttribute('aria-invalid')).toBe('true');
    await organiser.fill('Kuntaliitto');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await doneWithoutSource();
    await page.getByText('Verkosto Testiverkosto luotu.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Testiverkosto' }).waitFor();
    await page.getByRole('button', { name: 'Muokkaa verkostoa' }).click();
    await page.getByLabel('Nimi ruotsiksi').fill('Testnätverket');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await doneWithoutSource();
    await page.getByText('Verkoston Testiverkosto tiedot tallennettu.').waitFor();
    expect((await readJson('/v1/networks/testiverkosto')).data.names.sv).toBe('Testnätverket');
    expect(await axe('09c-network')).toEqual([]);
    await chooseNetwork('Uuden sukupolven organisaatiot');
    await page.getByRole('link', { name: 'USO 7' }).waitFor();
  });
});

describe('import and export', () => {
  const csv = (rows: string[]) =>
    Buffer.from(
      [
        'period_id,municipality_code,municipality_name,role,joined_on,left_on,sources',
        ...rows,
      ].join('\n'),
    );

  it('shows a dry run’s errors with their lines, and does not offer to apply them', async () => {
    await open('#/import', 'Tuonti ja vienti');
    await page.getByLabel('Valitse tiedosto').setInputFiles({
      name: 'jasenet.csv',
      mimeType: 'text/csv',
      buffer: csv([
        'uso-8,091,Helsinki,kehittajakunta,,,',
        'uso-8,998,Ei ole,kehittajakunta,,,',
        'uso-8,,Atlantis,kehittäjäkunta,,,',
      ]),
    });
    await page.getByRole('heading', { name: /Koeajon raportti/ }).waitFor();
    const issues = page.getByRole('table', { name: /Havainnot/ });
    expect(await issues.getByRole('row').filter({ hasText: 'rivi 3' }).count()).toBeGreaterThan(0);
    // A name that names no municipality is reported once, as a name: never as "code undefined".
    expect(await issues.getByRole('row').filter({ hasText: 'rivi 4' }).count()).toBe(1);
    expect(await issues.textContent()).toContain('Atlantis');
    expect(await issues.textContent()).not.toContain('undefined');
    expect(await page.getByRole('button', { name: 'Hyväksy ja tuo' }).isDisabled()).toBe(true);
    expect(await axe('10-import-errors')).toEqual([]);
  });

  it('imports a members CSV after its dry run, all at once', async () => {
    await page.getByLabel('Valitse tiedosto').setInputFiles({
      name: 'jasenet.csv',
      mimeType: 'text/csv',
      buffer: csv(['uso-8,091,Helsinki,kehittajakunta,,,', 'uso-8,837,Tampere,kehittajakunta,,,']),
    });
    await page.getByRole('heading', { name: /Koeajon raportti/ }).waitFor();
    const changes = page.getByRole('table', { name: 'Muutokset' });
    expect(await changes.getByRole('row', { name: /Jäsenyydet/ }).textContent()).toMatch(
      /Jäsenyydet2/,
    );
    // Nothing is written by the dry run.
    expect((await readJson('/v1/periods/uso-8')).data.memberCount).toBe(0);
    expect(await axe('11-import-dry-run')).toEqual([]);
    await page.getByRole('button', { name: 'Hyväksy ja tuo' }).click();
    await page.getByText('Tiedosto jasenet.csv tuotiin.').waitFor();
    expect((await readJson('/v1/periods/uso-8')).data.memberCount).toBe(2);
  });

  it('imports a large dataset with progress: bytes sent, then the server’s work', async () => {
    const dataset = largeDataset(150);
    const buffer = Buffer.from(JSON.stringify(dataset));
    expect(buffer.length).toBeGreaterThan(3_000_000);
    // Record every progress bar the page shows while the file goes.
    await page.evaluate(() => {
      const seen: Array<{ value: number | null; max: number }> = [];
      (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
      new MutationObserver(() => {
        for (const bar of document.querySelectorAll('progress'))
          seen.push({ value: bar.hasAttribute('value') ? bar.value : null, max: bar.max });
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByLabel('Valitse tiedosto').setInputFiles({
      name: 'iso-verkosto.json',
      mimeType: 'application/json',
      buffer,
    });
    await page.getByRole('heading', { name: /Koeajon raportti: iso-verkosto.json/ }).waitFor();
    const created = page.getByRole('table', { name: 'Muutokset' }).getByRole('row', {
      name: /Jäsenyydet/,
    });
    expect(await created.textContent()).toContain(String(dataset.participations.length));
    await page.getByRole('button', { name: 'Hyväksy ja tuo' }).click();
    await page.getByText('Tiedosto iso-verkosto.json tuotiin.').waitFor({ timeout: 60_000 });
    const seen = await page.evaluate(
      () =>
        (window as unknown as { progressSeen: Array<{ value: number | null; max: number }> })
          .progressSeen,
    );
    expect(seen.some((bar) => bar.value !== null && bar.max === buffer.length)).toBe(true);
    expect(seen.some((bar) => bar.value === null)).toBe(true);
    expect((await readJson('/v1/networks/iso/periods?limit=500')).data).toHaveLength(150);
  });

  it('pages a network’s 150 periods, filters and sorts them', async () => {
    await open('#/', 'Uuden sukupolven organisaatiot');
    await chooseNetwork('Iso verkosto');
    const table = page.getByRole('table', { name: /Verkoston Iso verkosto toimikaudet/ });
    await table.waitFor();
    expect(await table.locator('caption').textContent()).toContain('Sivu 1/6');
    expect(await table.getByRole('link').first().textContent()).toBe('Iso 150');
    await page.getByRole('button', { name: 'Seuraava sivu' }).click();
    expect(await table.getByRole('link').first().textContent()).toBe('Iso 125');
    await table.getByRole('button', { name: 'Toimikausi' }).click();
    expect(
      await table.getByRole('columnheader', { name: 'Toimikausi' }).getAttribute('aria-sort'),
    ).toBe('ascending');
    expect(await table.getByRole('link').first().textContent()).toBe('Iso 1');
    await page.getByLabel('Suodata').fill('Iso 101');
    expect(await table.getByRole('link').allTextContents()).toEqual(['Iso 101']);
    expect(await axe('11d-many-periods')).toEqual([]);
    await chooseNetwork('Uuden sukupolven organisaatiot');
    await page.getByRole('link', { name: 'USO 7' }).waitFor();
    await open('#/import', 'Tuonti ja vienti');
  });

  it('exports the dataset as JSON and the members as CSV, also for Finnish Excel', async () => {
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa JSON' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}-verkosto\.json$/);
    const dataset = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(dataset.periods.map((p: { id: string }) => p.id)).toContain('uso-8');
    const [members] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa jäsenet (CSV)' }).click(),
    ]);
    const text = readFileSync((await members.path())!, 'utf8');
    expect(text.split(/\r?\n/)[0]).toMatch(/^period_id,municipality_code/);
    expect(text).toMatch(/uso-8,837/);
    // For Excel in a Finnish locale: a UTF-8 byte-order mark and `;`.
    const [excel] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa jäsenet (Excel-CSV)' }).click(),
    ]);
    expect(excel.suggestedFilename()).toMatch(/-verkosto-jasenet-excel\.csv$/);
    const bytes = readFileSync((await excel.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const excelText = bytes.subarray(3).toString('utf8');
    expect(excelText.split('\r\n')[0]).toMatch(/^period_id;municipality_code;/);
    expect(excelText).toMatch(/uso-8;837/);
  });

  it('offers a template and help for each column', async () => {
    await page.getByText('Jäsen-CSV: malli ja sarakkeet').click();
    await page
      .getByText('kehittäjäkunta (oletus), kumppani tai tarkkailija', { exact: false })
      .waitFor();
    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa malli: Jäsen-CSV' }).click(),
    ]);
    const text = readFileSync((await template.path())!, 'utf8');
    expect(text.split(/\r?\n/)[0]).toBe(
      'period_id,municipality_code,municipality_name,role,joined_on,left_on,sources',
    );
    expect(await axe('11b-csv-help')).toEqual([]);
  });

  it('says a members CSV replaces the period’s members, and whom it removes and adds', async () => {
    // USO 8 has Helsinki and Tampere; the file keeps Helsinki, adds Pori (the role as the admin
    // shows it) and so removes Tampere.
    await page.getByLabel('Valitse tiedosto').setInputFiles({
      name: 'korvaa.csv',
      mimeType: 'text/csv',
      buffer: csv(['uso-8,091,Helsinki,kehittäjäkunta,,,', 'uso-8,609,Pori,kumppani,,,']),
    });
    const replacement = page.getByRole('region', { name: 'Tuonti korvaa jäsenkunnat' });
    await replacement.getByText('Poistetaan kaudelta USO 8:').waitFor();
    expect(await replacement.textContent()).toContain(
      'lisätään 1 kunta, poistetaan 1 kunta, säilyy 1 kunta.',
    );
    expect(await replacement.getByRole('listitem').allTextContents()).toEqual([
      'Tampere (837)',
      'Pori (609)',
    ]);
    expect(await axe('11c-members-replacement')).toEqual([]);
    await page.getByRole('button', { name: 'Hyväksy ja tuo' }).click();
    await page.getByText('Tiedosto korvaa.csv tuotiin.').waitFor();
    const members = (await readJson('/v1/periods/uso-8/participants')).data;
    expect(
      members.map((m: { municipalityCode: string; role: string }) => [m.municipalityCode, m.role]),
    ).toEqual([
      ['091', 'kehittajakunta'],
      ['609', 'kumppani'],
    ]);
  });
});

describe('insights', () => {
  it('charts members per period with the numbers in a table, regions and theme continuity', async () => {
    await open('#/insights', 'Tunnusluvut');
    expect(await page.getByRole('img', { name: /Jäsenkuntien määrä/ }).count()).toBe(1);
    const table = page.getByRole('table', { name: 'Jäsenkunnat toimikausittain' });
    expect(await table.getByRole('row', { name: /USO 8/ }).textContent()).toContain('2');
    await page.getByLabel('Valitse toimikausi', { exact: true }).selectOption({ label: 'USO 4' });
    const regions = page.getByRole('table', { name: /maakunnittain, USO 4/ });
    expect(await regions.getByRole('row', { name: /Satakunta/ }).count()).toBe(1);
    expect(
      await page.getByRole('table', { name: 'Teemat alkuperän mukaan' }).getByRole('row').count(),
    ).toBe(9); // header + 8 periods
    expect(
      await page.getByText(/Ennakoiva johtaminen arjessa ← Toimiva kaksoisjohtaminen/).count(),
    ).toBe(1);
    // What each period did: a row per period, and the chosen period's themes in activities.
    const activities = page.getByRole('table', { name: /^Toiminta kausittain/ });
    expect(await activities.getByRole('row').count()).toBe(9);
    expect(await activities.getByRole('columnheader').allTextContents()).toEqual(
      expect.arrayContaining(['Toimintoja', 'Suunniteltu', 'Pidetty', 'Teemat toiminnassa']),
    );
    await page
      .getByLabel('Valitse toimikausi, jonka teemat näytetään')
      .selectOption({ label: 'USO 5' });
    const coverage = page.getByRole('table', { name: 'Teemat toiminnassa: USO 5' });
    expect(await coverage.getByRole('row').count()).toBeGreaterThan(1);
    expect(await axe('12-insights')).toEqual([]);
    // Another network: the chart shows its latest 12 periods, the table all 150.
    await chooseNetwork('Iso verkosto');
    await page.getByText('(viimeiset 12 kautta)').waitFor();
    expect(
      await page
        .getByRole('table', { name: 'Jäsenkunnat toimikausittain' })
        .getByRole('row')
        .count(),
    ).toBe(151);
    expect(await page.getByRole('img').locator('rect').count()).toBeGreaterThanOrEqual(12);
    await chooseNetwork('Uuden sukupolven organisaatiot');
    await page.getByText('(viimeiset 12 kautta)').waitFor({ state: 'detached' });
  });
});

describe('languages, sources and what is inferred', () => {
  it('shows an inferred continuation as inferred and a reported lower bound as one', async () => {
    await open('#/periods/uso-7', 'Teemat');
    // No source says USO 7's theme continues USO 6's: the admin says "päätelty", never fact.
    const inferred = page
      .getByRole('listitem')
      .filter({ hasText: 'Strateginen ja kestävä johtaminen' })
      .first();
    // The earlier period's names load after the tree: wait for them.
    await expect
      .poll(() => inferred.textContent())
      .toContain('jatkaa teemaa Strateginen johtaminen, päätelty');
    // "yli 20 kehittäjäkuntaa": at least 20, wherever the count shows.
    await open('#/', 'Uuden sukupolven organisaatiot');
    expect(await page.getByRole('row', { name: /USO 5/ }).textContent()).toContain(
      'ilmoitettu vähintään 20',
    );
    await open('#/periods/uso-5', /USO 5/);
    // No member list is on record for USO 5: the reported lower bound says how many there were.
    await page.getByText('Lähteen ilmoittama jäsenmäärä: vähintään 20.').waitFor();
    await open('#/insights', 'Tunnusluvut');
    const table = page.getByRole('table', { name: 'Jäsenkunnat toimikausittain' });
    expect(await table.getByRole('row', { name: /USO 5/ }).textContent()).toContain('vähintään 20');
    expect(
      await page
        .getByRole('listitem')
        .filter({ hasText: /^Strateginen ja kestävä johtaminen ← Strateginen johtaminen/ })
        .textContent(),
    ).toContain('päätelty');
    expect(await axe('18-inferred')).toEqual([]);
  });

  it('edits a theme in Finnish, Swedish and English, and shows the missing source at the field until one is added', async () => {
    await open('#/periods/uso-7', 'Teemat');
    await page.getByRole('button', { name: 'Muokkaa teemaa Ennakoiva johtaminen arjessa' }).click();
    await page.getByLabel('Nimi englanniksi').fill('Proactive leadership in everyday work');
    await page.getByLabel('Kuvaus suomeksi').fill('Ennakointi osaksi arjen johtamista.');
    await page.getByLabel('Kuvaus ruotsiksi').fill('Framsynthet i vardagens ledarskap.');
    await page.getByLabel('Kuvaus englanniksi').fill('Foresight in everyday leadership.');
    expect(await page.getByLabel('Kuvaus ruotsiksi').getAttribute('lang')).toBe('sv');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    // Saved, with the API's warning at the sources, tied to the picker; the form stays open.
    await page.getByRole('button', { name: 'Valmis' }).waitFor();
    const sources = page.getByRole('group', { name: 'Lähteet' });
    expect(await sources.locator('.warning').textContent()).toMatch(/^Lähde puuttuu \(teema\)/);
    // The warning names the field by its label, not the data's field name `sources`.
    expect(await sources.locator('.warning').textContent()).toContain('kohtaan ”Lähteet”');
    const picker = page.getByLabel('Valitse lähde');
    const described = await picker.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).textContent()).toMatch(/Lähde puuttuu/);
    const theme = async () =>
      (await readJson('/v1/themes/uso-7-ennakoiva-johtaminen-arjessa')).data;
    expect(await theme()).toMatchObject({
      names: { en: 'Proactive leadership in everyday work' },
      description: {
        fi: 'Ennakointi osaksi arjen johtamista.',
        sv: 'Framsynthet i vardagens ledarskap.',
        en: 'Foresight in everyday leadership.',
      },
      sources: [],
    });
    expect(await axe('19-missing-source')).toEqual([]);
    // A new source: a bad address is refused at its field, then a good one is added and attached.
    await sources.getByRole('button', { name: 'Uusi lähde' }).click();
    const url = sources.getByLabel('Osoite (URL)');
    await url.fill('ei osoite');
    await sources.getByLabel('Otsikko').fill('Ennakoinnin työpaja');
    expect(await sources.getByLabel('Luettu').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await sources.getByLabel('Luettu').fill('2026-11-20');
    await sources.getByRole('button', { name: 'Lisää lähde' }).click();
    await expect.poll(() => url.getAttribute('aria-invalid')).toBe('true');
    await url.fill('https://example.org/ennakointi');
    await sources.getByRole('button', { name: 'Lisää lähde' }).click();
    await sources.getByRole('button', { name: 'Poista lähde Ennakoinnin työpaja' }).waitFor();
    expect((await readJson('/v1/sources/ennakoinnin-tyopaja')).data).toEqual({
      id: 'ennakoinnin-tyopaja',
      title: 'Ennakoinnin työpaja',
      url: 'https://example.org/ennakointi',
      accessedOn: '2026-11-20',
    });
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await page.getByText('Teema Ennakoiva johtaminen arjessa tallennettiin.').waitFor();
    expect((await theme()).sources).toEqual(['ennakoinnin-tyopaja']);
  });

  it('attaches a source the data already cites to a period', async () => {
    await open('#/periods/uso-8', /USO 8/);
    await page.getByRole('button', { name: 'Muokkaa toimikautta' }).click();
    const sources = page.getByRole('group', { name: 'Lähteet' });
    await sources.getByText('Lähteitä ei ole merkitty.').waitFor();
    await sources.getByLabel('Valitse lähde').selectOption({
      label: 'Uuden sukupolven organisaatiot (Verkostoprojektin kausi 2023-2024)',
    });
    await sources.getByRole('button', { name: 'Liitä lähde' }).click();
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await page.getByText('Tallennettu.').waitFor();
    expect((await readJson('/v1/periods/uso-8')).data.sources).toEqual(['kuntaliitto-uso-page']);
  });

  it('shows English names where they exist in the English UI', async () => {
    await open('#/periods/uso-7', 'Teemat');
    await page.getByRole('button', { name: /vaihda kieltä/ }).click();
    await page.getByText('English (EN)', { exact: true }).click();
    await page.getByRole('heading', { name: 'Themes' }).waitFor();
    await page.getByText('Proactive leadership in everyday work', { exact: true }).waitFor();
    const inferred = page
      .getByRole('listitem')
      .filter({ hasText: 'Strategic and sustainable leadership' })
      .first();
    await expect
      .poll(() => inferred.textContent())
      .toContain('continues Strategic leadership, inferred');
    // A theme with no English name keeps its Finnish one.
    expect(await page.getByText('Skenaariotyö').count()).toBeGreaterThan(0);
    expect(await axe('20-english-names')).toEqual([]);
    await page.getByRole('button', { name: /change language/i }).click();
    await page.getByText('Suomi (FI)', { exact: true }).click();
    await page.getByRole('heading', { name: 'Teemat' }).waitFor();
  });

  it('switches to Swedish: its texts and Swedish names, kept over a reload, then back to Finnish', async () => {
    await open('#/periods/uso-7', 'Teemat');
    await page.getByRole('button', { name: /vaihda kieltä/ }).click();
    await page.getByText('Svenska (SV)', { exact: true }).click();
    await page.getByRole('heading', { name: 'Teman' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    // The theme's Swedish name leads, its Finnish one beside it, each marked with its language.
    const swedish = page.getByText('Förutseende ledarskap i vardagen', { exact: true });
    await swedish.waitFor();
    expect(await swedish.getAttribute('lang')).toBe('sv');
    const finnish = page.getByText('/ Ennakoiva johtaminen arjessa', { exact: true });
    expect(await finnish.getAttribute('lang')).toBe('fi');
    // A theme with no Swedish name keeps its Finnish one, marked Finnish.
    expect(await page.locator('strong[lang="fi"]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Verksamhetsperioder' }).count()).toBeGreaterThan(
      0,
    );
    expect(await axe('21-swedish')).toEqual([]);

    await open('#/periods/uso-4', /USO 4/);
    await page.getByRole('heading', { name: 'Medlemskommuner' }).waitFor();
    expect(await page.getByRole('row', { name: /609/ }).textContent()).toContain('Björneborg');
    expect(await page.getByRole('columnheader', { name: /Namn på finska/ }).count()).toBe(1);
    await page.reload();
    await page.getByRole('heading', { name: 'Medlemskommuner' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    expect(await page.evaluate(() => localStorage.getItem('verkosto.language'))).toBe('sv');
    await page.getByRole('button', { name: /byt språk/ }).click();
    await page.getByText('Suomi (FI)', { exact: true }).click();
    await page.getByRole('heading', { name: 'Jäsenkunnat' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
  });
});

describe('programme and activities', () => {
  it('shows planned against held, books a workshop, filters, shows months, edits through a conflict and deletes', async () => {
    await signOut();
    await signIn('aino');
    await open('#/periods/uso-4', /USO 4/);
    const pori = page.getByRole('row', { name: /609/ });
    await expect.poll(async () => pori.textContent()).toContain('0/6 työpajaa');
    await page.getByRole('link', { name: /Ohjelma ja toiminta/ }).click();
    await page.getByRole('heading', { name: 'USO 4: ohjelma ja toiminta' }).waitFor();
    const progress = page.getByRole('table', { name: 'Suunniteltu ja toteutunut' });
    // USO 4's sources: national seminars four times a year, so eight for the period.
    const seminars = progress.getByRole('row', { name: /valtakunnallinen seminaari/ });
    expect(await seminars.textContent()).toBe('valtakunnallinen seminaari8000');
    await page.getByText('Ei toimintaa näillä rajauksilla.').waitFor();

    await page.getByRole('button', { name: 'Lisää toiminta' }).click();
    await page.getByLabel('Otsikko suomeksi').fill('Porin kuntatyöpaja');
    await page.getByLabel('Alkaa (päivä)').fill('2017-03-01');
    await page.getByLabel('Alkaa (kellonaika)').fill('09:00');
    await page.getByLabel('Päättyy (kellonaika)').fill('12:00');
    await page.getByLabel('Kunta (kuntatyöpaja)').selectOption('609');
    expect(await axe('21-activity-form')).toEqual([]);
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await page.getByText('Toiminta Porin kuntatyöpaja tallennettiin.').waitFor();
    const table = page.getByRole('table', { name: 'Toiminta' });
    const row = table.getByRole('row', { name: /Porin kuntatyöpaja/ });
    expect(await row.textContent()).toContain('1.3.2017');
    const { data } = await readJson('/v1/periods/uso-4/activities?municipality=609');
    expect(data.map((a: { start: string }) => a.start)).toEqual(['2017-03-01T09:00']);
    const id: string = data[0].id;

    // A seminar from elsewhere; the kind filter and the month view.
    const seminar = await fetch(`${apiUrl}/v1/periods/uso-4/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'national-seminar',
        status: 'held',
        title: { fi: 'Teemaseminaari' },
        start: '2017-04-20',
        end: '2017-04-20',
        themeIds: ['uso-4-muutoksen-johtaminen'],
        participantCount: 84,
      }),
    });
    expect(seminar.status).toBe(201);
    await page.reload();
    await table.getByRole('row', { name: /Teemaseminaari/ }).waitFor();
    await page.getByLabel('Laji', { exact: true }).selectOption('national-seminar');
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await page.getByLabel('Laji', { exact: true }).selectOption('');
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    await page.getByLabel('Kuukausittain').check();
    await page.getByRole('heading', { name: 'maaliskuu 2017' }).waitFor();
    await page.getByRole('heading', { name: 'huhtikuu 2017' }).waitFor();
    expect(await axe('22-programme-months')).toEqual([]);
    await page.getByLabel('Luettelo').check();
    expect(await seminars.textContent()).toBe('valtakunnallinen seminaari8100');

    // Someone else changes the workshop while it is being edited: both versions are shown.
    await table.getByRole('button', { name: 'Muokkaa: Porin kuntatyöpaja' }).click();
    await page.getByLabel('Osallistujia').waitFor();
    await otherAdminWrites(`/v1/activities/${id}`, { participantCount: 15 });
    await page.getByLabel('Osallistujia').fill('12');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await page.getByRole('button', { name: 'Tallenna omani sen päälle' }).click();
    await page.getByText('Toiminta Porin kuntatyöpaja tallennettiin.').waitFor();
    expect((await readJson(`/v1/activities/${id}`)).data.participantCount).toBe(12);

    await open('#/periods/uso-4', /USO 4/);
    await expect.poll(async () => pori.textContent()).toContain('1/6 työpajaa');
    await open('#/periods/uso-4/programme', 'USO 4: ohjelma ja toiminta');
    await table.getByRole('button', { name: 'Poista: Porin kuntatyöpaja' }).click();
    await page.getByText('Toiminta Porin kuntatyöpaja poistettiin.').waitFor();
    expect((await fetch(`${apiUrl}/v1/activities/${id}`)).status).toBe(404);
    expect(await axe('23-programme')).toEqual([]);
  });
});

describe('roles', () => {
  it('shows an admin the audit log, filterable by what changed', async () => {
    await signOut();
    await signIn('pekka');
    await page.getByRole('link', { name: 'Muutoshistoria' }).click();
    await page.getByRole('heading', { name: 'Muutoshistoria' }).waitFor();
    const rows = page.getByRole('table', { name: /Muutokset, uusimmat ensin/ }).getByRole('row');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    expect(await page.getByRole('cell', { name: 'user:aino' }).count()).toBeGreaterThan(0);
    await page.getByLabel('Kohde', { exact: true }).selectOption('period');
    await page.getByRole('button', { name: 'Suodata' }).click();
    await expect
      .poll(async () =>
        (await rows.allTextContents()).slice(1).every((r) => r.includes('toimikausi')),
      )
      .toBe(true);
    // The edit of USO 8 shows which field changed, by its label, before and after.
    expect(
      await page.getByText('Ilmoitettu jäsenmäärä: ennen – → jälkeen 24').count(),
    ).toBeGreaterThan(0);
    expect(await page.getByText(/reportedMemberCount/).count()).toBe(0);
    expect(await axe('13-audit')).toEqual([]);
    // Memberships by name, imports in a sentence; it fits 1440 px.
    await page.getByRole('button', { name: 'Tyhjennä suodattimet' }).click();
    await page.getByText('Mäntyharju, USO 8').first().waitFor();
    await page
      .getByText('Tuotiin jäsenet: lisättiin 1 jäsenyys, poistettiin 1 jäsenyys.')
      .waitFor();
    await page.setViewportSize({ width: 1440, height: 900 });
    try {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(artifacts, '13b-audit-1440.png') });
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('lets an admin add a user, and create and revoke an API token shown once', async () => {
    await page.getByRole('link', { name: 'Käyttäjät ja tunnukset' }).click();
    await page.getByRole('heading', { name: 'Käyttäjät ja tunnukset' }).waitFor();
    // The API's refusal lands at the fields.
    await page.getByLabel('Käyttäjätunnus').fill('l');
    await page.getByLabel('Salasana').fill('lyhyt');
    await page.getByRole('button', { name: 'Luo käyttäjä' }).click();
    await expect.poll(() => page.getByLabel('Salasana').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Käyttäjätunnus').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Käyttäjätunnus').fill('liisa');
    await page.getByLabel('Salasana').fill('pitkä ja hyvä salalause');
    await page.getByRole('button', { name: 'Luo käyttäjä' }).click();
    await page.getByText('Käyttäjä liisa luotiin.').waitFor();
    expect(
      await page
        .getByRole('table', { name: 'Käyttäjät' })
        .getByRole('row', { name: /liisa/ })
        .textContent(),
    ).toContain('muokkaaja');
    // Disable liisa: she cannot sign in; enable her again as a viewer.
    const liisaSignsIn = () =>
      fetch(`${apiUrl}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'liisa', password: 'pitkä ja hyvä salalause' }),
      });
    expect((await liisaSignsIn()).status).toBe(200);
    await page.getByRole('button', { name: 'Poista käytöstä: liisa' }).click();
    await page.getByText('Käyttäjä liisa poistettiin käytöstä ja kirjattiin ulos.').waitFor();
    expect((await liisaSignsIn()).status).toBe(401);
    await page.getByRole('button', { name: 'Ota käyttöön: liisa' }).click();
    await page.getByText('Käyttäjä liisa otettiin käyttöön.').waitFor();
    await page
      .getByLabel('Käyttäjän liisa rooli', { exact: true })
      .selectOption({ label: 'lukija' });
    await page.getByRole('button', { name: 'Vaihda käyttäjän liisa rooli' }).click();
    await page.getByText('Käyttäjän liisa rooli vaihdettiin.').waitFor();
    expect((await (await liisaSignsIn()).json()).data.role).toBe('viewer');
    // No admin can lock themselves out from here.
    expect(await page.getByRole('button', { name: 'Poista käytöstä: pekka' }).count()).toBe(0);
    await page.getByLabel('Nimi', { exact: true }).fill('raportointi');
    await page.getByRole('button', { name: 'Luo tunnus' }).click();
    const secret = await page.locator('code.secret').textContent();
    expect(secret).toMatch(/^vk_/);
    expect(await axe('14-accounts')).toEqual([]);
    const me = () =>
      fetch(`${apiUrl}/v1/auth/me`, { headers: { authorization: `Bearer ${secret}` } });
    expect((await (await me()).json()).data).toMatchObject({ name: 'raportointi', role: 'viewer' });
    await page.getByRole('button', { name: 'Peru tunnus raportointi' }).click();
    await page.getByText('Tunnus raportointi peruttiin.').waitFor();
    expect((await me()).status).toBe(401);
  });

  it('shows a viewer no edit controls', async () => {
    await signOut();
    await signIn('ville');
    expect(await page.getByRole('button', { name: 'Uusi toimikausi' }).count()).toBe(0);
    await open('#/periods/uso-7', /USO 7/);
    await page.getByText('Sinulla on lukuoikeus: muokkaus ei ole käytettävissä.').waitFor();
    await page.getByRole('heading', { name: 'Teemat' }).waitFor();
    for (const name of [/Muokkaa/, /Poista/, 'Uusi teema', 'Lisää', /Lisää alateema/])
      expect(await page.getByRole('button', { name }).count(), String(name)).toBe(0);
    expect(await page.getByRole('link', { name: 'Muutoshistoria' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Käyttäjät ja tunnukset' }).count()).toBe(0);
    await open('#/import', 'Tuonti ja vienti');
    expect(await page.getByLabel('Valitse tiedosto').count()).toBe(0);
    expect(await axe('15-viewer')).toEqual([]);
  });

  it('lands an editor on a page they may see, whatever the address asked for', async () => {
    await signOut();
    await page.goto(`${base}/admin/#/audit`);
    await page.getByLabel('Käyttäjätunnus').fill('aino');
    await page.getByLabel('Salasana').fill(PASSWORD);
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await page.getByRole('link', { name: 'USO 7' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/');
    expect(await page.getByText('Tämä sivu on vain pääkäyttäjille.').count()).toBe(0);
  });

  describe('comparison data and the starting-point report', () => {
    it('puts each member beside its comparables, in Finnish formats, with its sources', async () => {
      await open('#/periods/uso-4', /USO 4/);
      await page.getByRole('link', { name: /^Vertailutieto/ }).click();
      await page.getByRole('heading', { name: 'Vertailutieto: USO 4' }).waitFor();
      // The default view (2018) loads first; then 2017 with the employment rate.
      await page.getByRole('table').first().waitFor();
      await page.getByRole('button', { name: /Vuosi/ }).click();
      await page.getByRole('option', { name: '2017' }).click();
      // A Suomi.fi checkbox is chosen by its label, as a user does.
      const employment = page.getByRole('checkbox', { name: /^Työllisyysaste \(/ });
      if (!(await employment.isChecked()))
        await page.locator('label', { hasText: /^Työllisyysaste \(/ }).click();
      await expect.poll(() => employment.isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Näytä vertailu' }).click();
      const table = page.getByRole('table', { name: 'Työllisyysaste (%) 2017' });
      await table.waitFor();
      // Pori: 67,8 % beside its 12 comparables' median 68,15 (decimal comma, from Intl).
      const pori = table.getByRole('row', { name: /Pori/ });
      expect(await pori.textContent()).toContain('67,8');
      expect(await pori.textContent()).toContain('68,15');
      expect(await pori.textContent()).toContain('12 kuntaa');
      // The chart has the same numbers in the table; figures of 2018 only are not carried back.
      expect(await page.getByRole('img', { name: /Työllisyysaste 2017/ }).count()).toBe(1);
      expect(await page.getByText(/Vuodelta 2017 ei ole tätä tunnuslukua/).count()).toBeGreaterThan(
        0,
      );
      expect(await page.getByText(/Lähteet: Tilastokeskus/).count()).toBe(1);
      const href = await page.getByRole('link', { name: 'Lataa CSV' }).getAttribute('href');
      const csv = await page.evaluate(async (url) => (await fetch(url!)).text(), href);
      expect(csv.trimEnd().split('\n')).toHaveLength(30);
      expect(await axe('18-comparison')).toEqual([]);
    });

    it('opens a member’s printable starting-point report and prints it', async () => {
      await page.getByRole('button', { name: /Jäsenkunta/ }).click();
      await page.getByRole('option', { name: 'Pori' }).click();
      await page.getByRole('button', { name: 'Avaa lähtötilanneraportti' }).click();
      await page.getByRole('heading', { name: 'Lähtötilanne: Pori' }).waitFor();
      const employment = page.getByRole('row', { name: /Työllisyysaste/ });
      expect(await employment.textContent()).toContain('67,8');
      // A 2018 indicator asked for 2017: unknown, not estimated.
      expect(
        await page
          .getByRole('row', { name: /Vuodelta 2017/ })
          .first()
          .textContent(),
      ).toContain('ei tiedossa');
      expect(await page.getByText(/Lähteet: Tilastokeskus/).count()).toBe(1);
      await page.evaluate(() => {
        const counted = window as unknown as { printed: number };
        counted.printed = 0;
        window.print = () => {
          counted.printed++;
        };
      });
      await page.getByRole('button', { name: 'Tulosta' }).click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      // On paper: the report without the app around it.
      await page.emulateMedia({ media: 'print' });
      try {
        expect(await page.getByRole('button', { name: 'Tulosta' }).isVisible()).toBe(false);
        expect(await page.locator('header.app-header').isVisible()).toBe(false);
        expect(await page.getByRole('heading', { name: 'Lähtötilanne: Pori' }).isVisible()).toBe(
          true,
        );
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
      expect(await axe('19-report')).toEqual([]);
    });

    it('fits 320 px without sideways scrolling', async () => {
      const report = new URL(page.url()).hash;
      await page.setViewportSize({ width: 320, height: 640 });
      try {
        for (const [hash, heading] of [
          ['#/periods/uso-4/comparison', 'Vertailutieto: USO 4'],
          [report, 'Lähtötilanne: Pori'],
        ] as const) {
          await open(hash, heading);
          await page.getByRole('table').first().waitFor();
          await page.waitForLoadState('networkidle');
          const { overflow, wide } = await page.evaluate(() => {
            const width = document.documentElement.clientWidth;
            const wide = [...document.querySelectorAll('body *')]
              .filter((e) => e.getBoundingClientRect().right > width + 0.5)
              .slice(0, 5)
              .map(
                (e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent?.slice(0, 40)}`,
              );
            return { overflow: document.documentElement.scrollWidth - width, wide };
          });
          expect(overflow, `${hash}: ${wide.join(' | ')}`).toBeLessThanOrEqual(0);
        }
      } finally {
        await page.setViewportSize({ width: 1280, height: 720 });
      }
      await open('#/', 'Uuden sukupolven organisaatiot');
    });
  });

  it('never scrolls sideways at 320 px (WCAG 1.4.10)', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      for (const [hash, heading] of [
        ['#/', 'Uuden sukupolven organisaatiot'],
        ['#/periods/uso-4', /USO 4/],
        ['#/periods/uso-7', /USO 7/],
        ['#/insights', 'Tunnusluvut'],
        ['#/import', 'Tuonti ja vienti'],
      ] as const) {
        await open(hash, heading);
        // Measure the page with its data: tables and the theme tree load after the heading.
        await page.waitForLoadState('networkidle');
        // The overflow and, when there is one, the elements that reach past the viewport.
        const { overflow, wide } = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > width + 0.5)
            .slice(0, 5)
            .map(
              (e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent?.slice(0, 40)}`,
            );
          return { overflow: document.documentElement.scrollWidth - width, wide };
        });
        expect(overflow, `${hash}: ${wide.join(' | ')}`).toBeLessThanOrEqual(0);
      }
      await page.getByRole('button', { name: 'Valikko' }).click();
      await page.getByRole('link', { name: 'Tunnusluvut' }).waitFor();
      await page.screenshot({ path: join(artifacts, '17-320px-menu.png'), fullPage: true });
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('ran every page under the strict CSP without a refusal (styles by nonce)', async () => {
    const response = await fetch(`${base}/admin/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/]+=*'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(
      await page.evaluate(() => [...document.querySelectorAll('style')].every((s) => s.nonce)),
    ).toBe(true);
    expect(cspViolations).toEqual([]);
    // Source maps are not served, and a missing file is a 404, not the page.
    const script = /src="\/admin\/(assets\/[^"]+\.js)"/.exec(await response.text())![1];
    expect((await fetch(`${base}/admin/${script}.map`)).status).toBe(404);
    expect((await fetch(`${base}/admin/assets/missing-123.js`)).status).toBe(404);
  });

  it('switches to English, and keeps English over a reload', async () => {
    await open('#/periods/uso-4', /USO 4/);
    await page.getByRole('button', { name: /vaihda kieltä/ }).click();
    await page.getByText('English (EN)', { exact: true }).click();
    await page.getByRole('heading', { name: 'Member municipalities' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('row', { name: /609/ }).textContent()).toContain('Pori');
    await page.reload();
    await page.getByRole('heading', { name: 'Member municipalities' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('columnheader', { name: /Joined/ }).count()).toBe(1);
    expect(await axe('16-english')).toEqual([]);
  });
});
