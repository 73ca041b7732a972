import {
  createExecutionContext,
  createScheduledController,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createSession, createUser } from '../../src/auth/accounts.ts';
import { createRateLimiter } from '../../src/http/rate-limit.ts';
import worker, { type WorkerEnv } from '../../src/worker.ts';

const bindings = env as unknown as WorkerEnv;
const count = async (sql: string) => (await bindings.DB.prepare(sql).first<{ n: number }>())!.n;

describe('housekeeping on Workers', () => {
  it('the cron trigger deletes expired sessions and ended limit windows, never the audit log', async () => {
    const now = Date.now();
    const user = await createUser(
      bindings.DB,
      { username: 'siivooja', password: 'correct horse battery', role: 'editor' },
      1_000,
    );
    await createSession(bindings.DB, user.id, new Date(now));
    await createSession(bindings.DB, user.id, new Date(now - 10 * 3_600_000));
    const limiter = createRateLimiter(bindings.DB, 'cron-test', { limit: 5, windowMs: 60_000 });
    await limiter.hit('ended', now - 3_600_000);
    await limiter.hit('live', now);
    await bindings.DB.prepare(
      "INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES ('2001-01-01T00:00:00.000Z', 'test', 'create', 'network', 'old')",
    ).run();
    const sessions = `SELECT count(*) AS n FROM sessions WHERE user_id = '${user.id}'`;
    const windows = "SELECT count(*) AS n FROM rate_limits WHERE scope = 'cron-test'";
    const audit = 'SELECT count(*) AS n FROM audit_log';
    const before = { sessions: await count(sessions), audit: await count(audit) };
    expect(before.sessions).toBe(2);
    expect(await count(windows)).toBe(2);

    const ctx = createExecutionContext();
    await worker.scheduled(
      createScheduledController({ scheduledTime: new Date(now), cron: '*/15 * * * *' }),
      bindings,
      ctx,
    );
    await waitOnExecutionContext(ctx);

    expect(await count(sessions)).toBe(1);
    expect(await count(windows)).toBe(1);
    expect(await count(audit)).toBe(before.audit);
  });
});
