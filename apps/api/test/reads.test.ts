import { municipalityRegistry, usoDataset } from '@verkosto/data';
import { parseCsvFile } from '@verkosto/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, testApp } from './harness.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('networks', () => {
  it('lists the USO network with names in Finnish by default', async () => {
    const { status, body, res } = await getJson(t.app, '/v1/networks');
    expect(status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(body.meta).toEqual({ total: 1, limit: 50, nextCursor: null });
    expect(body.data[0]).toMatchObject({
      id: 'uso',
      name: 'Uuden sukupolven organisaatiot',
      periodCount: 7,
    });
    expect(body.data[0].names).toEqual({
      fi: 'Uuden sukupolven organisaatiot',
      sv: 'Nya generationens organisationer',
      en: 'New Generation Organisations',
    });
  });

  it('answers in Swedish or English by ?lang or Accept-Language', async () => {
    expect((await getJson(t.app, '/v1/networks/uso?lang=sv')).body.data.name).toBe(
      'Nya generationens organisationer',
    );
    const english = await getJson(t.app, '/v1/networks/uso', {
      headers: { 'accept-language': 'de;q=1, en-GB;q=0.8, fi;q=0.5' },
    });
    expect(english.body.data.name).toBe('New Generation Organisations');
    expect(english.res.headers.get('content-language')).toBe('en');
    expect((await getJson(t.app, '/v1/networks/uso?lang=xx')).status).toBe(400);
  });

  it('lists the seven periods in order, with status and counts', async () => {
    const { body } = await getJson(t.app, '/v1/networks/uso/periods');
    expect(body.data.map((p: { id: string }) => p.id)).toEqual([
      'uso-1',
      'uso-2',
      'uso-3',
      'uso-4',
      'uso-5',
      'uso-6',
      'uso-7',
    ]);
    const uso4 = body.data[3];
    expect(uso4).toMatchObject({
      label: 'USO 4',
      status: 'ended',
      memberCount: 29,
      reportedMemberCount: 28,
      themeCount: 4,
    });
  });

  it('gives insights per period', async () => {
    const { body } = await getJson(t.app, '/v1/networks/uso/insights');
    const uso4 = body.data.find((i: { periodId: string }) => i.periodId === 'uso-4');
    expect(uso4).toMatchObject({
      memberCount: 29,
      newMemberCount: null,
      comparison: null,
      themeCount: 4,
    });
    expect(uso4.regions[0]).toEqual({
      regionCode: '01',
      regionName: 'Uusimaa',
      regionNameLanguage: 'fi',
      memberCount: 6,
    });
    const uso5 = body.data.find((i: { periodId: string }) => i.periodId === 'uso-5');
    expect(uso5).toMatchObject({ reportedMemberCount: 20, reportedMemberCountBound: 'atLeast' });
    expect(uso5.themesContinued).toEqual([
      {
        themeId: 'uso-5-strateginen-johtaminen',
        continuesThemeId: 'uso-4-strateginen-johtaminen',
        continuesPeriodId: 'uso-4',
        inferred: false,
      },
    ]);
    const uso6 = body.data.find((i: { periodId: string }) => i.periodId === 'uso-6');
    expect(uso6.themesContinued).toEqual([
      {
        themeId: 'uso-6-strateginen-johtaminen',
        continuesThemeId: 'uso-5-strateginen-johtaminen',
        continuesPeriodId: 'uso-5',
        inferred: true,
      },
    ]);
  });

  it('404s an unknown network as a problem', async () => {
    const { status, body, res } = await getJson(t.app, '/v1/networks/nope/periods');
    expect(status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(body).toMatchObject({
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      instance: '/v1/networks/nope/periods',
    });
  });
});

describe('periods, themes and participants', () => {
  it('shows a period', async () => {
    const { body } = await getJson(t.app, '/v1/periods/uso-5');
    expect(body.data).toMatchObject({
      id: 'uso-5',
      startDate: '2019-01-01',
      endDate: '2020-12-31',
      memberCount: 0,
      reportedMemberCount: 20,
      reportedMemberCountBound: 'atLeast',
      themeCount: 8,
    });
    // No source names a lead theme for USO 5.
    expect(body.data).not.toHaveProperty('leadThemeId');
    expect((await getJson(t.app, '/v1/periods/uso-99')).status).toBe(404);
  });

  it('lists the themes of USO 5', async () => {
    const { body } = await getJson(t.app, '/v1/periods/uso-5/themes?lang=en');
    expect(body.meta.total).toBe(8);
    expect(body.data.map((t: { name: string }) => t.name)).toContain('Resource smartness');
  });

  it('shows a theme with its lineage both ways, each link stated or inferred', async () => {
    const { body } = await getJson(t.app, '/v1/themes/uso-5-strateginen-johtaminen');
    const links = (list: Array<{ id: string; inferred: boolean }>) =>
      list.map((t) => [t.id, t.inferred]);
    expect(links(body.data.lineage.continues)).toEqual([
      ['uso-4-strateginen-johtaminen', false],
      ['uso-2-strategisen-johtamisen-kehittaminen', true],
    ]);
    expect(links(body.data.lineage.continuedBy)).toEqual([
      ['uso-6-strateginen-johtaminen', true],
      ['uso-7-strateginen-ja-kestava-johtaminen', true],
    ]);
    const uso6 = await getJson(t.app, '/v1/themes/uso-6-strateginen-johtaminen');
    expect(uso6.body.data).toMatchObject({
      continuesThemeId: 'uso-5-strateginen-johtaminen',
      continuesInferred: true,
    });
    const lead = await getJson(t.app, '/v1/themes/uso-7-uudistuvien-kuntien-johtaminen');
    expect(lead.body.data.subThemes).toEqual([]);
  });

  it('says which language each name is in, and Content-Language says what was served', async () => {
    // The network has a Swedish name (Kommunförbundet's); USO 5's themes have none.
    const network = await getJson(t.app, '/v1/networks/uso', {
      headers: { 'accept-language': 'sv' },
    });
    expect(network.body.data).toMatchObject({
      name: 'Nya generationens organisationer',
      nameLanguage: 'sv',
    });
    expect(network.res.headers.get('content-language')).toBe('sv');
    const themes = await getJson(t.app, '/v1/periods/uso-5/themes', {
      headers: { 'accept-language': 'sv' },
    });
    for (const theme of themes.body.data as Array<{ names: { fi: string }; name: string }>)
      expect(theme).toMatchObject({ name: theme.names.fi, nameLanguage: 'fi' });
    expect(themes.res.headers.get('content-language')).toBe('fi');
    // Members: municipalities and regions all have Swedish names.
    const members = await getJson(t.app, '/v1/periods/uso-4/participants?lang=sv&limit=500');
    const pori = members.body.data.find(
      (p: { municipalityCode: string }) => p.municipalityCode === '609',
    );
    expect(pori).toMatchObject({
      name: 'Björneborg',
      nameLanguage: 'sv',
      regionName: 'Satakunta',
      regionNameLanguage: 'sv',
    });
    expect(members.res.headers.get('content-language')).toBe('sv');
    // English names where the seed has them; a mixed page lists every language served.
    const mixed = await getJson(t.app, '/v1/periods/uso-7/themes?lang=en');
    expect(mixed.body.data.every((t: { nameLanguage: string }) => t.nameLanguage === 'en')).toBe(
      true,
    );
    expect(mixed.res.headers.get('content-language')).toBe('en');
  });

  it('lists USO 4’s 29 members with names and regions', async () => {
    const { body } = await getJson(t.app, '/v1/periods/uso-4/participants?limit=500');
    expect(body.meta.total).toBe(29);
    const pori = body.data.find((p: { municipalityCode: string }) => p.municipalityCode === '609');
    expect(pori).toMatchObject({
      name: 'Pori',
      names: { fi: 'Pori', sv: 'Björneborg' },
      regionCode: '04',
      regionName: 'Satakunta',
      role: 'kehittajakunta',
      membership: null,
    });
  });

  it('shows one member, and 404s a non-member', async () => {
    const { body } = await getJson(t.app, '/v1/periods/uso-4/participants/564?lang=sv');
    expect(body.data).toMatchObject({ municipalityCode: '564', name: 'Uleåborg' });
    expect((await getJson(t.app, '/v1/periods/uso-4/participants/091')).body.detail).toBe(
      'Municipality 091 is not a member of uso-4.',
    );
  });
});

describe('pagination', () => {
  it('walks every page with the cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let url = '/v1/periods/uso-4/participants?limit=7';
    for (let pages = 0; pages < 10; pages++) {
      const { body } = await getJson(t.app, url);
      expect(body.meta.limit).toBe(7);
      seen.push(...body.data.map((p: { municipalityCode: string }) => p.municipalityCode));
      if (!body.meta.nextCursor) break;
      url = `/v1/periods/uso-4/participants?limit=7&cursor=${body.meta.nextCursor}`;
    }
    expect(seen).toHaveLength(29);
    expect(new Set(seen).size).toBe(29);
    expect(seen).toEqual([...seen].sort());
  });

  it('walks a network’s periods by ordinal and a period’s themes by id, page by page', async () => {
    const walk = async (path: string, key: (item: Record<string, unknown>) => unknown) => {
      const seen: unknown[] = [];
      let url = `${path}?limit=2`;
      for (let pages = 0; pages < 50; pages++) {
        const { body } = await getJson(t.app, url);
        seen.push(...body.data.map(key));
        if (!body.meta.nextCursor) break;
        url = `${path}?limit=2&cursor=${body.meta.nextCursor}`;
      }
      return seen;
    };
    expect(await walk('/v1/networks/uso/periods', (p) => p.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const themes = usoDataset.themes.filter((th) => th.periodId === 'uso-5').map((th) => th.id);
    expect(await walk('/v1/periods/uso-5/themes', (th) => th.id)).toEqual(themes.sort());
  });

  it('says new or returning for every member exactly as the network’s insights do', async () => {
    // A database of its own: USO 5 gets members, some of USO 4's and some new.
    const own = await testApp();
    try {
      const uso4 = usoDataset.participations.filter((p) => p.periodId === 'uso-4');
      const csv = [
        'period_id,municipality_code',
        ...uso4.slice(0, 10).map((p) => `uso-5,${p.municipalityCode}`),
        'uso-5,091',
        'uso-5,564',
      ].join('\n');
      const imported = await own.app.request('/v1/import', {
        method: 'POST',
        headers: own.as('editor', { 'content-type': 'text/csv' }),
        body: csv,
      });
      expect(imported.status, await imported.clone().text()).toBe(200);
      const insights = (await getJson(own.app, '/v1/networks/uso/insights')).body.data as Array<{
        periodId: string;
        comparison: { returningMembers: string[] } | null;
      }>;
      let compared = 0;
      for (const insight of insights) {
        const { body } = await getJson(
          own.app,
          `/v1/periods/${insight.periodId}/participants?limit=500`,
        );
        for (const member of body.data as Array<{
          municipalityCode: string;
          membership: string | null;
        }>) {
          const expected = insight.comparison
            ? insight.comparison.returningMembers.includes(member.municipalityCode)
              ? 'returning'
              : 'new'
            : null;
          expect(member.membership, `${insight.periodId}/${member.municipalityCode}`).toBe(
            expected,
          );
          if (expected) compared += 1;
        }
      }
      expect(compared).toBeGreaterThanOrEqual(11);
    } finally {
      own.close();
    }
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['limit=abc', 'limit'],
    ['cursor=not-a-cursor', 'cursor'],
  ])('refuses %s with a problem naming the parameter', async (query, param) => {
    const { status, body } = await getJson(t.app, `/v1/periods/uso-4/participants?${query}`);
    expect(status).toBe(400);
    expect(body.type).toBe('/problems/bad-request');
    expect(body.invalidParams).toEqual([param]);
  });

  it('walks the 311 municipalities of 2019 in pages of 100, by code', async () => {
    const codes: string[] = [];
    let url = '/v1/municipalities?validOn=2019-01-01&limit=100';
    for (let pages = 0; pages < 10; pages++) {
      const { body } = await getJson(t.app, url);
      expect(body.meta.total).toBe(311);
      codes.push(...body.data.map((m: { code: string }) => m.code));
      if (!body.meta.nextCursor) break;
      url = `/v1/municipalities?validOn=2019-01-01&limit=100&cursor=${body.meta.nextCursor}`;
    }
    expect(codes).toHaveLength(311);
    expect(codes).toEqual([...new Set(codes)].sort());
  });

  it('defaults to 50 a page', async () => {
    const { body } = await getJson(t.app, '/v1/municipalities?validOn=2019-01-01');
    expect(body.data).toHaveLength(50);
    expect(body.meta.limit).toBe(50);
    expect(typeof body.meta.nextCursor).toBe('string');
  });

  it('caps at 500', async () => {
    const { body } = await getJson(t.app, '/v1/municipalities?validOn=2019-01-01&limit=500');
    expect(body.data).toHaveLength(311);
    expect(body.meta).toMatchObject({ total: 311, limit: 500, nextCursor: null });
  });
});

describe('municipalities', () => {
  it('lists those that existed on a date (311 on 2019-01-01), and today by default', async () => {
    expect((await getJson(t.app, '/v1/municipalities?validOn=2019-01-01')).body.meta.total).toBe(
      311,
    );
    expect((await getJson(t.app, '/v1/municipalities')).body.meta.total).toBe(308);
    expect(
      (await getJson(t.app, '/v1/municipalities?validOn=2019-02-30')).body.invalidParams,
    ).toEqual(['validOn']);
  });

  it('matches Finnish and Swedish names, ignoring case and accents', async () => {
    expect(
      (await getJson(t.app, '/v1/municipalities?q=helsingfors')).body.data.map(
        (m: { code: string }) => m.code,
      ),
    ).toEqual(['091']);
    expect(
      (await getJson(t.app, '/v1/municipalities?q=MANTYHARJU')).body.data.map(
        (m: { code: string }) => m.code,
      ),
    ).toEqual(['507']);
  });

  it('filters by region and language status', async () => {
    const uusimaa = (await getJson(t.app, '/v1/municipalities?region=01&limit=500')).body;
    expect(uusimaa.meta.total).toBe(26);
    const swedish = (await getJson(t.app, '/v1/municipalities?language=sv&limit=500')).body;
    expect(swedish.meta.total).toBe(16);
  });

  it('shows what became of an abolished municipality', async () => {
    const { body } = await getJson(t.app, '/v1/municipalities/588');
    expect(body.data).toMatchObject({
      code: '588',
      name: 'Pertunmaa',
      validTo: '2025-01-01',
      mergedInto: '507',
    });
    expect(body.data.successors).toEqual([
      {
        code: '507',
        names: { fi: 'Mäntyharju', sv: 'Mäntyharju', en: 'Mäntyharju' },
        name: 'Mäntyharju',
        nameLanguage: 'fi',
        effectiveDate: '2025-01-01',
        from: '588',
      },
    ]);
  });

  it('shows a member’s participation history', async () => {
    const { body } = await getJson(t.app, '/v1/municipalities/609');
    expect(body.data.participations).toEqual([
      { periodId: 'uso-4', networkId: 'uso', label: 'USO 4', role: 'kehittajakunta' },
    ]);
    expect((await getJson(t.app, '/v1/municipalities/999')).status).toBe(404);
  });
});

describe('export', () => {
  it('exports the dataset in the shared format', async () => {
    const { body, res } = await getJson(t.app, '/v1/export');
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(body.formatVersion).toBe(1);
    expect(body.participations).toHaveLength(29);
    expect(body.periods).toHaveLength(7);
    // Exactly the seed it was made from: the shared format round-trips through the database.
    expect(body).toEqual({ ...usoDataset, activities: [] });
  });

  it('exports members and themes as CSV', async () => {
    const res = await t.app.request('/v1/export?format=csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toBe(
      'period_id,municipality_code,municipality_name,role,joined_on,left_on,sources',
    );
    expect(lines).toHaveLength(30);
    expect(lines).toContain('uso-4,609,Pori,kehittajakunta,,,kommunforbundet-uso');
    const themes = await (await t.app.request('/v1/export?format=csv&kind=themes')).text();
    expect(themes.split('\n')[0]).toContain('name_fi');
  });

  it('exports CSV for Finnish Excel on request: a UTF-8 byte-order mark, `;`, read back the same', async () => {
    for (const kind of ['members', 'themes'] as const) {
      const path = `/v1/export?format=csv&kind=${kind}`;
      const plain = await (await t.app.request(path)).text();
      // Twice: the second answer comes from the response cache and must keep the mark.
      for (let round = 0; round < 2; round += 1) {
        const res = await t.app.request(`${path}&dialect=excel-fi`);
        expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
        expect(res.headers.get('content-disposition')).toContain(`verkosto-${kind}-excel.csv`);
        const bytes = new Uint8Array(await res.arrayBuffer());
        expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
        expect(text.split('\r\n')[0]).toBe(`\uFEFF${plain.split('\n')[0]!.replaceAll(',', ';')}`);
        const excel = parseCsvFile(text, { registry: municipalityRegistry })!;
        const rfc = parseCsvFile(plain, { registry: municipalityRegistry })!;
        expect(excel).toMatchObject({ kind, separator: ';', issues: [] });
        expect(excel.records).toEqual(rfc.records);
        expect(excel.records.length).toBeGreaterThan(20);
      }
    }
    const bad = await t.app.request('/v1/export?format=csv&dialect=excel');
    expect(bad.status).toBe(400);
  });
});
