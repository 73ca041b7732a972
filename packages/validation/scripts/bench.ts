/**
 * Validation throughput on a generated dataset with 100 000 participation rows: the schemas
 * alone, and the schemas plus every dataset rule, in records per second (median of several
 * runs), with each rule's own time. A script, not a timed test: `pnpm bench`.
 */
import { municipalityRegistry as registry } from '@verkosto/data';
import { buildIndex, DATASET_RULES, DatasetSchema, validateDataset } from '../src/index.ts';
import { generateDataset } from './generate-dataset.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 5;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Median milliseconds of each task. The tasks take turns, run after run, so that JIT warm-up,
 * garbage collection and a busy machine weigh on all of them alike.
 */
function measure(tasks: Record<string, () => void>): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(
    Object.keys(tasks).map((name) => [name, []]),
  );
  for (let run = 0; run < WARMUP + RUNS; run++) {
    for (const [name, task] of Object.entries(tasks)) {
      const start = performance.now();
      task();
      const ms = performance.now() - start;
      if (run >= WARMUP) times[name]!.push(ms);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
}

const dataset = generateDataset(registry, ROWS);
const records =
  dataset.sources.length +
  dataset.networks.length +
  dataset.periods.length +
  dataset.themes.length +
  dataset.participations.length;

const context = { registry, index: buildIndex(dataset) };
const ms = measure({
  schema: () => {
    if (!DatasetSchema.safeParse(dataset).success) throw new Error('generated dataset must parse');
  },
  full: () => {
    const report = validateDataset(dataset, { registry });
    if (!report.ok) throw new Error(`generated dataset must be valid: ${report.issues[0]?.code}`);
  },
  index: () => buildIndex(dataset),
  ...Object.fromEntries(
    DATASET_RULES.map((rule) => [`rule ${rule.id}`, () => rule.check(dataset, context)]),
  ),
});
const schemaMs = ms.schema!;
const fullMs = ms.full!;

const perSecond = (ms: number) => Math.round(records / (ms / 1000)).toLocaleString('en');
console.log(
  `validation bench: ${dataset.participations.length.toLocaleString('en')} participation rows, ${records.toLocaleString('en')} records in all; median of ${RUNS} runs (node ${process.version})`,
);
console.table([
  { what: 'schemas only', 'median ms': schemaMs.toFixed(1), 'records/s': perSecond(schemaMs) },
  {
    what: 'schemas + every rule',
    'median ms': fullMs.toFixed(1),
    'records/s': perSecond(fullMs),
  },
]);
console.log('the rules, one by one:');
console.table([
  { rule: '(index)', 'median ms': ms.index!.toFixed(1) },
  ...DATASET_RULES.map((rule) => ({
    rule: rule.id,
    'median ms': ms[`rule ${rule.id}`]!.toFixed(1),
  })),
]);
console.log(
  `the rules add ${(((fullMs - schemaMs) / schemaMs) * 100).toFixed(0)} % to the schema parse`,
);
