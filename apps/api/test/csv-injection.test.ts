import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, testApp } from './harness.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('CSV export and formulas', () => {
  it('neutralises formula cells in the export, and the import reads them back unchanged', async () => {
    const theme = {
      slug: 'kaava',
      name: { fi: '=HYPERLINK("https://evil.example","klik")', sv: '+SUM(1)' },
      origin: 'borrowed',
      borrowedFrom: '@toinen verkosto',
      keywords: ['-1+1', 'tavallinen'],
      sources: [],
    };
    const created = await t.app.request('/v1/periods/uso-6/themes', {
      method: 'POST',
      headers: t.as('editor'),
      body: JSON.stringify(theme),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const before = (await getJson(t.app, '/v1/themes/uso-6-kaava')).body.data;

    const csv = await (await t.app.request('/v1/export?format=csv&kind=themes')).text();
    const line = csv.split('\n').find((l) => l.startsWith('uso-6-kaava,'))!;
    expect(line).toContain(`"'=HYPERLINK(""https://evil.example"",""klik"")"`);
    expect(line).toContain(",'+SUM(1),");
    expect(line).toContain(",'@toinen verkosto,");
    expect(line).toContain(",'-1+1;tavallinen,");
    // No cell of the export starts as a formula.
    for (const cell of csv.split(/[,\n]/)) expect(cell).not.toMatch(/^"?[=+\-@\t\r]/);

    const imported = await t.app.request('/v1/import', {
      method: 'POST',
      headers: t.as('editor', { 'content-type': 'text/csv' }),
      body: csv,
    });
    expect(imported.status, await imported.clone().text()).toBe(200);
    const after = (await getJson(t.app, '/v1/themes/uso-6-kaava')).body.data;
    expect(after.names).toEqual(theme.name);
    expect(after.keywords).toEqual(theme.keywords);
    expect(after.borrowedFrom).toBe(theme.borrowedFrom);
    expect({ ...after, version: undefined }).toEqual({ ...before, version: undefined });
  });
});
