import type { SqlDatabase } from './driver.ts';

export interface Migration {
  /** The file name, e.g. `0001_init.sql`, as wrangler records it. */
  name: string;
  sql: string;
}

/**
 * Splits a migration file into statements. No semicolons inside strings; a trigger's body
 * (`CREATE TRIGGER … BEGIN …; …; END`) stays one statement.
 */
export function statementsOf(sql: string): string[] {
  const parts = sql
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  const statements: string[] = [];
  let trigger: string[] | undefined;
  for (const part of parts) {
    if (trigger) trigger.push(part);
    else if (/^CREATE\s+TRIGGER\b/i.test(part)) trigger = [part];
    else statements.push(part);
    if (trigger && /\bEND$/i.test(part)) {
      statements.push(trigger.join(';\n'));
      trigger = undefined;
    }
  }
  if (trigger) statements.push(trigger.join(';\n'));
  return statements;
}

/**
 * Applies the migrations not yet applied, each in one transaction, recording them in
 * `d1_migrations` as `wrangler d1 migrations apply` does — so a database migrated by either
 * one is up to date for the other.
 */
export async function migrate(
  db: SqlDatabase,
  migrations: readonly Migration[],
): Promise<string[]> {
  await db
    .prepare(
      'CREATE TABLE IF NOT EXISTS d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)',
    )
    .run();
  const { results } = await db.prepare('SELECT name FROM d1_migrations').all<{ name: string }>();
  const applied = new Set(results.map((r) => r.name));
  const pending = [...migrations]
    .sort((a, b) => a.name.localeCompare(b.name))
    .filter((m) => !applied.has(m.name));
  for (const migration of pending) {
    await db.batch([
      ...statementsOf(migration.sql).map((sql) => db.prepare(sql)),
      db.prepare('INSERT INTO d1_migrations (name) VALUES (?)').bind(migration.name),
    ]);
  }
  return pending.map((m) => m.name);
}
