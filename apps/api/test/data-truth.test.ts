import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, testApp } from './harness.ts';

/** What the API says about how sure and in which language its data is (issue 15). */

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const post = (path: string, body: unknown) =>
  t.app.request(path, { method: 'POST', headers: t.as('editor'), body: JSON.stringify(body) });

describe('validOn and the registry’s first day', () => {
  it('refuses a date before 2008-01-01 with a 400 that says why', async () => {
    const { status, body, res } = await getJson(t.app, '/v1/municipalities?validOn=2005-06-30');
    expect(status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(body).toMatchObject({ type: '/problems/bad-request', invalidParams: ['validOn'] });
    expect(body.detail).toContain('2008-01-01');
    expect(body.detail).toContain('2005-06-30');
    expect((await getJson(t.app, '/v1/municipalities?validOn=2007-12-31')).status).toBe(400);
  });

  it('answers from the first day on: the 415 municipalities of 2008', async () => {
    const { status, body } = await getJson(t.app, '/v1/municipalities?validOn=2008-01-01');
    expect(status).toBe(200);
    expect(body.meta.total).toBe(415);
  });
});

describe('provenance on writes', () => {
  it('answers a missing_source warning for a theme written without a source, and stores it', async () => {
    const res = await post('/v1/periods/uso-7/themes', {
      slug: 'ilman-lahdetta',
      name: { fi: 'Ilman lähdettä' },
      origin: 'new',
      keywords: [],
      sources: [],
    });
    expect(res.status).toBe(201);
    const { warnings } = (await res.json()) as { warnings: Array<Record<string, unknown>> };
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'missing_source',
        path: '/sources',
        severity: 'warning',
        message: expect.objectContaining({ fi: expect.stringContaining('Lähde puuttuu') }),
      }),
    ]);
    expect((await getJson(t.app, '/v1/themes/uso-7-ilman-lahdetta')).status).toBe(200);
  });

  it('answers no such warning when the write names its source', async () => {
    const res = await post('/v1/periods/uso-7/themes', {
      slug: 'lahteineen',
      name: { fi: 'Lähteineen' },
      origin: 'new',
      keywords: [],
      sources: ['kuntaliitto-uso-page'],
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { warnings: unknown[] }).warnings).toEqual([]);
  });

  it('warns on a membership added without a source (the default)', async () => {
    const res = await post('/v1/periods/uso-7/participants', { municipalityCode: '091' });
    expect(res.status).toBe(201);
    const { warnings } = (await res.json()) as { warnings: Array<{ code: string }> };
    expect(warnings.map((w) => w.code)).toEqual(['missing_source']);
  });
});

describe('languages', () => {
  it('lists every language a page was served in, the asked-for one first', async () => {
    const res = await post('/v1/periods/uso-6/themes', {
      slug: 'svenska',
      name: { fi: 'Ruotsiksi', sv: 'På svenska' },
      origin: 'new',
      keywords: [],
      sources: ['kuntaliitto-uso-page-2021'],
    });
    expect(res.status).toBe(201);
    const { body, res: read } = await getJson(t.app, '/v1/periods/uso-6/themes', {
      headers: { 'accept-language': 'sv-FI, sv;q=0.9' },
    });
    const served = body.data.map((x: { name: string; nameLanguage: string }) => [
      x.name,
      x.nameLanguage,
    ]);
    expect(served).toContainEqual(['På svenska', 'sv']);
    expect(served).toContainEqual(['Kestävä kuntajohtaminen', 'fi']);
    expect(read.headers.get('content-language')).toBe('sv, fi');
  });

  it('exports inferred links and lower bounds as such', async () => {
    const { body } = await getJson(t.app, '/v1/export');
    const theme = body.themes.find(
      (x: { id: string }) => x.id === 'uso-7-strateginen-ja-kestava-johtaminen',
    );
    expect(theme).toMatchObject({ origin: 'continued', continuesInferred: true });
    const uso5 = body.periods.find((x: { id: string }) => x.id === 'uso-5');
    expect(uso5).toMatchObject({ reportedMemberCount: 20, reportedMemberCountBound: 'atLeast' });
    const csv = await (await t.app.request('/v1/export?format=csv&kind=themes')).text();
    expect(csv.split('\n')[0]).toContain('continues_inferred');
    expect(csv).toMatch(
      /uso-7-strateginen-ja-kestava-johtaminen,.*,uso-6-strateginen-johtaminen,true,/,
    );
  });
});

describe('sources', () => {
  it('lists the sources every fact cites, with what each says', async () => {
    const { body } = await getJson(t.app, '/v1/sources?limit=500');
    const ids = body.data.map((s: { id: string }) => s.id);
    expect(ids).toContain('kuntaliitto-2022-uso7');
    expect(ids).toEqual([...ids].sort());
    const one = await getJson(t.app, '/v1/sources/kuntaliitto-2016-uso3');
    expect(one.body.data).toMatchObject({
      url: 'https://www.kuntaliitto.fi/ajankohtaista/2016/sote-ja-maakuntauudistus-seka-tulevaisuuden-kunnan-roolit-keskustelussa-uso',
    });
    expect((await getJson(t.app, '/v1/sources/nope')).status).toBe(404);
  });

  it('takes a new source (URL, title, accessed date) through import, then a write can cite it', async () => {
    const source = {
      id: 'kuntaliitto-uso-2025',
      title: 'Uuden sukupolven organisaatiot',
      url: 'https://www.kuntaliitto.fi/uso',
      accessedOn: '2026-11-27',
    };
    const imported = await t.app.request('/v1/import', {
      method: 'POST',
      headers: t.as('editor'),
      body: JSON.stringify({
        formatVersion: 1,
        sources: [source],
        networks: [],
        periods: [],
        themes: [],
        participations: [],
      }),
    });
    expect(imported.status).toBe(200);
    expect((await getJson(t.app, `/v1/sources/${source.id}`)).body.data).toEqual(source);
    const theme = await post('/v1/periods/uso-7/themes', {
      slug: 'lahteen-viitaten',
      name: { fi: 'Lähteeseen viitaten' },
      origin: 'new',
      keywords: [],
      sources: [source.id],
    });
    expect(theme.status).toBe(201);
    expect(((await theme.json()) as { warnings: unknown[] }).warnings).toEqual([]);
  });
});
