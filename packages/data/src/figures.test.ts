import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createComparator, parseCsv } from '@verkosto/core';
import { describe, expect, it } from 'vitest';
import { municipalityClassifications } from './classifications.ts';
import { FIGURE_CATALOGUE, FIGURES, figureIndex } from './figures.ts';
import { usoDataset } from './index.ts';
import { municipalityRegistry as registry } from './registry.ts';

const csv = (name: string) =>
  parseCsv(
    readFileSync(fileURLToPath(new URL(`../reference/${name}`, import.meta.url)), 'utf8'),
  ).records.map((r) => r.values);
const value = (indicator: string, year: number, code: string) =>
  figureIndex.series(indicator, year)?.values.get(code);

describe('comparison figures against the source CSVs', () => {
  it('hold every key figure 2017–2018 as published, on the 2019 division', () => {
    const rows = csv('comparison/key-figures-2017-2018.csv');
    expect(rows).toHaveLength(9_952);
    // One assertion over the mismatches: 9 952 expect() calls are slow on a busy machine.
    const mismatches = rows.filter(
      (r) =>
        value(r.indicator_id!, Number(r.year), r.code!) !== Number(r.value) ||
        figureIndex.series(r.indicator_id!, Number(r.year))?.areaDivision !== 2019,
    );
    expect(mismatches).toEqual([]);
  });

  it('hold municipal finance 2020, TEM annual figures and the 2026 tax rates', () => {
    for (const r of csv('comparison/municipal-finance-2020.csv'))
      expect(value(r.indicator_id!, 2020, r.code!)).toBe(Number(r.value));
    const annual = csv('comparison/unemployment-rate-annual-2018-2022.csv');
    for (const r of annual) {
      expect(value('registered_unemployment_rate_pct', Number(r.year), r.code!)).toBe(
        Number(r.unemployment_rate_pct),
      );
      expect(value('unemployed_jobseekers_mean', Number(r.year), r.code!)).toBe(
        Number(r.unemployed_jobseekers_mean),
      );
    }
    const tax = csv('comparison/income-tax-rate-2026.csv');
    for (const r of tax)
      expect(value('municipal_income_tax_rate_pct', 2026, r.code!)).toBe(
        Number(r.municipal_income_tax_rate_pct),
      );
    // Nothing more than the CSVs hold: no filled gaps.
    expect(figureIndex.series('municipal_income_tax_rate_pct', 2026)?.values.size).toBe(308);
    const perYear = (y: number) => annual.filter((r) => Number(r.year) === y).length;
    expect(figureIndex.series('registered_unemployment_rate_pct', 2018)?.values.size).toBe(
      perYear(2018),
    );
  });

  it('recomputes the calculated TEM annual rate from the monthly file (12 months or nothing)', () => {
    const months = new Map<string, { n: number; sum: number; force: number }>();
    for (const r of csv('comparison/unemployed-jobseekers-monthly-2018-2023.csv')) {
      const year = Number(r.month!.slice(0, 4));
      if (year > 2022) continue;
      const key = `${r.code}/${year}`;
      const m = months.get(key) ?? { n: 0, sum: 0, force: Number(r.labour_force) };
      if (r.unemployed_jobseekers !== '') {
        m.n += 1;
        m.sum += Number(r.unemployed_jobseekers);
      }
      months.set(key, m);
    }
    let checked = 0;
    for (const [key, m] of months) {
      const [code, year] = key.split('/');
      const rate = value('registered_unemployment_rate_pct', Number(year), code!);
      if (m.n < 12) {
        expect(rate).toBeUndefined();
        continue;
      }
      expect(value('unemployed_jobseekers_mean', Number(year), code!)).toBeCloseTo(m.sum / 12, 2);
      // Rounded to 1 decimal: within half a unit of the last place (a half may go either way).
      expect(Math.abs(rate! - (100 * m.sum) / 12 / m.force)).toBeLessThanOrEqual(0.05 + 1e-9);
      checked += 1;
    }
    expect(checked).toBe(1_519);
  });

  it('take the 2018 population from the key figures, agreeing with Sotkanet where areas match', () => {
    let same = 0;
    for (const r of csv('comparison/population-2018-sotkanet.csv')) {
      if (r.code === '541' || r.code === '214') {
        // Sotkanet counts Valtimo in Nurmes and Honkajoki in Kankaanpää: the sums, not the parts.
        const parts = r.code === '541' ? ['541', '911'] : ['214', '099'];
        expect(parts.reduce((s, c) => s + value('population', 2018, c)!, 0)).toBe(
          Number(r.population),
        );
        continue;
      }
      if (value('population', 2018, r.code!) === undefined) continue; // 588: the same either way
      expect(value('population', 2018, r.code!)).toBe(Number(r.population));
      same += 1;
    }
    expect(same).toBe(307);
  });

  it('flag exactly the Åland municipalities in the tax file, which region 21 marks', () => {
    for (const r of csv('comparison/income-tax-rate-2026.csv'))
      expect([
        r.code,
        municipalityClassifications.attributes(r.code!, 2026)?.regionCode === '21',
      ]).toEqual([r.code, r.aland === 'true']);
  });
});

describe('the indicator catalogue', () => {
  it('describes every indicator in three languages, with its years, divisions and sources', () => {
    expect(FIGURES.indicators).toHaveLength(FIGURE_CATALOGUE.length);
    const sources = new Set(FIGURES.sources.map((s) => s.id));
    for (const i of FIGURES.indicators) {
      expect(i.name.fi && i.name.sv && i.name.en && i.definition.en && i.unit).toBeTruthy();
      expect(i.coverage.length).toBeGreaterThan(0);
      for (const c of i.coverage) expect(sources.has(c.sourceId)).toBe(true);
    }
    const years = (id: string) => figureIndex.years(id);
    expect(years('employment_rate_pct')).toEqual([2017]);
    expect(years('population')).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(years('loan_stock_eur_per_capita')).toEqual([2018, 2020]);
    expect(years('registered_unemployment_rate_pct')).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(FIGURES.version).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('municipality classifications', () => {
  it('count 56 urban, 67 semi-urban and 185 rural municipalities on 2026-01-01', () => {
    const count = (year: number) => {
      const counts = { urban: 0, 'semi-urban': 0, rural: 0 };
      for (const a of municipalityClassifications.of(year)!.attributes) counts[a.group] += 1;
      return counts;
    };
    expect(count(2026)).toEqual({ urban: 56, 'semi-urban': 67, rural: 185 });
    const in2019 = count(2019);
    expect(in2019.urban + in2019['semi-urban'] + in2019.rural).toBe(311);
  });

  it('keep each year’s own attributes (Kuhmoinen moved from region 13 to 06 in 2021)', () => {
    expect(municipalityClassifications.attributes('291', 2019)?.regionCode).toBe('13');
    expect(municipalityClassifications.attributes('291', 2026)?.regionCode).toBe('06');
    expect(municipalityClassifications.attributes('911', 2019)?.group).toBeDefined();
    expect(municipalityClassifications.attributes('911', 2026)).toBeUndefined();
    expect(municipalityClassifications.attributes('091', 2026)).toMatchObject({
      group: 'urban',
      languageStatus: 'fi-sv',
      wellbeingServicesCountyCode: '90',
    });
    expect(
      municipalityClassifications.attributes('091', 2019)?.wellbeingServicesCountyCode,
    ).toBeNull();
  });
});

describe('reference case: USO 4 (2017–2018) against its comparison groups', () => {
  const members = usoDataset.participations
    .filter((p) => p.periodId === 'uso-4')
    .map((p) => p.municipalityCode);
  const comparator = createComparator({
    registry,
    classifications: municipalityClassifications,
    figures: figureIndex,
  });
  const keyFigures = csv('comparison/key-figures-2017-2018.csv');

  it('gives all 29 members every key figure, as in the source CSV', () => {
    expect(members).toHaveLength(29);
    for (const code of members) {
      const rows = keyFigures.filter((r) => r.code === code);
      expect(rows).toHaveLength(32);
      for (const r of rows) {
        const result = comparator.compare(code, r.indicator_id!, Number(r.year));
        expect(result.figure).toMatchObject({ value: Number(r.value), mapping: 'same' });
        expect(result.group?.method.classificationYear).toBe(2019);
        expect(result.group?.members.map((m) => m.code)).toContain(code);
      }
    }
  });

  it('ranks Pori (609) among the urban 50 000–99 999 municipalities by the 2017 employment rate', () => {
    const result = comparator.compare('609', 'employment_rate_pct', 2017);
    expect(result.group?.subject).toMatchObject({ group: 'urban', sizeClass: '50000-99999' });
    // The group's 12 values, from the CSV, summarised by hand with type 7.
    const values = result.group!.members.map((m) =>
      Number(
        keyFigures.find((r) => r.code === m.code && r.indicator_id === 'employment_rate_pct')!
          .value,
      ),
    );
    expect(values).toHaveLength(12);
    const sorted = [...values].sort((a, b) => a - b);
    expect(result.summary?.median).toBeCloseTo((sorted[5]! + sorted[6]!) / 2, 10);
    expect(result.summary?.q1).toBeCloseTo(sorted[2]! + 0.75 * (sorted[3]! - sorted[2]!), 10);
    expect(result.rank).toBe(1 + values.filter((v) => v > 67.8).length);
  });
});
