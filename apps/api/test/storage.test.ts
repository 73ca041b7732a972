import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { municipalityRegistry, usoDataset } from '@verkosto/data';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { migrate } from '../src/db/migrate.ts';
import { openNodeSqlite } from '../src/db/node-sqlite.ts';
import { createStore, seedIfEmpty } from '../src/store/store.ts';
import { openDatabase, readMigrations } from './database.ts';

const dirs: string[] = [];
const tempPath = (name = 'db.sqlite') => {
  const dir = mkdtempSync(join(tmpdir(), 'verkosto-storage-'));
  dirs.push(dir);
  return join(dir, name);
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the node:sqlite driver', () => {
  it('speaks D1’s shape: prepare/bind/all/first/run, exec, and an atomic batch', async () => {
    const db = openNodeSqlite(tempPath('nested/folder/db.sqlite'));
    try {
      await db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL); CREATE TABLE u (x)');
      expect((await db.prepare('INSERT INTO t (v) VALUES (?)').bind('a').run()).meta.changes).toBe(
        1,
      );
      await db.prepare('INSERT INTO t (v) VALUES (?)').bind('b').run();
      expect(await db.prepare('SELECT v FROM t ORDER BY id').all<{ v: string }>()).toEqual({
        results: [{ v: 'a' }, { v: 'b' }],
      });
      expect(await db.prepare('SELECT v FROM t WHERE id = ?').bind(2).first()).toEqual({ v: 'b' });
      expect(await db.prepare('SELECT v FROM t WHERE id = ?').bind(9).first()).toBeNull();
      // A failing statement undoes the whole batch.
      await expect(
        db.batch([
          db.prepare("INSERT INTO t (v) VALUES ('c')"),
          db.prepare('INSERT INTO t (v) VALUES (NULL)'),
        ]),
      ).rejects.toThrow(/NOT NULL/);
      expect((await db.prepare('SELECT count(*) AS n FROM t').first<{ n: number }>())?.n).toBe(2);
      // A guarded write: the second statement sees the first one's changes().
      const results = await db.batch([
        db.prepare("UPDATE t SET v = 'z' WHERE id = 1 AND v = 'stale'"),
        db.prepare("INSERT INTO u (x) SELECT 'audit' WHERE changes() = 1"),
      ]);
      expect(results.map((r) => r.meta.changes)).toEqual([0, 0]);
    } finally {
      db.close();
    }
  });

  it('opens with WAL, synchronous=NORMAL, foreign keys and a busy timeout', async () => {
    const db = openNodeSqlite(tempPath());
    try {
      const pragma = async (name: string) =>
        Object.values((await db.prepare(`PRAGMA ${name}`).first()) ?? {})[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(1); // NORMAL
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
    } finally {
      db.close();
    }
  });
});

describe('the store', () => {
  it('never imports HTTP code: its errors are domain errors, mapped in app.ts', () => {
    const dir = new URL('../src/store/', import.meta.url);
    for (const name of readdirSync(dir)) {
      const source = readFileSync(new URL(name, dir), 'utf8');
      expect(source, name).not.toMatch(/from '(?:\.\.\/http|hono)/);
    }
  });
});

describe('migrations', () => {
  it('are wrangler D1 files, recorded in d1_migrations as wrangler records them', async () => {
    const names = readdirSync(new URL('../migrations/', import.meta.url)).sort();
    expect(names.every((n) => /^\d{4}_[a-z0-9_]+\.sql$/.test(n))).toBe(true);
    const { db, applied } = await openDatabase(tempPath());
    try {
      expect(applied).toEqual(names);
      const { results } = await db
        .prepare('SELECT id, name, applied_at FROM d1_migrations ORDER BY id')
        .all<{ id: number; name: string; applied_at: string }>();
      expect(results.map((r) => r.name)).toEqual(names);
      expect(results[0]?.applied_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(await migrate(db, readMigrations())).toEqual([]);
      expect(await migrate(db, readMigrations())).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('bring a database made by older migrations up to date, keeping its data', async () => {
    const path = tempPath();
    const old = openNodeSqlite(path);
    // A database as the first two migrations and the code of their time left it.
    await migrate(old, readMigrations().slice(0, 2));
    await old.batch(
      municipalityRegistry.municipalities.map((m) =>
        old
          .prepare(
            'INSERT INTO municipalities (code, name_fi, name_sv, valid_from, valid_to, merged_into) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .bind(m.code, m.name.fi, m.name.sv, m.validFrom, m.validTo, m.mergedInto),
      ),
    );
    // The seed of that time: without programmes, which came with migration 0007, and its members
    // as rows alone (the code of that time kept no `municipality_networks`: migration 0009).
    const { programmes: _, participations, ...seedOfThen } = usoDataset;
    await seedIfEmpty(old, { ...seedOfThen, participations: [] });
    await old.batch(
      participations.map((p) =>
        old
          .prepare(
            'INSERT INTO participations (period_id, municipality_code, role, joined_on, left_on, data) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .bind(
            p.periodId,
            p.municipalityCode,
            p.role,
            p.joinedOn ?? null,
            p.leftOn ?? null,
            JSON.stringify(p),
          ),
      ),
    );
    old.close();

    const { db, applied, seeded } = await openDatabase(path);
    try {
      // Every later migration, the region column's first.
      expect(applied).toEqual(
        readMigrations()
          .slice(2)
          .map((m) => m.name),
      );
      expect(applied[0]).toBe('0003_municipality_region.sql');
      expect(seeded).toBe(false);
      // Migration 0009 found the network of every member already stored.
      expect(
        await db
          .prepare('SELECT count(DISTINCT municipality_code) AS n FROM municipality_networks')
          .first(),
      ).toEqual({ n: new Set(participations.map((p) => p.municipalityCode)).size });
      // The registry is reloaded into the new column.
      expect(
        await db.prepare("SELECT region_code FROM municipalities WHERE code = '091'").first(),
      ).toEqual({ region_code: '01' });
      expect(
        (
          await db
            .prepare('SELECT count(*) AS n FROM municipalities WHERE region_code IS NULL')
            .first<{ n: number }>()
        )?.n,
      ).toBe(municipalityRegistry.municipalities.filter((m) => !m.regionCode).length);
    } finally {
      db.close();
    }
  });

  it('give every entity table a version, timestamps, and soft delete where the API has it', async () => {
    const { db } = await openDatabase(tempPath());
    try {
      const columns = async (table: string) =>
        (await db.prepare(`PRAGMA table_info(${table})`).all<{ name: string }>()).results.map(
          (c) => c.name,
        );
      for (const table of ['sources', 'networks', 'periods', 'themes', 'participations'])
        expect(await columns(table)).toEqual(
          expect.arrayContaining(['version', 'created_at', 'updated_at']),
        );
      for (const table of ['periods', 'themes'])
        expect(await columns(table)).toContain('deleted_at');
      expect(await columns('municipalities')).toEqual(
        expect.arrayContaining([
          'code',
          'name_fi',
          'name_sv',
          'valid_from',
          'valid_to',
          'merged_into',
          'region_code',
        ]),
      );
      // UNIQUE (period_id, slug) holds in the database.
      await expect(
        db
          .prepare(
            "INSERT INTO themes (id, period_id, slug, data) SELECT 'copy', period_id, slug, data FROM themes LIMIT 1",
          )
          .run(),
      ).rejects.toThrow(/UNIQUE/);
      // Dates must be dates.
      await expect(
        db
          .prepare(
            "INSERT INTO periods (id, network_id, ordinal, start_date, end_date, data) VALUES ('x', 'uso', 99, '1.1.2030', '2031-01-01', '{}')",
          )
          .run(),
      ).rejects.toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});

describe('the data version', () => {
  it('is read once per TTL, at once after a local write, and shows other processes’ writes', async () => {
    const path = tempPath();
    const { db } = await openDatabase(path);
    const other = openNodeSqlite(path);
    let now = 0;
    try {
      const store = createStore(db, { versionTtlMs: 250, now: () => now });
      const app = createApp({ store, registry: municipalityRegistry, logError: () => {} });
      const name = async () =>
        (await (await app.request('/v1/networks/uso')).json()).data.shortName;
      expect(await name()).toBe('USO');
      // Another process (another connection) writes and bumps the version.
      await other.batch([
        other.prepare(
          "UPDATE networks SET data = json_set(data, '$.shortName', 'USO²'), version = version + 1 WHERE id = 'uso'",
        ),
        other.prepare(
          "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'",
        ),
      ]);
      now = 100;
      expect(await name()).toBe('USO'); // within the TTL: the cached answer
      now = 300;
      expect(await name()).toBe('USO²'); // after it: the other process's write
      await other.batch([
        other.prepare(
          "UPDATE networks SET data = json_set(data, '$.shortName', 'USO³') WHERE id = 'uso'",
        ),
        other.prepare(
          "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'",
        ),
      ]);
      store.invalidate(); // what every local write does
      expect(await name()).toBe('USO³');
    } finally {
      other.close();
      db.close();
    }
  });

  it('is asked for on every request with a TTL of 0 (Workers)', async () => {
    const { db } = await openDatabase(tempPath());
    try {
      const store = createStore(db, { versionTtlMs: 0 });
      const before = await store.version();
      await db
        .prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'")
        .run();
      expect(await store.version()).toBe(before + 1);
    } finally {
      db.close();
    }
  });
});

describe('runtime boundaries', () => {
  it('keeps node:* in node.ts and db/node-sqlite.ts (and workerd’s AsyncLocalStorage in db/d1-sessions.ts), and process in the two Node entries', () => {
    const files = (
      readdirSync(new URL('../src/', import.meta.url), { recursive: true }) as string[]
    )
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replaceAll('\\', '/'));
    const source = (f: string) => readFileSync(new URL(`../src/${f}`, import.meta.url), 'utf8');
    expect(files.filter((f) => /from 'node:/.test(source(f))).sort()).toEqual([
      'db/d1-sessions.ts',
      'db/node-sqlite.ts',
      'node.ts',
    ]);
    // The Workers-only module takes from node:* only what workerd provides (`nodejs_als`).
    expect(
      [...source('db/d1-sessions.ts').matchAll(/from '(node:[^']+)'/g)].map((m) => m[1]),
    ).toEqual(['node:async_hooks']);
    expect(files.filter((f) => /\bprocess\.\w/.test(source(f))).sort()).toEqual([
      'cli.ts',
      'node.ts',
    ]);
  });
});
