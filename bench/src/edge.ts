/**
 * The API at the edge: the same public reads in workerd (`wrangler dev --local`, local D1) beside a
 * bare Worker answering the same responses (headers and body) precomputed, in the same harness
 * (autocannon against `wrangler dev`, whose proxy is slow: only the ratio means anything). Then
 * the D1 rows read per request, from D1's own result meta, through a counting copy of the Worker.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@verkosto/vitest-config/ports';
import { stopGroup } from '@verkosto/vitest-config/processes';
import { type RecordedResponse, recordResponse } from './responses.ts';

export interface EdgeContext {
  root: string;
  work: string;
  repeats: number;
  load(url: string, duration?: number): Promise<{ rps: number; p99: number }>;
  median(values: number[]): number;
  log(text: string): void;
  children: ChildProcess[];
  push(row: {
    group: string;
    what: string;
    value: string;
    baseline: string;
    ratio: number;
    target: string;
    met: boolean | null;
  }): void;
}

export const EDGE_ENDPOINTS = [
  '/v1/municipalities?region=01',
  '/v1/periods/uso-4/participants',
  '/v1/networks/uso/insights',
];

/** One load run of a pair: short, so the two servers of a pair see the same machine. */
const SLICE_SECONDS = 3;

const WRANGLER_ENV = { WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' };

async function wranglerDev(
  ctx: EdgeContext,
  args: string[],
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    'pnpm',
    ['exec', 'wrangler', 'dev', '--local', '--ip', '127.0.0.1', '--port', String(port), ...args],
    {
      cwd: join(ctx.root, 'apps/api'),
      env: { ...process.env, ...WRANGLER_ENV },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    },
  );
  ctx.children.push(child);
  const url = `http://127.0.0.1:${port}`;
  // The first request of the API seeds the local D1: allow it a while.
  for (let i = 0; i < 1200; i++) {
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { url, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`wrangler dev ${args.join(' ')} did not start`);
}

export async function edgeBench(ctx: EdgeContext) {
  const started: ChildProcess[] = [];
  try {
    await measure({ ...ctx, children: started });
  } finally {
    started.forEach(stopGroup);
  }
}

async function measure(ctx: EdgeContext) {
  const persist = join(ctx.work, 'edge-d1');
  mkdirSync(persist, { recursive: true });
  execFileSync(
    'pnpm',
    ['exec', 'wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist],
    { cwd: join(ctx.root, 'apps/api'), stdio: 'pipe', env: { ...process.env, ...WRANGLER_ENV } },
  );
  const api = await wranglerDev(ctx, ['--persist-to', persist]);
  const responses: Record<string, RecordedResponse> = {};
  for (const path of EDGE_ENDPOINTS) responses[path] = await recordResponse(api.url + path);
  const config = join(ctx.work, 'bare-worker.json');
  writeFileSync(
    config,
    JSON.stringify({
      name: 'verkosto-bench-bare',
      main: join(ctx.root, 'bench/src/servers/bare-worker.ts'),
      compatibility_date: '2026-11-01',
      send_metrics: false,
      vars: { RESPONSES: responses },
    }),
  );
  const bare = await wranglerDev(ctx, ['--config', config]);

  const servers = { 'bare Worker (precomputed)': bare.url, 'Verkosto Worker': api.url };
  // The machine is shared: drift between two long runs outweighs the difference measured. Short
  // runs of the two servers alternate (A B, then B A), so each pair meets the same load, and the
  // ratio is the median over the pairs.
  const rounds = ctx.repeats * 3;
  const results = new Map<string, number[]>();
  for (const path of EDGE_ENDPOINTS) {
    for (const url of Object.values(servers)) await ctx.load(url + path, 2); // warm-up
    for (let round = 0; round < rounds; round++) {
      const order = Object.entries(servers);
      if (round % 2 === 1) order.reverse();
      for (const [name, url] of order) {
        const { rps, p99 } = await ctx.load(url + path, SLICE_SECONDS);
        const key = `${name}|${path}`;
        results.set(key, [...(results.get(key) ?? []), rps]);
        ctx.log(`  ${name} ${path}: ${Math.round(rps)} req/s, p99 ${p99} ms`);
      }
    }
  }
  stopGroup(api.child);
  stopGroup(bare.child);

  // Rows read: the same database, through a copy of the Worker that adds up D1's rows_read.
  const counting = await wranglerDev(ctx, [
    '--config',
    'wrangler.jsonc',
    join(ctx.root, 'bench/src/servers/counting-worker.ts'),
    '--persist-to',
    persist,
  ]);
  const rowsPerRequest: Record<string, number> = {};
  const N = 20;
  for (const path of EDGE_ENDPOINTS) {
    await fetch(counting.url + path).then((r) => r.arrayBuffer()); // warm: the isolate's caches
    await fetch(`${counting.url}/__bench/rows-read`).then((r) => r.arrayBuffer());
    for (let i = 0; i < N; i++) await fetch(counting.url + path).then((r) => r.arrayBuffer());
    const { rowsRead } = (await (await fetch(`${counting.url}/__bench/rows-read`)).json()) as {
      rowsRead: number;
    };
    rowsPerRequest[path] = rowsRead / N;
  }
  stopGroup(counting.child);

  for (const path of EDGE_ENDPOINTS) {
    const ours = results.get(`Verkosto Worker|${path}`)!;
    const base = results.get(`bare Worker (precomputed)|${path}`)!;
    const ratio = ctx.median(ours.map((v, i) => v / base[i]!));
    ctx.push({
      group: 'Edge',
      what: `GET ${path} in workerd (wrangler dev --local, local D1) vs a bare Worker; D1 rows read per request: ${rowsPerRequest[path]!.toFixed(1)}`,
      value: `${Math.round(ctx.median(ours))} req/s`,
      baseline: `${Math.round(ctx.median(base))} req/s`,
      ratio,
      target: '≥ 0.8×',
      met: ratio >= 0.8,
    });
  }
}
