import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, createUser, principalFromSession } from '../src/auth/accounts.ts';
import type { SqlDatabase } from '../src/db/driver.ts';
import { housekeep } from '../src/housekeeping.ts';
import { createRateLimiter } from '../src/http/rate-limit.ts';
import { openDatabase } from './database.ts';
import { getJson, testApp } from './harness.ts';
import { startNodeServer } from './node-process.ts';

const HOUR = 3_600_000;
const count = async (db: SqlDatabase, table: string) =>
  (await db.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())!.n;

/** A live and an expired session, a live and an ended limit window, as of `now`. */
async function plant(db: SqlDatabase, userId: string, now: Date) {
  const live = await createSession(db, userId, now);
  // Started ten hours ago: it expired two hours ago (sessions last 8 hours).
  await createSession(db, userId, new Date(now.getTime() - 10 * HOUR));
  const limiter = createRateLimiter(db, 'housekeeping-test', { limit: 5, windowMs: 60_000 });
  await limiter.hit('ended', now.getTime() - HOUR);
  await limiter.hit('live', now.getTime());
  return live;
}

describe('housekeeping', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t.close());

  it('deletes expired sessions and ended limit windows, keeps live ones and every audit row', async () => {
    // A write, so the audit log has a row of its own to keep.
    const write = await getJson(t.app, '/v1/periods/uso-7/participants', {
      method: 'POST',
      headers: t.as('editor'),
      body: JSON.stringify({ municipalityCode: '005' }),
    });
    expect(write.status).toBe(201);
    const now = new Date();
    const user = await t.db
      .prepare("SELECT id FROM users WHERE username = 'aino'")
      .first<{ id: string }>();
    const live = await plant(t.db, user!.id, now);
    const audit = await t.auditCount();
    expect(audit).toBeGreaterThan(0);
    const [sessions, windows] = [await count(t.db, 'sessions'), await count(t.db, 'rate_limits')];

    expect(await housekeep(t.db, now)).toEqual({ sessions: 1, limitWindows: 1 });
    expect(await count(t.db, 'sessions')).toBe(sessions - 1);
    expect(await count(t.db, 'rate_limits')).toBe(windows - 1);
    expect(await principalFromSession(t.db, live.sessionId, now)).not.toBeNull();
    expect(await t.auditCount()).toBe(audit);
    // Again: nothing left to delete, and the audit log still whole — even years later.
    expect(await housekeep(t.db, now)).toEqual({ sessions: 0, limitWindows: 0 });
    await housekeep(t.db, new Date(now.getTime() + 10 * 365 * 24 * HOUR));
    expect(await t.auditCount()).toBe(audit);
  });

  it('runs in the Node server from its start; the server with its timer stops cleanly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verkosto-housekeeping-'));
    try {
      const path = join(dir, 'verkosto.db');
      const { db } = await openDatabase(path);
      const user = await createUser(
        db,
        { username: 'aino', password: 'correct horse battery', role: 'editor' },
        1_000,
      );
      await plant(db, user.id, new Date());
      expect(await count(db, 'sessions')).toBe(2);
      db.close();
      const server = await startNodeServer({ DATABASE_PATH: path });
      // Housekeeping runs before the server listens: by the first answer, the expired rows are gone.
      const reopened = (await openDatabase(path)).db;
      try {
        expect(await count(reopened, 'sessions')).toBe(1);
        expect(await count(reopened, 'rate_limits')).toBe(1);
      } finally {
        reopened.close();
      }
      expect(await server.stop()).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
