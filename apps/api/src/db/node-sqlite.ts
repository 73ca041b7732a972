import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { SqlDatabase, SqlRunResult, SqlStatement, SqlValue } from './driver.ts';

/** A D1-shaped database over Node's built-in SQLite (no native addon to build). */
export interface NodeSqliteDatabase extends SqlDatabase {
  close(): void;
  /** The underlying handle, for the migration runner and tests. */
  readonly handle: DatabaseSync;
}

export function openNodeSqlite(path: string): NodeSqliteDatabase {
  const handle = new DatabaseSync(path);
  // WAL lets readers work while a write commits; NORMAL is durable at commit under WAL
  // except on power loss, the usual trade for a server.
  handle.exec('PRAGMA journal_mode = WAL');
  handle.exec('PRAGMA synchronous = NORMAL');
  handle.exec('PRAGMA foreign_keys = ON');
  handle.exec('PRAGMA busy_timeout = 5000');

  const cache = new Map<string, StatementSync>();
  const compiled = (sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = handle.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };

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
      const statement = compiled(this.sql);
      if (statement.columns().length > 0) {
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

  return {
    handle,
    prepare: (sql) => new Statement(sql),
    async batch(statements) {
      handle.exec('BEGIN IMMEDIATE');
      try {
        const results = statements.map((s) => (s as Statement).runSync());
        handle.exec('COMMIT');
        return results;
      } catch (error) {
        handle.exec('ROLLBACK');
        throw error;
      }
    },
    close: () => handle.close(),
  };
}
