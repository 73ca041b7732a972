/**
 * What checking one write of an activity costs, with 100 000 activities stored: the activity
 * rules for the one period a write touches (`checkPeriodActivities`, as a store would run them
 * from indexed reads) against the same rules over the whole dataset. Printed as a ratio, both
 * measured in the same run. A script, not a timed test: `pnpm bench`.
 */
import type { Activity } from '@verkosto/core';
import { municipalityRegistry as registry } from '@verkosto/data';
import { buildIndex, checkPeriodActivities, DATASET_RULES } from '../src/index.ts';
import { addActivities, generateDataset } from './generate-dataset.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 5;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const dataset = addActivities(generateDataset(registry, ROWS), ACTIVITIES);
const activities = dataset.activities!;
const rule = DATASET_RULES.find((r) => r.id === 'activities')!;
const index = buildIndex(dataset);
if (rule.check(dataset, { registry, index }).length > 0)
  throw new Error('generated activities must be valid');

// One write: a workshop in the middle period, checked with its period's rows only.
const period = dataset.periods[Math.floor(dataset.periods.length / 2)]!;
const rows = activities
  .map((activity, i) => ({ activity, index: i }))
  .filter(({ activity }) => activity.periodId === period.id);
const members = dataset.participations.filter((p) => p.periodId === period.id);
const programmeAt = dataset.programmes!.findIndex((p) => p.periodId === period.id);
const written: Activity = {
  ...rows.find(({ activity }) => activity.kind === 'municipal-workshop')!.activity,
  id: 'uusi-tyopaja',
};
const scope = {
  period,
  members,
  activities: [...rows, { activity: written, index: activities.length }],
  programme: { programme: dataset.programmes![programmeAt]!, index: programmeAt },
  theme: (id: string) => index.themes.get(id)?.theme,
  hasSource: (id: string) => index.sources.has(id),
};

const times = { whole: [] as number[], period: [] as number[] };
for (let run = 0; run < WARMUP + RUNS; run++) {
  let start = performance.now();
  rule.check(dataset, { registry, index });
  const whole = performance.now() - start;
  start = performance.now();
  checkPeriodActivities(scope, registry);
  const one = performance.now() - start;
  if (run >= WARMUP) {
    times.whole.push(whole);
    times.period.push(one);
  }
}
const wholeMs = median(times.whole);
const periodMs = median(times.period);
console.log(
  `activities bench: ${activities.length.toLocaleString('en')} activities in ${dataset.periods.length} periods, ${dataset.participations.length.toLocaleString('en')} memberships; median of ${RUNS} runs (node ${process.version})`,
);
console.table([
  {
    what: 'activity rules, whole dataset',
    rows: activities.length,
    'median ms': wholeMs.toFixed(2),
  },
  {
    what: 'activity rules, the one period a write touches',
    rows: scope.activities.length,
    'median ms': periodMs.toFixed(3),
  },
]);
console.log(`a write's check costs ${(periodMs / wholeMs).toFixed(4)} × the whole-dataset check`);
