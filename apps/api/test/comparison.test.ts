import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '@verkosto/core';
import { usoDataset } from '@verkosto/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, testApp } from './harness.ts';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const keyFigures = parseCsv(
  readFileSync(
    fileURLToPath(
      new URL(
        '../../../packages/data/reference/comparison/key-figures-2017-2018.csv',
        import.meta.url,
      ),
    ),
    'utf8',
  ),
).records.map((r) => r.values);
const sourceValue = (code: string, indicator: string) =>
  Number(keyFigures.find((r) => r.code === code && r.indicator_id === indicator)!.value);
const USO4 = usoDataset.participations
  .filter((p) => p.periodId === 'uso-4')
  .map((p) => p.municipalityCode);
const FIVE = [
  'employment_rate_pct',
  'share_age_65_plus_pct',
  'share_tertiary_15plus_pct',
  'annual_margin_eur_per_capita',
  'unemployment_rate_pct',
];

describe('GET /v1/indicators', () => {
  it('lists the catalogue with names, units, years, divisions, publisher, licence and attribution', async () => {
    const { status, body } = await getJson(t.app, '/v1/indicators?lang=sv');
    expect(status).toBe(200);
    const employment = body.data.find((i: { id: string }) => i.id === 'employment_rate_pct');
    expect(employment).toMatchObject({
      name: 'Sysselsättningsgrad',
      names: { fi: 'Työllisyysaste', en: 'Employment rate' },
      unit: '%',
      years: [2017],
      coverage: [
        {
          year: 2017,
          areaDivision: 2019,
          sourceId: 'statfi-key-figures-2019',
          publisher: 'Tilastokeskus / Statistics Finland',
          licence: 'CC BY 4.0',
        },
      ],
    });
    expect(employment.caveat.en).toContain('2017');
    expect(body.attribution.text.fi).toContain('Tilastokeskus');
    expect(body.attribution.figuresVersion).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('GET /v1/municipalities/{code}/figures', () => {
  it('answers the source CSV’s values for Pori in 2018 and 2017', async () => {
    const y2018 = await getJson(t.app, '/v1/municipalities/609/figures?year=2018');
    expect(y2018.status).toBe(200);
    const population = y2018.body.data.figures.find(
      (f: { indicatorId: string }) => f.indicatorId === 'population',
    );
    expect(population).toMatchObject({
      value: sourceValue('609', 'population'),
      areaDivision: 2019,
      mapping: 'same',
    });
    // Employment figures are for 2017: 2018 answers null with the nearest year, not a guess.
    const employment2018 = y2018.body.data.figures.find(
      (f: { indicatorId: string }) => f.indicatorId === 'employment_rate_pct',
    );
    expect(employment2018).toMatchObject({ value: null, nearestYear: 2017 });
    const y2017 = await getJson(
      t.app,
      '/v1/municipalities/609/figures?year=2017&indicators=employment_rate_pct',
    );
    expect(y2017.body.data.figures).toEqual([
      expect.objectContaining({ value: sourceValue('609', 'employment_rate_pct') }),
    ]);
    expect(y2017.body.attribution.text.en).toContain('Statistics Finland');
  });

  it('maps Valtimo (911), merged into Nurmes in 2020, to its successor — never a sum', async () => {
    const { body } = await getJson(
      t.app,
      '/v1/municipalities/911/figures?year=2020&indicators=loan_stock_eur_per_capita',
    );
    expect(body.data.figures[0]).toMatchObject({
      value: 1529,
      areaCode: '541',
      mapping: 'successor',
      areaDivision: 2020,
    });
    const own = await getJson(
      t.app,
      '/v1/municipalities/911/figures?year=2018&indicators=loan_stock_eur_per_capita',
    );
    expect(own.body.data.figures[0]).toMatchObject({ areaCode: '911', mapping: 'same' });
  });

  it.each([
    ['/v1/municipalities/609/figures', 'year'],
    ['/v1/municipalities/609/figures?year=20', 'year'],
    ['/v1/municipalities/609/figures?year=2018&indicators=nope', 'indicators'],
    ['/v1/municipalities/609/figures?year=2018&indicators=a,b,c,d,e,f,g,h,i,j,k', 'indicators'],
    ['/v1/municipalities/6090/figures?year=2018', 'code'],
  ])('answers 400 naming the parameter: %s', async (path, param) => {
    const { status, body, res } = await getJson(t.app, path);
    expect(status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(body.invalidParams).toEqual([param]);
  });

  it('answers 404 for a code no classification knows', async () => {
    expect((await getJson(t.app, '/v1/municipalities/999/figures?year=2018')).status).toBe(404);
  });
});

describe('GET /v1/municipalities/{code}/comparables', () => {
  it('groups Pori with urban 50 000–99 999 municipalities by the 2019 classification', async () => {
    const { body } = await getJson(
      t.app,
      '/v1/municipalities/609/comparables?year=2017&indicator=employment_rate_pct',
    );
    expect(body.data.subject).toMatchObject({
      code: '609',
      group: 'urban',
      sizeClass: '50000-99999',
    });
    expect(body.data.members).toHaveLength(12);
    expect(body.data.method).toMatchObject({
      criteria: ['group', 'size'],
      areaDivision: 2019,
      classificationYear: 2019,
      classificationExact: true,
      populationYear: 2018,
    });
    expect(body.data.method.quantileMethod).toContain('type 7');
    const regional = await getJson(
      t.app,
      '/v1/municipalities/609/comparables?year=2017&indicator=employment_rate_pct&by=group,size,region',
    );
    expect(regional.body.data.members.map((m: { code: string }) => m.code)).toEqual(['609']);
  });

  it('says when the classification is not the year’s own, and lists who could not be placed', async () => {
    const { body } = await getJson(t.app, '/v1/municipalities/214/comparables?year=2020');
    expect(body.data.method).toMatchObject({
      areaDivision: 2020,
      classificationYear: 2019,
      classificationExact: false,
      populationYear: 2020,
      populationAreaDivision: 2024,
    });
    // Sotkanet counts Honkajoki (merged 2021) in Kankaanpää: neither has a 2020 population of
    // its own 2020 area, so neither gets a size class.
    expect(body.data.subject).toBeNull();
    expect(body.data.unplaced).toEqual(
      expect.arrayContaining([
        { code: '099', reason: 'no-population' },
        { code: '214', reason: 'no-population' },
      ]),
    );
  });

  it('refuses a year the figures do not cover', async () => {
    const { status, body } = await getJson(t.app, '/v1/municipalities/609/comparables?year=1990');
    expect(status).toBe(400);
    expect(body.detail).toContain('2017–2026');
  });

  it('refuses bad criteria', async () => {
    const { status, body } = await getJson(
      t.app,
      '/v1/municipalities/609/comparables?year=2018&by=size,colour',
    );
    expect(status).toBe(400);
    expect(body.invalidParams).toEqual(['by']);
  });
});

interface Statistics {
  groupSize: number;
  n: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
}
interface ComparisonBody {
  data: {
    methods: Array<{ classificationYear: number }>;
    indicators: Array<{ id: string; method: number | null; groups: Statistics[] }>;
    members: Array<{
      code: string;
      cells: Array<{ value: number | null; group: number | null; rank: number | null }>;
    }>;
  };
}
/** Each member's cells with their indicator id and their group's statistics written out. */
const expand = (body: ComparisonBody) =>
  body.data.members.map((member) => ({
    code: member.code,
    cells: member.cells.map((cell, column) => {
      const indicator = body.data.indicators[column]!;
      const none = { groupSize: 0, n: 0, min: null, q1: null, median: null, q3: null, max: null };
      return {
        indicatorId: indicator.id,
        ...cell,
        ...(cell.group === null ? none : indicator.groups[cell.group]!),
      };
    }),
  }));

describe('GET /v1/periods/{id}/comparison — reference case USO 4', () => {
  const path = `/v1/periods/uso-4/comparison?year=2017&indicators=${FIVE.join(',')}`;

  it('puts each of the 29 members’ source values beside its group’s quartiles', async () => {
    const { status, body } = await getJson(t.app, path);
    expect(status).toBe(200);
    expect(body.data.members.map((m: { code: string }) => m.code)).toEqual(USO4);
    const members = expand(body);
    for (const member of members) {
      for (const cell of member.cells) {
        if (
          cell.indicatorId === 'employment_rate_pct' ||
          cell.indicatorId === 'unemployment_rate_pct'
        ) {
          expect(cell.value).toBe(sourceValue(member.code, cell.indicatorId));
          expect(cell.q1).toBeLessThanOrEqual(cell.median!);
          expect(cell.median).toBeLessThanOrEqual(cell.q3!);
          expect(cell.rank).toBeGreaterThanOrEqual(1);
          expect(cell.rank).toBeLessThanOrEqual(cell.n);
        } else {
          // 2018 figures asked for 2017: null, never carried back.
          expect(cell).toMatchObject({ value: null, n: 0, median: null, rank: null });
        }
      }
    }
    const indicator = (id: string) => body.data.indicators.find((i: { id: string }) => i.id === id);
    expect(indicator('share_age_65_plus_pct')).toMatchObject({
      areaDivision: null,
      nearestYear: 2018,
      method: null,
    });
    expect(body.data.methods[indicator('employment_rate_pct').method].classificationYear).toBe(
      2019,
    );
    // Pori: the median of its 12 comparables' employment rates, from the CSV, by hand.
    const pori = members.find((m) => m.code === '609')!;
    const cell = pori.cells.find((c) => c.indicatorId === 'employment_rate_pct')!;
    const comparables = await getJson(
      t.app,
      '/v1/municipalities/609/comparables?year=2017&indicator=employment_rate_pct',
    );
    const values = comparables.body.data.members
      .map((m: { code: string }) => sourceValue(m.code, 'employment_rate_pct'))
      .sort((a: number, b: number) => a - b);
    expect(cell.median).toBeCloseTo((values[5] + values[6]) / 2, 10);
    expect(cell.groupSize).toBe(12);
    expect(body.attribution.text.sv).toContain('Statistikcentralen');
  });

  it('writes each group’s statistics and each method once, shared by the members in them', async () => {
    const { body } = await getJson(t.app, path);
    const employment = body.data.indicators[0];
    // Members sharing a group point at one entry; every entry is some member's group.
    const used = new Set(
      body.data.members.map((m: ComparisonBody['data']['members'][0]) => m.cells[0]!.group),
    );
    expect(used.size).toBe(employment.groups.length);
    expect(employment.groups.length).toBeLessThan(body.data.members.length);
    // The two 2017 indicators share the 2019 division, so one method; the 2018 ones have none.
    expect(body.data.methods).toHaveLength(1);
    // A group's members are the comparables endpoint's group: Pori's has 12.
    const pori = body.data.members.find((m: { code: string }) => m.code === '609');
    expect(employment.groups[pori.cells[0].group].groupSize).toBe(12);
  });

  it('answers CSV: a header line and one line per member, attribution in a header', async () => {
    const res = await t.app.request(`${path}&format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('attribution')).toContain('Statistics Finland');
    const lines = (await res.text()).trimEnd().split('\n');
    expect(lines).toHaveLength(USO4.length + 1);
    expect(lines[0]).toMatch(/^municipality_code,name,employment_rate_pct\.value,/);
    const pori = lines.find((l) => l.startsWith('609,'))!.split(',');
    expect(Number(pori[2])).toBe(sourceValue('609', 'employment_rate_pct'));
  });

  it('answers 404 for an unknown period and 400 for unknown indicators', async () => {
    expect(
      (await getJson(t.app, '/v1/periods/uso-99/comparison?year=2018&indicators=population'))
        .status,
    ).toBe(404);
    const bad = await getJson(
      t.app,
      '/v1/periods/uso-4/comparison?year=2018&indicators=population,x',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.invalidParams).toEqual(['indicators']);
    expect((await getJson(t.app, '/v1/periods/uso-4/comparison?year=2018')).status).toBe(400);
  });
});

describe('municipality attributes', () => {
  const total = async (query: string) =>
    (await getJson(t.app, `/v1/municipalities?limit=1&${query}`)).body.meta?.total;

  it('filter by group on 2026-01-01: 56 urban, 67 semi-urban, 185 rural', async () => {
    expect(await total('validOn=2026-01-01&group=urban')).toBe(56);
    expect(await total('validOn=2026-01-01&group=semi-urban')).toBe(67);
    expect(await total('validOn=2026-01-01&group=rural')).toBe(185);
  });

  it('filter by sub-region and language by the year’s own classification', async () => {
    const helsinkiRegion = await getJson(
      t.app,
      '/v1/municipalities?validOn=2026-01-01&subregion=011&limit=500',
    );
    expect(helsinkiRegion.body.data.map((m: { code: string }) => m.code)).toContain('091');
    expect(await total('validOn=2026-01-01&language=sv')).toBe(16);
    expect(await total('validOn=2019-01-01&group=urban')).toBeGreaterThan(0);
  });

  it('refuses to project groups onto a year whose classification is not held', async () => {
    const { status, body } = await getJson(
      t.app,
      '/v1/municipalities?validOn=2021-06-01&group=urban',
    );
    expect(status).toBe(400);
    expect(body.invalidParams).toEqual(['group']);
    expect(body.detail).toContain('2019 and 2026');
  });

  it('lists the regions in fi/sv/en with their sub-regions', async () => {
    const { body } = await getJson(t.app, '/v1/regions?lang=en');
    expect(body.data).toHaveLength(19);
    expect(body.classificationYear).toBe(2026);
    const southwest = body.data.find((r: { code: string }) => r.code === '02');
    expect(southwest).toMatchObject({
      name: 'Southwest Finland',
      names: { fi: 'Varsinais-Suomi', sv: 'Egentliga Finland', en: 'Southwest Finland' },
      municipalityCount: 27,
    });
    expect(
      body.data.reduce(
        (sum: number, r: { municipalityCount: number }) => sum + r.municipalityCount,
        0,
      ),
    ).toBe(308);
    expect(southwest.subregions.length).toBeGreaterThan(0);
  });
});
