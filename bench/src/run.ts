/**
 * `pnpm bench`: every benchmark, each against a baseline measured in the same run on the same
 * machine, printed as a table of ratios and written with a description of the machine to
 * bench/RESULTS.md. Absolute figures vary between machines; the ratios are what we track.
 *
 * BENCH_DURATION (seconds per load run, default 10) and BENCH_REPEATS (default 3) shorten a
 * trial run; the committed results use the defaults.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { toCsv } from '@verkosto/core';
import { municipalityRegistry as registry } from '@verkosto/data';
import { DatasetSchema, datasetJsonSchema, validateDataset } from '@verkosto/validation';
import { freePort } from '@verkosto/vitest-config/ports';
import Ajv2020 from 'ajv/dist/2020.js';
import autocannon from 'autocannon';
import { generatedDataset } from './datasets.ts';
import { edgeBench } from './edge.ts';
import { type RecordedResponse, recordResponse } from './responses.ts';
import { resultsFile } from './results-file.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const apiEntry = join(root, 'apps/api/dist/node.js');
/** Node's flags in the API's `start` script (apps/api/package.json): the server as `pnpm start` runs it. */
const apiFlags = (
  JSON.parse(readFileSync(join(root, 'apps/api/package.json'), 'utf8')).scripts.start as string
)
  .split(/\s+/)
  .filter((arg) => arg.startsWith('--'));
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdefghijklmnop';
const work = mkdtempSync(join(tmpdir(), 'verkosto-bench-'));
const children: ChildProcess[] = [];
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const log = (text: string) => process.stderr.write(`${text}\n`);

interface Row {
  group: string;
  what: string;
  value: string;
  baseline: string;
  ratio: number;
  target: string;
  met: boolean | null;
}
const rows: Row[] = [];

async function startServer(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    args.map((a) => a.replace('$PORT', String(port))),
    {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 400; i++) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`server ${args.join(' ')} exited before it answered`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return { url, child };
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`server ${args.join(' ')} did not start`);
}

async function load(url: string, duration = DURATION): Promise<{ rps: number; p99: number }> {
  const result = await autocannon({ url, connections: 50, duration, pipelining: 1 });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

async function apiBench() {
  const endpoints = [
    '/v1/municipalities?region=01',
    '/v1/periods/uso-4/participants',
    '/v1/networks/uso/insights',
  ];
  const api = await startServer([...apiFlags, apiEntry], { DATABASE_PATH: join(work, 'api.db') });
  const responses: Record<string, RecordedResponse> = {};
  for (const path of endpoints) responses[path] = await recordResponse(api.url + path);
  writeFileSync(join(work, 'responses.json'), JSON.stringify(responses));
  const raw = await startServer([
    join(root, 'bench/src/servers/raw.ts'),
    join(work, 'responses.json'),
    '$PORT',
  ]);
  const express = await startServer([join(root, 'bench/src/servers/express.ts'), '$PORT']);
  const servers = {
    'node:http (precomputed)': raw.url,
    'Verkosto (Hono)': api.url,
    'Express 5': express.url,
  };
  const results = new Map<string, { rps: number[]; p99: number[] }>();
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    for (const path of endpoints) {
      // Alternate the order of servers between repeats so drift hits them alike.
      const order = Object.entries(servers);
      if (repeat % 2 === 1) order.reverse();
      for (const [name, url] of order) {
        await load(url + path, 2); // warm-up: JIT and caches
        const { rps, p99 } = await load(url + path);
        const key = `${name}|${path}`;
        const entry = results.get(key) ?? { rps: [], p99: [] };
        entry.rps.push(rps);
        entry.p99.push(p99);
        results.set(key, entry);
        log(`  ${name} ${path}: ${Math.round(rps)} req/s, p99 ${p99} ms`);
      }
    }
  }
  // Ratios are taken within each repeat (the servers ran back to back), then the median of them:
  // drift in the machine's load between repeats cancels out.
  for (const path of endpoints) {
    const runs = (name: string) => results.get(`${name}|${path}`)!;
    const [raw, ours, exp] = [
      runs('node:http (precomputed)'),
      runs('Verkosto (Hono)'),
      runs('Express 5'),
    ];
    const ratio = (a: number[], b: number[]) => median(a.map((value, i) => value / b[i]!));
    const vsRaw = ratio(ours.rps, raw.rps);
    const vsExpress = ratio(ours.rps, exp.rps);
    rows.push({
      group: 'API',
      what: `GET ${path} vs node:http`,
      value: `${Math.round(median(ours.rps))} req/s, p99 ${median(ours.p99)} ms`,
      baseline: `${Math.round(median(raw.rps))} req/s, p99 ${median(raw.p99)} ms`,
      ratio: vsRaw,
      target: '≥ 0.8×',
      met: vsRaw >= 0.8,
    });
    rows.push({
      group: 'API',
      what: `GET ${path} vs Express 5`,
      value: `${Math.round(median(ours.rps))} req/s`,
      baseline: `${Math.round(median(exp.rps))} req/s, p99 ${median(exp.p99)} ms`,
      ratio: vsExpress,
      target: '≥ 2×',
      met: vsExpress >= 2,
    });
  }
  for (const child of [raw.child, express.child]) child.kill();
  return api;
}

/**
 * A 30-member period compared over 5 indicators, uncached: each request carries a new query
 * parameter, so the response cache never answers it. The baseline is the period's member list,
 * read the same uncached way from the same server in the same run.
 */
async function comparisonBench() {
  const api = await startServer([...apiFlags, apiEntry], {
    DATABASE_PATH: join(work, 'comparison.db'),
    ADMIN_TOKEN,
  });
  // USO 4 has 29 members on record; a 30th (Helsinki) makes the size the issue asks for.
  const added = await fetch(`${api.url}/v1/periods/uso-4/participants`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ municipalityCode: '091' }),
  });
  if (added.status !== 201) throw new Error(`adding a 30th member: ${added.status}`);
  const indicators = [
    'employment_rate_pct',
    'unemployment_rate_pct',
    'share_pensioners_pct',
    'economic_dependency_ratio',
    'workplace_self_sufficiency',
  ];
  const paths = {
    comparison: `/v1/periods/uso-4/comparison?year=2017&indicators=${indicators.join(',')}`,
    members: '/v1/periods/uso-4/participants?limit=500',
  };
  const check = (await (await fetch(api.url + paths.comparison)).json()) as {
    data: { members: Array<{ cells: Array<{ n: number }> }> };
  };
  if (check.data.members.length !== 30 || check.data.members.some((m) => m.cells.length !== 5))
    throw new Error('the comparison does not have 30 members × 5 indicators');
  const uncached = async (path: string) => {
    let n = 0;
    // 10 connections: uncached answers queue behind each other, and 50 would measure the queue.
    const result = await autocannon({
      url: api.url,
      connections: 10,
      duration: DURATION,
      pipelining: 1,
      timeout: 30,
      requests: [
        { method: 'GET', setupRequest: (req) => ({ ...req, path: `${path}&uncached=${n++}` }) },
      ],
    });
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    return { rps: result.requests.average, p99: result.latency.p99 };
  };
  const ratios: number[] = [];
  const ours: { rps: number; p99: number }[] = [];
  const base: { rps: number; p99: number }[] = [];
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    const order =
      repeat % 2 === 0
        ? (['comparison', 'members'] as const)
        : (['members', 'comparison'] as const);
    const run: Record<string, { rps: number; p99: number }> = {};
    for (const which of order) {
      await uncached(paths[which]); // warm-up
      run[which] = await uncached(paths[which]);
      log(`  uncached ${which}: ${Math.round(run[which]!.rps)} req/s, p99 ${run[which]!.p99} ms`);
    }
    ours.push(run.comparison!);
    base.push(run.members!);
    ratios.push(run.comparison!.rps / run.members!.rps);
  }
  const ratio = median(ratios);
  rows.push({
    group: 'API',
    what: 'GET /v1/periods/uso-4/comparison, 30 members × 5 indicators, uncached (10 connections), vs the uncached member list',
    value: `${Math.round(median(ours.map((r) => r.rps)))} req/s, p99 ${median(ours.map((r) => r.p99))} ms`,
    baseline: `${Math.round(median(base.map((r) => r.rps)))} req/s, p99 ${median(base.map((r) => r.p99))} ms`,
    ratio,
    target: '≥ 0.8×',
    met: ratio >= 0.8,
  });
  api.child.kill();
}

function validationBench() {
  const dataset = generatedDataset(100_000);
  const records =
    dataset.periods.length +
    dataset.themes.length +
    dataset.participations.length +
    dataset.networks.length;
  // Formats (date) are checked by pattern in the schema; ajv's format plugins are not the point here.
  const ajv = new Ajv2020({ allErrors: false, strict: false, validateFormats: false });
  const ajvValidate = ajv.compile(datasetJsonSchema as object);
  const time = (fn: () => void) => {
    fn();
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      const start = performance.now();
      fn();
      times.push(performance.now() - start);
    }
    return median(times);
  };
  const ajvMs = time(() => {
    if (!ajvValidate(dataset))
      throw new Error(
        `ajv rejects the generated dataset: ${JSON.stringify(ajvValidate.errors?.[0])}`,
      );
  });
  const schemaMs = time(() => {
    if (!DatasetSchema.safeParse(dataset).success)
      throw new Error('zod rejects the generated dataset');
  });
  const fullMs = time(() => {
    if (!validateDataset(dataset, { registry }).ok)
      throw new Error('the generated dataset breaks a rule');
  });
  const perSecond = (ms: number) =>
    `${Math.round(records / (ms / 1000)).toLocaleString('en')} records/s`;
  rows.push({
    group: 'Validation',
    what: 'zod schemas vs compiled ajv (100 000 rows)',
    value: perSecond(schemaMs),
    baseline: perSecond(ajvMs),
    ratio: ajvMs / schemaMs,
    target: '(printed)',
    met: null,
  });
  rows.push({
    group: 'Validation',
    what: 'schemas + every rule vs schemas alone',
    value: perSecond(fullMs),
    baseline: perSecond(schemaMs),
    ratio: fullMs / schemaMs,
    target: '≤ 2× (rules ≤ the parse)',
    met: fullMs / schemaMs <= 2,
  });
}

function peakRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

async function importBench() {
  const api = await startServer([...apiFlags, apiEntry], {
    DATABASE_PATH: join(work, 'import.db'),
    ADMIN_TOKEN,
  });
  const dataset = generatedDataset(100_000);
  const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
  const periods = await fetch(`${api.url}/v1/import`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ ...dataset, participations: [] }),
  });
  if (!periods.ok) throw new Error(`period import failed: ${await periods.text()}`);
  const csv = toCsv(
    ['period_id', 'municipality_code'],
    dataset.participations.map((p) => ({
      period_id: p.periodId,
      municipality_code: p.municipalityCode,
    })),
  );
  const rssBefore = peakRss(api.child.pid!);
  const start = performance.now();
  const res = await fetch(`${api.url}/v1/import`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'text/csv' },
    body: csv,
  });
  const body = await res.text();
  const ms = performance.now() - start;
  if (!res.ok) throw new Error(`CSV import failed: ${body.slice(0, 500)}`);
  const rss = peakRss(api.child.pid!);
  rows.push({
    group: 'Import',
    what: `${dataset.participations.length.toLocaleString('en')}-row members CSV through the API into SQLite`,
    value: `${(ms / 1000).toFixed(2)} s, peak RSS ${Math.round(rss / 2 ** 20)} MiB (${Math.round(rssBefore / 2 ** 20)} MiB before)`,
    baseline: '2 s target',
    ratio: ms / 2000,
    target: '< 1× (under 2 s)',
    met: ms < 2000,
  });
  api.child.kill();
}

const SCALE_NETWORKS = Number(process.env.BENCH_SCALE_NETWORKS ?? 4);
const SCALE_ROWS = Number(process.env.BENCH_SCALE_ROWS ?? 250_000);

function currentRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

/**
 * The data core at scale: the same write and read on the seed alone and with a million
 * participations stored (four networks of 250 000, imported as a dataset of periods and themes
 * and a members CSV each): a write costs what it touches, not what is stored.
 */
/** The server's `process.memoryUsage()`, and again after a full GC (memory-report.ts). */
type MemoryUsage = ReturnType<typeof process.memoryUsage>;
function memoryOf(child: ChildProcess): Promise<{ before: MemoryUsage; after?: MemoryUsage }> {
  return new Promise((resolve) => {
    let buffered = '';
    const read = (chunk: Buffer) => {
      buffered += chunk;
      const line = buffered.split('\n').find((l) => l.startsWith('memory '));
      if (!line) return;
      child.stdout!.off('data', read);
      resolve(JSON.parse(line.slice('memory '.length)));
    };
    child.stdout!.on('data', read);
    child.kill('SIGUSR2');
  });
}

async function scaleBench() {
  // The server as `pnpm start` runs it, with a bench-only SIGUSR2 memory report preloaded.
  const report = join(root, 'bench/src/servers/memory-report.ts');
  const api = await startServer(['--expose-gc', '--import', report, ...apiFlags, apiEntry], {
    DATABASE_PATH: join(work, 'scale.db'),
    ADMIN_TOKEN,
  });
  const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
  const json = { ...headers, 'content-type': 'application/json' };
  // Adds a member to a seed period and removes it again, N times; the public read of that
  // period's members right after each add is the first read after a write (a cache miss).
  const codes = registry
    .validOn('2025-01-01')
    .filter((m) => !m.validTo)
    .map((m) => m.code);
  let round = 0;
  const writeAndRead = async (n: number) => {
    const post: number[] = [];
    const read: number[] = [];
    for (let i = 0; i < n; i++) {
      const code = codes[(round++ * 7) % codes.length]!;
      let start = performance.now();
      const res = await fetch(`${api.url}/v1/periods/uso-7/participants`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ municipalityCode: code }),
      });
      await res.text();
      post.push(performance.now() - start);
      if (res.status !== 201) throw new Error(`POST member ${code}: ${res.status}`);
      start = performance.now();
      const page = await fetch(`${api.url}/v1/periods/uso-7/participants`);
      await page.text();
      read.push(performance.now() - start);
      if (!page.ok) throw new Error(`read after write: ${page.status}`);
      const removed = await fetch(`${api.url}/v1/periods/uso-7/participants/${code}`, {
        method: 'DELETE',
        headers: { ...headers, 'if-match': '*' },
      });
      if (removed.status !== 204) throw new Error(`DELETE member ${code}: ${removed.status}`);
    }
    return { post: median(post), read: median(read) };
  };
  await writeAndRead(5); // warm-up: JIT, statement caches
  const seed = await writeAndRead(15);
  log(
    `  seed: POST ${seed.post.toFixed(1)} ms, first read ${seed.read.toFixed(1)} ms, RSS ${Math.round(currentRss(api.child.pid!) / 2 ** 20)} MiB`,
  );

  const importMs: number[] = [];
  let stored = 0;
  for (let n = 0; n < SCALE_NETWORKS; n++) {
    const dataset = generatedDataset(SCALE_ROWS, `skaala-${n + 1}`);
    const periods = await fetch(`${api.url}/v1/import`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ ...dataset, participations: [] }),
    });
    if (!periods.ok) throw new Error(`period import failed: ${await periods.text()}`);
    const csv = toCsv(
      ['period_id', 'municipality_code'],
      dataset.participations.map((p) => ({
        period_id: p.periodId,
        municipality_code: p.municipalityCode,
      })),
    );
    const start = performance.now();
    const res = await fetch(`${api.url}/v1/import`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/csv' },
      body: csv,
    });
    const body = await res.text();
    importMs.push(performance.now() - start);
    if (!res.ok) throw new Error(`CSV import failed: ${body.slice(0, 500)}`);
    stored += dataset.participations.length;
    log(
      `  imported ${stored.toLocaleString('en')} participations (${importMs.at(-1)!.toFixed(0)} ms)`,
    );
  }
  const rss = currentRss(api.child.pid!);
  const peak = peakRss(api.child.pid!);
  // Measured after RSS: the report's full GC must not lower the figure above.
  const memory = await memoryOf(api.child);
  const mib = (bytes: number | undefined) => `${Math.round((bytes ?? 0) / 2 ** 20)} MiB`;
  log(
    `  memory after loading: rss ${mib(memory.before.rss)}, heapUsed ${mib(memory.before.heapUsed)}, heapTotal ${mib(memory.before.heapTotal)}; after a full GC: rss ${mib(memory.after?.rss)}, heapUsed ${mib(memory.after?.heapUsed)}, heapTotal ${mib(memory.after?.heapTotal)}`,
  );
  await writeAndRead(5);
  const big = await writeAndRead(15);
  log(`  ${stored}: POST ${big.post.toFixed(1)} ms, first read ${big.read.toFixed(1)} ms`);
  const size = `${stored.toLocaleString('en')} stored`;
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  rows.push({
    group: 'Scale',
    what: `POST a member, p50 of 15 (${size})`,
    value: ms(big.post),
    baseline: `${ms(seed.post)} on the seed`,
    ratio: big.post / seed.post,
    target: '≤ 15 ms and ≤ 3×',
    met: big.post <= 15 && big.post / seed.post <= 3,
  });
  rows.push({
    group: 'Scale',
    what: `first read of the members after a write, p50 of 15 (${size})`,
    value: ms(big.read),
    baseline: `${ms(seed.read)} on the seed`,
    ratio: big.read / seed.read,
    target: '≤ 10 ms',
    met: big.read <= 10,
  });
  rows.push({
    group: 'Scale',
    what: `RSS after loading (${size})`,
    value: `${Math.round(rss / 2 ** 20)} MiB (peak ${Math.round(peak / 2 ** 20)} MiB; V8 heap used ${mib(memory.before.heapUsed)} of ${mib(memory.before.heapTotal)}, ${mib(memory.after?.heapUsed)} live after a full GC)`,
    baseline: '300 MiB target',
    ratio: rss / 2 ** 20 / 300,
    target: '≤ 1×',
    met: rss / 2 ** 20 <= 300,
  });
  const slowest = Math.max(...importMs);
  rows.push({
    group: 'Scale',
    what: `${SCALE_ROWS.toLocaleString('en')}-row members CSV import, slowest of ${importMs.length} (the last onto ${(stored - SCALE_ROWS).toLocaleString('en')} stored)`,
    value: `${(slowest / 1000).toFixed(2)} s (each: ${importMs.map((v) => (v / 1000).toFixed(2)).join(', ')} s)`,
    baseline: '2.5 s target',
    ratio: slowest / 2500,
    target: '≤ 1×',
    met: slowest <= 2500,
  });
  api.child.kill();
}

/**
 * Activities at scale: adding a municipal workshop (its member's quota checked) and the first
 * read of the period's activity list after it, on the seed and with 100 000 activities stored —
 * 300 of them (BENCH_ACTIVITIES_IN_PERIOD) in the period written to, the rest in other
 * networks' periods (about 330 each).
 * The targets are the members' (the Scale group).
 */
async function activitiesBench() {
  const api = await startServer([...apiFlags, apiEntry], {
    DATABASE_PATH: join(work, 'activities.db'),
    ADMIN_TOKEN,
  });
  const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
  const json = { ...headers, 'content-type': 'application/json' };
  // Pori (609) in USO 4: three workshops a year; each is added and removed again.
  const writeAndRead = async (n: number) => {
    const post: number[] = [];
    const read: number[] = [];
    for (let i = 0; i < n; i++) {
      let start = performance.now();
      const res = await fetch(`${api.url}/v1/periods/uso-4/activities`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          id: 'uso-4-mittaustyopaja',
          kind: 'municipal-workshop',
          title: { fi: 'Kuntatyöpaja' },
          start: '2017-03-01T09:00',
          end: '2017-03-01T12:00',
          themeIds: ['uso-4-muutoksen-johtaminen'],
          municipalityCode: '609',
        }),
      });
      await res.text();
      post.push(performance.now() - start);
      if (res.status !== 201) throw new Error(`POST workshop: ${res.status}`);
      start = performance.now();
      const page = await fetch(`${api.url}/v1/periods/uso-4/activities`);
      await page.text();
      read.push(performance.now() - start);
      if (!page.ok) throw new Error(`read after write: ${page.status}`);
      const removed = await fetch(`${api.url}/v1/activities/uso-4-mittaustyopaja`, {
        method: 'DELETE',
        headers: { ...headers, 'if-match': '*' },
      });
      if (removed.status !== 204) throw new Error(`DELETE workshop: ${removed.status}`);
    }
    return { post: median(post), read: median(read) };
  };
  await writeAndRead(5);
  const seed = await writeAndRead(15);
  log(
    `  seed: POST ${seed.post.toFixed(1)} ms, first read ${seed.read.toFixed(1)} ms, RSS ${Math.round(currentRss(api.child.pid!) / 2 ** 20)} MiB`,
  );

  const TOTAL = Number(process.env.BENCH_ACTIVITIES ?? 100_000);
  // BENCH_ACTIVITIES_IN_PERIOD puts more in the period written to: what a write's scope and
  // the list's count read grow with.
  const IN_USO_4 = Number(process.env.BENCH_ACTIVITIES_IN_PERIOD ?? 300);
  const activity = (periodId: string, year: number, k: number, themeId: string) => {
    const day = new Date(Date.UTC(year, 0, 1 + (k % 365))).toISOString().slice(0, 10);
    return {
      id: `${periodId}-seminaari-${k}`,
      periodId,
      kind: k % 2 ? 'work-seminar' : 'national-seminar',
      status: k % 3 ? 'held' : 'planned',
      title: { fi: `Seminaari ${k}` },
      start: `${day}T10:00`,
      end: `${day}T15:00`,
      themeIds: [themeId],
      participantCount: 40,
      sources: [],
    };
  };
  const importJson = async (body: object) => {
    const res = await fetch(`${api.url}/v1/import`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`activity import failed: ${(await res.text()).slice(0, 500)}`);
  };
  const empty = { formatVersion: 1, sources: [], networks: [], periods: [], themes: [] };
  await importJson({
    ...empty,
    participations: [],
    activities: Array.from({ length: IN_USO_4 }, (_, k) =>
      activity('uso-4', 2017 + (k % 2), k, 'uso-4-muutoksen-johtaminen'),
    ),
  });
  let stored = IN_USO_4;
  for (let n = 0; stored < TOTAL; n++) {
    // One network of one-year periods (2008–2026) and a theme each, without members.
    const network = `toiminta-${n}`;
    const periods = Array.from({ length: 19 }, (_, y) => ({
      id: `${network}-${y + 1}`,
      networkId: network,
      ordinal: y + 1,
      label: `T${n} ${y + 1}`,
      startDate: `${2008 + y}-01-01`,
      endDate: `${2008 + y}-12-31`,
      sources: [],
    }));
    const themes = periods.map((p) => ({
      id: `${p.id}-teema`,
      periodId: p.id,
      slug: 'teema',
      name: { fi: 'Teema' },
      origin: 'new',
      keywords: [],
      sources: [],
    }));
    const activities = periods
      .flatMap((p) =>
        Array.from({ length: 330 }, (_, k) =>
          activity(p.id, Number(p.startDate.slice(0, 4)), k, `${p.id}-teema`),
        ),
      )
      .slice(0, TOTAL - stored);
    await importJson({
      ...empty,
      networks: [
        {
          id: network,
          name: { fi: `Toiminta ${n}` },
          organiser: 'Kuntaliitto',
          links: [],
          sources: [],
        },
      ],
      periods,
      themes,
      participations: [],
      activities,
    });
    stored += activities.length;
    log(`  stored ${stored.toLocaleString('en')} activities`);
  }
  await writeAndRead(5);
  const big = await writeAndRead(15);
  log(`  ${stored}: POST ${big.post.toFixed(1)} ms, first read ${big.read.toFixed(1)} ms`);
  const size = `${stored.toLocaleString('en')} activities stored, ${IN_USO_4} in the period`;
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  rows.push({
    group: 'Activities',
    what: `POST a municipal workshop (quota checked), p50 of 15 (${size})`,
    value: ms(big.post),
    baseline: `${ms(seed.post)} on the seed`,
    ratio: big.post / seed.post,
    target: '≤ 15 ms and ≤ 3×',
    met: big.post <= 15 && big.post / seed.post <= 3,
  });
  rows.push({
    group: 'Activities',
    what: `first read of the period's activities after a write, p50 of 15 (${size})`,
    value: ms(big.read),
    baseline: `${ms(seed.read)} on the seed`,
    ratio: big.read / seed.read,
    target: '≤ 10 ms',
    met: big.read <= 10,
  });
  api.child.kill();
}

function sizes() {
  const out = join(work, 'worker');
  execFileSync('pnpm', ['exec', 'wrangler', 'deploy', '--dry-run', '--outdir', out], {
    cwd: join(root, 'apps/api'),
    stdio: 'pipe',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  });
  const bundle = readFileSync(join(out, 'worker.js'));
  const gz = gzipSync(bundle, { level: 9 }).length;
  // The comparison figures: a separate entry of @verkosto/data, loaded only by those who need it.
  const dataDist = join(root, 'packages/data/dist');
  const figures = readFileSync(join(dataDist, 'figures.js'));
  const main = readFileSync(join(dataDist, 'index.js'));
  const figuresGz = gzipSync(figures, { level: 9 }).length;
  const mainGz = gzipSync(main, { level: 9 }).length;
  rows.push({
    group: 'Size',
    what: '@verkosto/data/figures chunk (comparison figures), gzipped',
    value: `${(figuresGz / 1024).toFixed(1)} KiB (${(figures.length / 1024).toFixed(0)} KiB raw)`,
    baseline: `${(mainGz / 1024).toFixed(1)} KiB (the main entry, ${(main.length / 1024).toFixed(0)} KiB raw)`,
    ratio: figuresGz / mainGz,
    target: '(printed)',
    met: null,
  });
  rows.push({
    group: 'Size',
    what: 'Worker bundle, gzipped',
    value: `${(gz / 1024).toFixed(1)} KiB (${(bundle.length / 1024).toFixed(0)} KiB raw)`,
    baseline: '150 KiB target',
    ratio: gz / 1024 / 150,
    target: '< 1×',
    met: gz / 1024 < 150,
  });
  // The admin's first load is what index.html names (scripts, preloads and styles); the rest
  // loads when a page or a save needs it. Budget: 150 KiB gzipped, JavaScript and CSS together.
  const dist = join(root, 'apps/admin/dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const firstLoad = [...html.matchAll(/(?:src|href)="\/admin\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1]!,
  );
  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => `assets/${f}`);
  const gzipped = (files: string[]) =>
    files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
  const zipped = gzipped(firstLoad);
  const zippedCss = gzipped(firstLoad.filter((f) => f.endsWith('.css')));
  const raw = firstLoad.reduce((sum, f) => sum + readFileSync(join(dist, f)).length, 0);
  const total = gzipped(all);
  rows.push({
    group: 'Size',
    what: 'admin app first load (JavaScript + CSS), gzipped',
    value: `${(zipped / 1024).toFixed(1)} KiB (CSS ${(zippedCss / 1024).toFixed(1)} KiB; ${(raw / 1024).toFixed(0)} KiB raw; all chunks ${(total / 1024).toFixed(1)} KiB)`,
    baseline: '150 KiB budget',
    ratio: zipped / 1024 / 150,
    target: '< 1×',
    met: zipped / 1024 < 150,
  });
  // For scale: React and ReactDOM alone, as the app bundles them (production builds).
  const reactBaseline = gzipSync(
    Buffer.concat(
      ['react/cjs/react.production.js', 'react-dom/cjs/react-dom-client.production.js'].map((f) =>
        readFileSync(join(root, 'apps/admin/node_modules', f)),
      ),
    ),
    { level: 9 },
  ).length;
  rows.push({
    group: 'Size',
    what: 'admin first load against React + ReactDOM alone',
    value: `${(zipped / 1024).toFixed(1)} KiB`,
    baseline: `${(reactBaseline / 1024).toFixed(1)} KiB (React + ReactDOM alone)`,
    ratio: zipped / reactBaseline,
    target: '(printed)',
    met: null,
  });
}

async function coldStart() {
  const time = async (args: string[], env: Record<string, string>) => {
    const start = performance.now();
    const { child } = await startServer(args, env);
    const ms = performance.now() - start;
    child.kill();
    await new Promise((r) => child.once('exit', r));
    return ms;
  };
  const bare = join(work, 'bare.mjs');
  writeFileSync(
    bare,
    "import { createServer } from 'node:http'; createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1');",
  );
  const ours: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < 5; i++) {
    base.push(await time([bare], {}));
    ours.push(await time([...apiFlags, apiEntry], { DATABASE_PATH: join(work, 'api.db') }));
  }
  rows.push({
    group: 'Cold start',
    what: 'process start → first 200 on /healthz',
    value: `${median(ours).toFixed(0)} ms`,
    baseline: `${median(base).toFixed(0)} ms (bare node:http)`,
    ratio: median(ours) / median(base),
    target: '(printed)',
    met: null,
  });
}

function machine() {
  const cpu = cpus();
  return [
    `- ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    `- ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory (${(freemem() / 2 ** 30).toFixed(0)} GiB free at start)`,
    `- Node ${process.versions.node}, ${process.platform} ${process.arch}`,
    // Other work on the machine inflates absolute times; the ratios hold up better.
    `- load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} (1, 5, 15 min)`,
    `- load: autocannon on loopback, 50 connections, ${DURATION} s a run after a warm-up run, ${REPEATS} repeats alternating the server order; ratios within each repeat, medians of them`,
  ].join('\n');
}

function table(): string {
  const lines = [
    '| group | what | measured | baseline | ratio | target | met |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.group} | ${r.what} | ${r.value} | ${r.baseline} | ${Number.isNaN(r.ratio) ? '—' : `${r.ratio.toFixed(2)}×`} | ${r.target} | ${r.met === null ? '—' : r.met ? 'yes' : 'no'} |`,
    );
  }
  return lines.join('\n');
}

/**
 * BENCH_ONLY=scale (or another group's name) runs one group for a trial; RESULTS.md stays. A full
 * run replaces its table and keeps the notes below it.
 */
const ONLY = process.env.BENCH_ONLY?.toLowerCase();
const groups: Array<[string, () => unknown]> = [
  ['validation', validationBench],
  ['sizes', sizes],
  ['api', async () => (await apiBench()).child.kill()],
  ['comparison', comparisonBench],
  ['import', importBench],
  ['cold start', coldStart],
  ['scale', scaleBench],
  [
    'edge',
    () =>
      edgeBench({
        root,
        work,
        repeats: REPEATS,
        load,
        median,
        log,
        children,
        push: (row) => rows.push(row),
      }),
  ],
  ['activities', activitiesBench],
];

try {
  for (const [name, run] of groups) {
    if (ONLY && ONLY !== name) continue;
    log(`${name}…`);
    await run();
  }
  const markdown = `# Benchmark results\n\nMeasured by \`pnpm bench\` on ${new Date().toISOString().slice(0, 10)}.\n\n## Machine\n\n${machine()}\n\n## Results\n\n${table()}\n`;
  console.log(table());
  if (DURATION >= 10 && REPEATS >= 3 && !ONLY) {
    const path = join(root, 'bench/RESULTS.md');
    writeFileSync(
      path,
      resultsFile(markdown, existsSync(path) ? readFileSync(path, 'utf8') : undefined),
    );
  } else log('(a shortened run: bench/RESULTS.md is left as it was)');
} finally {
  for (const child of children) child.kill();
  rmSync(work, { recursive: true, force: true });
}
