/**
 * Builds the typed municipality registry from Statistics Finland's reference CSVs in
 * `reference/`. Run `pnpm generate` after the reference data changes; `--check` fails when
 * the committed modules are out of date (the tests run it).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type LanguageStatus,
  MUNICIPALITY_GROUP_CODES,
  type Municipality,
  parseCsv,
  type Region,
} from '@verkosto/core';
import { FIGURE_CATALOGUE, FIGURE_SOURCES } from '../src/figures/catalogue.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const read = (name: string) =>
  parseCsv(readFileSync(here(`../reference/${name}`), 'utf8')).records.map((r) => r.values);

const LANGUAGE_STATUS: Record<string, LanguageStatus> = {
  '0': 'fi',
  '1': 'fi-sv',
  '2': 'sv',
  '3': 'sv-fi',
};

const byYear = read('municipalities-by-year.csv');
const current = new Map(read('municipalities.csv').map((r) => [r.code!, r]));
const mergers = read('mergers.csv');
const renames = read('renames.csv');
const years = [...new Set(byYear.map((r) => Number(r.year)))].sort((a, b) => a - b);
const firstListYear = years[0]!;
const lastListYear = years.at(-1)!;

type Row = Record<string, string>;
const rowsByCode = new Map<string, Row[]>();
for (const row of byYear) rowsByCode.set(row.code!, [...(rowsByCode.get(row.code!) ?? []), row]);
const mergerByOld = new Map(mergers.map((m) => [m.old_code!, m]));
const createdByMerger = new Map(
  mergers.filter((m) => m.new_code_created === 'true').map((m) => [m.new_code!, m.effective_date!]),
);

function fail(message: string): never {
  throw new Error(`reference data: ${message}`);
}

const municipalities: Municipality[] = [];

// Municipalities in the yearly lists (2013 onwards): history from year to year.
for (const [code, rows] of rowsByCode) {
  rows.sort((a, b) => Number(a.year) - Number(b.year));
  const first = Number(rows[0]!.year);
  const last = Number(rows.at(-1)!.year);
  if (rows.length !== last - first + 1) fail(`${code} has gaps in the yearly lists`);
  const latest = rows.at(-1)!;
  const merger = mergerByOld.get(code);
  const validTo = last < lastListYear ? `${last + 1}-01-01` : null;
  if (validTo && merger?.effective_date !== validTo)
    fail(`${code} disappears in ${last + 1} without a merger`);
  const validFrom = first > firstListYear ? `${first}-01-01` : (createdByMerger.get(code) ?? null);

  const formerNames: NonNullable<Municipality['formerNames']> = [];
  const formerRegions: NonNullable<Municipality['formerRegions']> = [];
  for (let i = 1; i < rows.length; i++) {
    const [prev, next] = [rows[i - 1]!, rows[i]!];
    const until = `${next.year}-01-01`;
    if (prev.name_fi !== next.name_fi || prev.name_sv !== next.name_sv) {
      formerNames.push({ until, value: { fi: prev.name_fi!, sv: prev.name_sv! } });
    }
    if (prev.region_code !== next.region_code)
      formerRegions.push({ until, value: prev.region_code! });
  }
  for (const rename of renames.filter((r) => r.code === code)) {
    formerNames.unshift({
      until: rename.effective_date!,
      value: { fi: rename.old_name_fi!, sv: rename.old_name_sv! },
    });
  }

  const now = current.get(code);
  const status =
    LANGUAGE_STATUS[latest.language_status_code!] ?? fail(`${code}: unknown language status`);
  municipalities.push({
    code,
    name: {
      fi: latest.name_fi!,
      sv: latest.name_sv!,
      ...(now?.name_en ? { en: now.name_en } : {}),
    },
    regionCode: latest.region_code!,
    languageStatus: status,
    validFrom,
    validTo,
    mergedInto: validTo ? merger!.new_code! : null,
    ...(formerNames.length ? { formerNames } : {}),
    ...(formerRegions.length ? { formerRegions } : {}),
  });
}

// Municipalities abolished before the yearly lists begin: known from the merger table only.
for (const merger of mergers) {
  if (rowsByCode.has(merger.old_code!)) continue;
  municipalities.push({
    code: merger.old_code!,
    name: { fi: merger.old_name_fi!, sv: merger.old_name_sv! },
    regionCode: null,
    languageStatus: null,
    validFrom: createdByMerger.get(merger.old_code!) ?? null,
    validTo: merger.effective_date!,
    mergedInto: merger.new_code!,
  });
}
municipalities.sort((a, b) => a.code.localeCompare(b.code));

const regions: Region[] = read('regions.csv').map((r) => ({
  code: r.code!,
  name: { fi: r.name_fi!, sv: r.name_sv!, en: r.name_en! },
}));

const counts = read('municipality-counts.csv').map((r) => ({
  year: Number(r.year),
  count: Number(r.municipality_count),
}));
const population = read('population-2019-2022.csv').map((r) => ({
  code: r.code!,
  year: Number(r.year),
  population: Number(r.population),
}));

// Municipality attributes of each classification year held (2019 and 2026), as compact
// tuples: code, region, sub-region, wellbeing services county ('' before 2023), language
// status code, municipality group code.
const GROUP_CODES = new Set(Object.values(MUNICIPALITY_GROUP_CODES));
const classificationOf = (name: string, year: number) => {
  const rows = read(name);
  const subregions = new Map<string, [string, string, string]>();
  const counties = new Map<string, [string, string]>();
  const tuples = rows.map((r) => {
    if (Number(r.classification_year) !== year) fail(`${name}: ${r.code} is not of ${year}`);
    if (!LANGUAGE_STATUS[r.language_status_code!]) fail(`${name}: ${r.code} language status`);
    if (!GROUP_CODES.has(r.municipality_group_code!)) fail(`${name}: ${r.code} group`);
    subregions.set(r.subregion_code!, [r.subregion_code!, r.region_code!, r.subregion_name_fi!]);
    const county = r.wellbeing_services_county_code ?? '';
    if (county) counties.set(county, [county, r.wellbeing_services_county_name_fi!]);
    return [
      r.code!,
      r.region_code!,
      r.subregion_code!,
      county,
      r.language_status_code!,
      r.municipality_group_code!,
    ];
  });
  const byCode = (a: string[], b: string[]) => a[0]!.localeCompare(b[0]!);
  return {
    year,
    rows: tuples.sort(byCode),
    subregions: [...subregions.values()].sort(byCode),
    counties: [...counties.values()].sort(byCode),
  };
};
const classifications = [
  classificationOf('municipalities-2019.csv', 2019),
  classificationOf('municipalities.csv', 2026),
];

// Comparison figures: one series per indicator and year, its values aligned with the code list
// of its area division (null where the source has no value). Nothing is filled in or summed.
const readComparison = (name: string) => read(`comparison/${name}`);
type Series = {
  indicator: string;
  year: number;
  division: number;
  source: string;
  values: Map<string, number>;
};
const series = new Map<string, Series>();
const catalogue = new Map(FIGURE_CATALOGUE.map((c) => [c.id, c]));
const sourceIds = new Set(FIGURE_SOURCES.map((s) => s.id));
const put = (
  indicator: string,
  year: number,
  division: number,
  source: string,
  code: string,
  raw: string,
  unit?: string,
) => {
  const entry = catalogue.get(indicator) ?? fail(`${indicator} is not in the catalogue`);
  if (unit !== undefined && unit !== entry.unit)
    fail(`${indicator}: unit "${unit}" but the catalogue says "${entry.unit}"`);
  if (!sourceIds.has(source)) fail(`unknown source ${source}`);
  if (raw === '') return; // the source has no value: it stays missing
  const value = Number(raw);
  if (!Number.isFinite(value)) fail(`${indicator} ${year} ${code}: "${raw}" is not a number`);
  const key = `${indicator}/${year}`;
  const s = series.get(key) ?? { indicator, year, division, source, values: new Map() };
  if (s.division !== division || s.source !== source) fail(`${key} mixes sources or divisions`);
  if (s.values.has(code)) fail(`${key} ${code} twice`);
  s.values.set(code, value);
  series.set(key, s);
};
for (const r of readComparison('key-figures-2017-2018.csv'))
  put(r.indicator_id!, Number(r.year), 2019, 'statfi-key-figures-2019', r.code!, r.value!, r.unit);
for (const r of readComparison('municipal-finance-2020.csv'))
  put(r.indicator_id!, Number(r.year), 2020, 'statfi-kta-2020', r.code!, r.value!, r.unit);
for (const r of read('population-2019-2022.csv'))
  put('population', Number(r.year), 2024, 'thl-sotkanet-127', r.code!, r.population!);
for (const r of readComparison('unemployment-rate-annual-2018-2022.csv')) {
  const year = Number(r.year);
  put(
    'registered_unemployment_rate_pct',
    year,
    2023,
    'tem-12r5-annual',
    r.code!,
    r.unemployment_rate_pct!,
  );
  put(
    'unemployed_jobseekers_mean',
    year,
    2023,
    'tem-12r5-annual',
    r.code!,
    r.unemployed_jobseekers_mean!,
  );
}
for (const r of readComparison('income-tax-rate-2026.csv'))
  put(
    'municipal_income_tax_rate_pct',
    Number(r.year),
    2026,
    'vero-income-tax-2026',
    r.code!,
    r.municipal_income_tax_rate_pct!,
  );
for (const id of catalogue.keys())
  if (![...series.values()].some((s) => s.indicator === id)) fail(`${id} has no values`);

// Each division's code list: the municipalities that existed on its 1 January.
const divisionCodes = new Map<number, string[]>();
for (const s of series.values()) {
  if (divisionCodes.has(s.division)) continue;
  const on = `${s.division}-01-01`;
  divisionCodes.set(
    s.division,
    municipalities
      .filter((m) => (!m.validFrom || m.validFrom <= on) && (!m.validTo || on < m.validTo))
      .map((m) => m.code),
  );
}
const seriesTuples = [...series.values()]
  .sort((a, b) => catalogueOrder(a.indicator) - catalogueOrder(b.indicator) || a.year - b.year)
  .map((s) => {
    const codes = divisionCodes.get(s.division)!;
    for (const code of s.values.keys())
      if (!codes.includes(code))
        fail(`${s.indicator} ${s.year}: ${code} is not in the ${s.division} division`);
    return [s.indicator, s.year, s.division, s.source, codes.map((c) => s.values.get(c) ?? null)];
  });
function catalogueOrder(id: string) {
  return FIGURE_CATALOGUE.findIndex((c) => c.id === id);
}
const divisions = Object.fromEntries([...divisionCodes].map(([d, codes]) => [d, codes.join('')]));
const figuresBody = `export const FIGURE_DIVISIONS: Record<string, string> = ${JSON.stringify(divisions)};\n\n/** [indicator, year, area division, source, values aligned with the division's codes]. */\nexport const FIGURE_SERIES: [string, number, number, string, (number | null)[]][] = ${JSON.stringify(seriesTuples)};\n`;
const figuresVersion = createHash('sha256')
  .update(figuresBody)
  .update(JSON.stringify(FIGURE_CATALOGUE))
  .update(JSON.stringify(FIGURE_SOURCES))
  .digest('hex')
  .slice(0, 12);

const banner =
  '// Generated by scripts/generate.ts from reference/*.csv (Statistics Finland). Do not edit.\n';
const outputs: Record<string, string> = {
  'classifications.generated.ts': `${banner}\n/** [year, rows: [code, region, sub-region, county, language code, group code], sub-regions: [code, region, name_fi], counties: [code, name_fi]]. */\nexport const CLASSIFICATIONS: [number, string[][], string[][], string[][]][] = ${JSON.stringify(classifications.map((c) => [c.year, c.rows, c.subregions, c.counties]))};\n`,
  'figures.generated.ts': `// Generated by scripts/generate.ts from reference/comparison/*.csv and reference/population-2019-2022.csv. Do not edit.\n\n/** Changes with any value, the catalogue or the sources. */\nexport const FIGURES_VERSION = '${figuresVersion}';\n\n/** The municipality codes of each area division, 3 digits each, concatenated. */\n${figuresBody}`,
  'municipalities.generated.ts': `${banner}import type { Municipality } from '@verkosto/core';\n\nexport const MUNICIPALITIES: Municipality[] = ${JSON.stringify(municipalities, null, 1)};\n`,
  'regions.generated.ts': `${banner}import type { Region } from '@verkosto/core';\n\nexport const REGIONS: Region[] = ${JSON.stringify(regions, null, 1)};\n`,
  'statistics.generated.ts': `${banner}\n/** Municipalities on 1 January of each year, as StatFi counts them. */\nexport const MUNICIPALITY_COUNTS: { year: number; count: number }[] = ${JSON.stringify(counts)};\n\n/** Population on 31 December (THL Sotkanet, from StatFi), on the area division of 2024. */\nexport const POPULATION: { code: string; year: number; population: number }[] = ${JSON.stringify(population)};\n`,
};

const check = process.argv.includes('--check');
let stale = 0;
for (const [name, content] of Object.entries(outputs)) {
  const path = here(`../src/generated/${name}`);
  if (check) {
    let existing = '';
    try {
      existing = readFileSync(path, 'utf8');
    } catch {}
    if (existing !== content) {
      console.error(`${name} is out of date: run pnpm --filter @verkosto/data generate`);
      stale += 1;
    }
  } else {
    writeFileSync(path, content);
  }
}
if (stale) process.exit(1);
console.log(
  check
    ? 'generated modules are up to date'
    : `wrote ${Object.keys(outputs).length} modules, ${municipalities.length} municipalities`,
);
