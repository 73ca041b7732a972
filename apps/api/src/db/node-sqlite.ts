/**
 * Node's side of storage, and with src/node.ts the only code that imports `node:*`: the
 * D1-shaped driver over node:sqlite (built into Node — no native addon to compile), and
 * reading the migration files from disk.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import type { SqlDatabase, SqlRunResult, SqlStatement, SqlValue } from './driver.ts';
import type { Migration } from './migrate.ts';

/** A D1-shaped database over Node's built-in SQLite (no native addon to build). */
export interface NodeSqliteDatabase extends SqlDatabase {
  close(): void;
  /** The underlying handle, for the migration runner and tests. */
  readonly handle: DatabaseSync;
}

/** A file path or `file:` URL; `:memory:` for a database that lives only in this process. */
export function toPath(path: string | URL): string {
  return path instanceof URL ? fileURLToPath(path) : path;
}

/** Opens (creating the file and its folder when missing) a database with the server's settings. */
export function openNodeSqlite(location: string | URL): NodeSqliteDatabase {
  const path = toPath(location);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const handle = new DatabaseSync(path);
  // WAL lets readers work while a write commits; NORMAL is durable at commit under WAL
  // except on power loss, the usual trade for a server.
  handle.exec('PRAGMA journal_mode = WAL');
  handle.exec('PRAGMA synchronous = NORMAL');
  handle.exec('PRAGMA foreign_keys = ON');
  handle.exec('PRAGMA busy_timeout = 5000');

  const cache = new Map<string, { statement: StatementSync; returnsRows: boolean }>();
  const prepared = (sql: string) => {
    let entry = cache.get(sql);
    if (!entry) {
      const statement = handle.prepare(sql);
      // Asked once per SQL text: an import runs the same INSERT thousands of times.
      entry = { statement, returnsRows: statement.columns().length > 0 };
      cache.set(sql, entry);
    }
    return entry;
  };
  const compiled = (sql: string) => prepared(sql).statement;

  class Statement implements SqlStatement {
    readonly sql: string;
    readonly values: SqlValue[];
    constructor(sql: string, values: SqlValue[] = []) {
      this.sql = sql;
      this.values = values;
    }
    bind(...values: SqlValue[]): SqlStatement {
      return new Statement(this.sql, values);
    }
    allSync<T>(): T[] {
      return compiled(this.sql).all(...this.values) as T[];
    }
    runSync(): SqlRunResult & { results?: unknown[] } {
      const { statement, returnsRows } = prepared(this.sql);
      if (returnsRows) {
        const results = statement.all(...this.values);
        return { results, meta: { changes: 0 } };
      }
      const { changes } = statement.run(...this.values);
      return { meta: { changes: Number(changes) } };
    }
    async all<T>(): Promise<{ results: T[] }> {
      return { results: this.allSync<T>() };
    }
    async first<T>(): Promise<T | null> {
      return (compiled(this.sql).get(...this.values) as T | undefined) ?? null;
    }
    async run(): Promise<SqlRunResult> {
      return this.runSync();
    }
  }

  // One transaction over statements as they come: an iterable is consumed while it runs.
  const transaction = (statements: Iterable<SqlStatement>) => {
    handle.exec('BEGIN IMMEDIATE');
    try {
      const results: Array<SqlRunResult & { results?: unknown[] }> = [];
      for (const s of statements) results.push((s as Statement).runSync());
      handle.exec('COMMIT');
      return results;
    } catch (error) {
      handle.exec('ROLLBACK');
      throw error;
    }
  };

  return {
    handle,
    prepare: (sql) => new Statement(sql),
    // SQLite's own limit is 32 766; 6 000 keeps one statement's SQL text around 25 kB.
    maxBoundValues: 6_000,
    batch: async (statements) => transaction(statements),
    batchEach: async (statements) => transaction(statements),
    async exec(sql) {
      handle.exec(sql);
      return {};
    },
    close: () => handle.close(),
  };
}

/** The `*.sql` files of a migrations folder, by name, as `wrangler d1 migrations apply` orders them. */
export function readMigrationFiles(dir: string | URL): Migration[] {
  const path = toPath(dir);
  return readdirSync(path)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(path, name), 'utf8') }));
}
