/**
 * Validation throughput on a generated dataset with 100 000 participation rows: the schemas
 * alone, and the schemas plus every dataset rule. Prints records per second (median of runs)
 * and the rules' cost relative to the schema parse. A script, not a timed test.
 */
import type { Dataset } from '@verkosto/core';
import { municipalityRegistry as registry } from '@verkosto/data';
import { DatasetSchema, validateDataset } from '../src/index.ts';

export function generateDataset(participationRows: number): Dataset {
  const dataset: Dataset = {
    formatVersion: 1,
    sources: [{ id: 'lahde', title: 'Lähde', url: 'https://example.org/' }],
    networks: [],
    periods: [],
    themes: [],
    participations: [],
  };
  for (let n = 0; dataset.participations.length < participationRows; n++) {
    const networkId = `verkosto-${n}`;
    dataset.networks.push({
      id: networkId,
      name: { fi: `Verkosto ${n}` },
      organiser: 'Kuntaliitto',
      links: [],
      sources: ['lahde'],
    });
    for (let i = 0; i < 7 && dataset.participations.length < participationRows; i++) {
      const year = 2011 + 2 * i;
      const periodId = `${networkId}-${i + 1}`;
      dataset.periods.push({
        id: periodId,
        networkId,
        ordinal: i + 1,
        label: `V ${i + 1}`,
        startDate: `${year}-01-01`,
        endDate: `${year + 1}-12-31`,
        sources: ['lahde'],
      });
      for (let t = 0; t < 5; t++) {
        dataset.themes.push({
          id: `${periodId}-t${t}`,
          periodId,
          slug: `t${t}`,
          name: { fi: `Teema ${t}` },
          origin: i > 0 ? 'continued' : 'new',
          ...(i > 0 ? { continuesThemeId: `${networkId}-${i}-t${t}` } : {}),
          keywords: [],
          sources: ['lahde'],
        });
      }
      for (const m of registry.validOn(`${year}-01-01`)) {
        if (m.validTo && m.validTo <= `${year + 1}-12-31`) continue;
        if (dataset.participations.length >= participationRows) break;
        dataset.participations.push({
          periodId,
          municipalityCode: m.code,
          role: 'kehittajakunta',
          sources: ['lahde'],
        });
      }
    }
  }
  return dataset;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function measure(runs: number, fn: () => void): number {
  fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

const dataset = generateDataset(100_000);
const records =
  dataset.sources.length +
  dataset.networks.length +
  dataset.periods.length +
  dataset.themes.length +
  dataset.participations.length;
const runs = Number(process.env.BENCH_RUNS ?? 7);

const schemaMs = measure(runs, () => {
  if (!DatasetSchema.safeParse(dataset).success) throw new Error('generated dataset must parse');
});
const fullMs = measure(runs, () => {
  const report = validateDataset(dataset, { registry });
  if (!report.ok) throw new Error(`generated dataset must be valid: ${report.issues[0]?.code}`);
});

const perSecond = (ms: number) => Math.round(records / (ms / 1000)).toLocaleString('en');
console.log(
  `validation bench: ${dataset.participations.length.toLocaleString('en')} participations, ${records.toLocaleString('en')} records, median of ${runs} runs`,
);
console.table([
  {
    what: 'schemas only',
    'median ms': schemaMs.toFixed(1),
    'records/s': perSecond(schemaMs),
    ratio: '1.00×',
  },
  {
    what: 'schemas + every rule',
    'median ms': fullMs.toFixed(1),
    'records/s': perSecond(fullMs),
    ratio: `${(fullMs / schemaMs).toFixed(2)}×`,
  },
]);
console.log(
  `rules cost ${((fullMs - schemaMs) / schemaMs).toFixed(2)}× the schema parse (target ≤ 1.00×)`,
);
