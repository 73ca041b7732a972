/**
 * The SQL the storage layer needs, in the shape of Cloudflare D1's API so that D1 implements
 * it as it is and node:sqlite through a thin adapter. Everything is async because D1 is.
 */
export type SqlValue = string | number | null;

export interface SqlRunResult {
  meta: { changes: number };
}

export interface SqlStatement {
  bind(...values: SqlValue[]): SqlStatement;
  all<T = Record<string, SqlValue>>(): Promise<{ results: T[] }>;
  first<T = Record<string, SqlValue>>(): Promise<T | null>;
  run(): Promise<SqlRunResult>;
}

export interface SqlDatabase {
  prepare(sql: string): SqlStatement;
  /** Runs the statements in order as one transaction: all or nothing. */
  batch(statements: SqlStatement[]): Promise<Array<SqlRunResult & { results?: unknown[] }>>;
}
