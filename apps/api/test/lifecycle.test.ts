import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@verkosto/vitest-config/ports';
import { describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate.ts';
import { openDatabase, readMigrations } from './database.ts';

describe('database lifecycle', () => {
  it('migrates once, seeds once, and keeps data across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verkosto-life-'));
    const path = join(dir, 'db.sqlite');
    try {
      const first = await openDatabase(path);
      expect(first.applied).toEqual(readMigrations().map((m) => m.name));
      expect(first.seeded).toBe(true);
      await first.db.prepare("DELETE FROM participations WHERE municipality_code = '609'").run();
      expect(await migrate(first.db, readMigrations())).toEqual([]);
      first.db.close();

      const second = await openDatabase(path);
      expect(second.applied).toEqual([]);
      expect(second.seeded).toBe(false);
      const row = await second.db
        .prepare("SELECT count(*) AS n FROM participations WHERE period_id = 'uso-4'")
        .first<{ n: number }>();
      expect(row?.n).toBe(28);
      const wal = await second.db.prepare('PRAGMA journal_mode').first<{ journal_mode: string }>();
      expect(wal?.journal_mode).toBe('wal');
      second.db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('enforces keys, uniqueness and date checks in the database itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verkosto-db-'));
    const { db } = await openDatabase(join(dir, 'db.sqlite'));
    try {
      const insert = (period: string, code: string) =>
        db
          .prepare(
            "INSERT INTO participations (period_id, municipality_code, role, data) VALUES (?, ?, 'kehittajakunta', '{}')",
          )
          .bind(period, code)
          .run();
      await expect(insert('uso-4', '609')).rejects.toThrow(/UNIQUE/);
      await expect(insert('uso-4', '999')).rejects.toThrow(/FOREIGN KEY/);
      await expect(insert('uso-99', '091')).rejects.toThrow(/FOREIGN KEY/);
      await expect(
        db
          .prepare(
            "INSERT INTO periods (id, network_id, ordinal, start_date, end_date, data) VALUES ('x', 'uso', 99, '2030-01-01', '2029-01-01', '{}')",
          )
          .run(),
      ).rejects.toThrow(/CHECK/);
      // A failed batch leaves nothing behind.
      await expect(
        db.batch([
          db.prepare("UPDATE meta SET value = '999' WHERE key = 'data_version'"),
          db.prepare('INSERT INTO nope VALUES (1)'),
        ]),
      ).rejects.toThrow();
      expect(
        (
          await db
            .prepare("SELECT value FROM meta WHERE key = 'data_version'")
            .first<{ value: string }>()
        )?.value,
      ).not.toBe('999');
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the Node server', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'starts from the built entry, answers /healthz, and stops cleanly on %s',
    async (signal) => {
      const dir = mkdtempSync(join(tmpdir(), 'verkosto-node-'));
      const port = await freePort();
      const entry = fileURLToPath(new URL('../dist/node.js', import.meta.url));
      const child = spawn(process.execPath, [entry], {
        env: {
          ...process.env,
          PORT: String(port),
          // A folder that does not exist yet, as on a fresh clone.
          DATABASE_PATH: join(dir, 'fresh', 'db.sqlite'),
          HOST: '127.0.0.1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
      });
      try {
        let health: Response | undefined;
        for (let i = 0; i < 100 && !health; i++) {
          health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
          if (!health) await new Promise((r) => setTimeout(r, 100));
        }
        expect(health?.status, output).toBe(200);
        const members = await (
          await fetch(`http://127.0.0.1:${port}/v1/periods/uso-4/participants`)
        ).json();
        expect(members.meta.total).toBe(29);
        const exit = new Promise<number | null>((resolve) =>
          child.on('exit', (code) => resolve(code)),
        );
        child.kill(signal);
        expect(await exit).toBe(0);
        expect(output).toContain(`Verkosto API on http://localhost:${port} (database `);
        expect(output).toContain(`${signal}: closing`);
      } finally {
        child.kill('SIGKILL');
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
