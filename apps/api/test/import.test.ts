import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '@verkosto/core';
import { municipalityRegistry } from '@verkosto/data';
import { checkCsvRows, csvBase, parseCsvFile } from '@verkosto/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, testApp } from './harness.ts';

/** CSV files as spreadsheets save them, shared with verkosto-validate's tests. */
const forms = '../../../packages/validation/test/fixtures/csv-forms/';

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const importBody = (type: string, body: string, headers: Record<string, string> = {}, query = '') =>
  t.app.request(`/v1/import${query}`, {
    method: 'POST',
    headers: t.as('editor', { 'content-type': type, ...headers }),
    body,
  });

/** A dataset with one network of `periods` periods, each with every municipality that existed then. */
export function bigDataset(periods: number): Dataset {
  const dataset: Dataset = {
    formatVersion: 1,
    sources: [],
    networks: [
      { id: 'iso', name: { fi: 'Iso verkosto' }, organiser: 'Kuntaliitto', links: [], sources: [] },
    ],
    periods: [],
    themes: [],
    participations: [],
  };
  for (let i = 0; i < periods; i++) {
    const year = 1700 + i; // far from real periods; the registry's earliest municipalities existed "before records"
    const start = `${year}-01-01`;
    dataset.periods.push({
      id: `iso-${i + 1}`,
      networkId: 'iso',
      ordinal: i + 1,
      label: `Iso ${i + 1}`,
      startDate: start,
      endDate: `${year}-12-31`,
      sources: [],
    });
    for (const m of municipalityRegistry.validOn(start)) {
      if (m.validTo) continue;
      dataset.participations.push({
        periodId: `iso-${i + 1}`,
        municipalityCode: m.code,
        role: 'kehittajakunta',
        sources: [],
      });
    }
  }
  return dataset;
}

describe('import', () => {
  const csv =
    'period_id,municipality_code,municipality_name\nuso-6,091,Helsinki\nuso-6,,Åbo\nuso-6,564,\n';

  it('reports a dry run with the changes, and writes nothing', async () => {
    const before = await t.auditCount();
    const res = await importBody('text/csv', csv, {}, '?dryRun=true');
    expect(res.status).toBe(200);
    const { data } = await res.json();
    expect(data).toMatchObject({ dryRun: true, ok: true, kind: 'members' });
    expect(data.changes.created.participations).toBe(3);
    expect((await getJson(t.app, '/v1/periods/uso-6/participants')).body.meta.total).toBe(0);
    expect(await t.auditCount()).toBe(before);
  });

  it('imports a dataset’s programmes, which a dry run shows first', async () => {
    const dataset = {
      ...bigDataset(0),
      programmes: [
        {
          periodId: 'uso-1',
          planned: [{ kind: 'work-seminar', per: 'year', sources: [] }],
          sources: [],
        },
      ],
    };
    const dry = await importBody('application/json', JSON.stringify(dataset), {}, '?dryRun=true');
    expect((await dry.json()).data.changes.created.programmes).toBe(1);
    expect((await getJson(t.app, '/v1/periods/uso-1/programme')).body.data.exists).toBe(false);
    const res = await importBody('application/json', JSON.stringify(dataset));
    expect(res.status).toBe(200);
    expect((await getJson(t.app, '/v1/periods/uso-1/programme')).body.data.planned).toEqual(
      dataset.programmes[0]!.planned,
    );
  });

  it('imports members CSV in one transaction with one audit row, idempotently with a key', async () => {
    const before = await t.auditCount();
    const res = await importBody('text/csv; charset=utf-8', csv, { 'idempotency-key': 'import-1' });
    expect(res.status).toBe(200);
    expect((await res.json()).data.changes.created.participations).toBe(3);
    const members = (await getJson(t.app, '/v1/periods/uso-6/participants')).body;
    expect(members.data.map((p: { municipalityCode: string }) => p.municipalityCode)).toEqual([
      '091',
      '564',
      '853',
    ]);
    expect(await t.auditCount()).toBe(before + 1);

    const replay = await importBody('text/csv; charset=utf-8', csv, {
      'idempotency-key': 'import-1',
    });
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await t.auditCount()).toBe(before + 1);
    expect(
      (await importBody('text/csv', `${csv}uso-6,005,\n`, { 'idempotency-key': 'import-1' }))
        .status,
    ).toBe(409);
  });

  it('replaces the members of the periods a CSV covers', async () => {
    const res = await importBody('text/csv', 'period_id,municipality_code\nuso-6,091\n');
    const { data } = await res.json();
    expect(data.changes.deleted.participations).toBe(2);
    expect((await getJson(t.app, '/v1/periods/uso-6/participants')).body.meta.total).toBe(1);
  });

  it('refuses an import that breaks a rule, and writes nothing', async () => {
    const version = (await getJson(t.app, '/healthz')).body.dataVersion;
    const res = await importBody('text/csv', 'period_id,municipality_code\nuso-6,091\nuso-6,911\n');
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(
      problem.issues.map((i: { code: string; line?: number }) => [i.code, i.line]),
    ).toContainEqual(['municipality_abolished', 3]); // the rule's issue names the CSV's line
    expect((await getJson(t.app, '/healthz')).body.dataVersion).toBe(version);
  });

  it('imports a dataset (JSON): creates what is new, updates what differs', async () => {
    const exported = (await getJson(t.app, '/v1/export')).body as Dataset;
    exported.themes.find((th) => th.id === 'uso-5-kukoistava-kunta')!.keywords = ['kukoistus'];
    exported.periods.push({
      id: 'uso-8',
      networkId: 'uso',
      ordinal: 8,
      label: 'USO 8',
      startDate: '2025-01-01',
      endDate: '2026-12-31',
      sources: [],
    });
    const res = await importBody('application/json', JSON.stringify(exported));
    expect(res.status).toBe(200);
    const { data } = await res.json();
    expect(data.changes.created.periods).toBe(1);
    expect(data.changes.updated.themes).toBe(1);
    expect((await getJson(t.app, '/v1/themes/uso-5-kukoistava-kunta')).body.data.keywords).toEqual([
      'kukoistus',
    ]);
  });

  it('bumps no version and writes no audit row when an import changes nothing', async () => {
    const exported = (await getJson(t.app, '/v1/export')).body as Dataset;
    const version = (await getJson(t.app, '/healthz')).body.dataVersion;
    const audit = await t.auditCount();
    const res = await importBody('application/json', JSON.stringify(exported));
    expect(res.status).toBe(200);
    const { data } = await res.json();
    expect(data.changes.unchanged.periods).toBe(exported.periods.length);
    expect(Object.values(data.changes.created).every((n) => n === 0)).toBe(true);
    expect(Object.values(data.changes.updated).every((n) => n === 0)).toBe(true);
    expect((await getJson(t.app, '/healthz')).body.dataVersion).toBe(version);
    expect(await t.auditCount()).toBe(audit);
  });

  it.each(['quoted-header', 'bom-crlf', 'excel-semicolons', 'empty-lines', 'semicolons-bad'])(
    'gives %s.csv the verdict verkosto-validate gives it',
    async (name) => {
      const text = readFileSync(new URL(`${forms}${name}.csv`, import.meta.url), 'utf8');
      const dataset = (await getJson(t.app, '/v1/export')).body as Dataset;
      // What the CLI runs on a CSV, against the data the API holds.
      const cliVerdict = checkCsvRows(
        parseCsvFile(text, { registry: municipalityRegistry, periods: dataset.periods })!,
        csvBase(dataset, municipalityRegistry),
        municipalityRegistry,
      );
      const res = await importBody('text/csv', text, {}, '?dryRun=true');
      expect(res.status).toBe(200);
      const { data } = await res.json();
      const shown = (issues: Array<{ code: string; line?: number; path: string }>) =>
        issues.map((i) => [i.code, i.line, i.path]);
      expect(shown(data.issues)).toEqual(shown(cliVerdict));
      expect(data.ok).toBe(!cliVerdict.some((i) => i.severity === 'error'));
      expect(data.ok).toBe(name !== 'semicolons-bad');
    },
  );

  it('refuses what is not a dataset or a known CSV', async () => {
    expect((await importBody('application/json', '{"formatVersion": 2}')).status).toBe(400);
    expect((await importBody('application/json', '{broken')).status).toBe(400);
    expect((await importBody('text/csv', 'a,b\n1,2\n')).status).toBe(400);
    expect((await importBody('application/xml', '<x/>')).status).toBe(415);
  });

  it('leaves the database exactly as before when the importing process is killed (kill -9)', async () => {
    const big = bigDataset(350);
    expect(big.participations.length).toBeGreaterThanOrEqual(100_000);
    const file = join(t.dir, 'big.json');
    writeFileSync(file, JSON.stringify(big));
    const snapshot = async () => {
      const counts = await t.db
        .prepare(
          "SELECT (SELECT count(*) FROM participations) AS p, (SELECT count(*) FROM periods) AS pe, (SELECT count(*) FROM audit_log) AS a, (SELECT value FROM meta WHERE key = 'data_version') AS v",
        )
        .first();
      return JSON.stringify(counts);
    };
    const before = await snapshot();
    t.db.close();

    const script = fileURLToPath(new URL('./fixtures/import-child.ts', import.meta.url));
    const child = spawn(process.execPath, [script, t.path, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const started = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('writing')) resolve();
      });
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    await started;
    // Let the transaction get well under way, then kill the process outright.
    await new Promise((r) => setTimeout(r, 150));
    const exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => resolve(signal ?? code)),
    );
    child.kill('SIGKILL');
    expect(await exited, output).toBe('SIGKILL');
    expect(output).not.toContain('committed');

    const reopened = await testAppAt(t.path);
    try {
      expect(await reopened.snapshot()).toBe(before);
      const check = await reopened.db
        .prepare('PRAGMA integrity_check')
        .first<{ integrity_check: string }>();
      expect(check?.integrity_check).toBe('ok');
    } finally {
      reopened.db.close();
    }
  }, 120_000);
});

async function testAppAt(path: string) {
  const { openDatabase } = await import('./database.ts');
  const { db } = await openDatabase(path);
  return {
    db,
    snapshot: async () =>
      JSON.stringify(
        await db
          .prepare(
            "SELECT (SELECT count(*) FROM participations) AS p, (SELECT count(*) FROM periods) AS pe, (SELECT count(*) FROM audit_log) AS a, (SELECT value FROM meta WHERE key = 'data_version') AS v",
          )
          .first(),
      ),
  };
}
