/**
 * The SQL the storage layer needs, in the shape of Cloudflare D1's API so that D1 implements
 * it as it is (worker.ts assigns `env.DB` to it without a cast) and node:sqlite through a thin
 * adapter (node-sqlite.ts). Everything is async because D1 is.
 */
export type SqlValue = string | number | null;

/** What a statement reports: D1 also says how many rows it read (node:sqlite does not). */
export interface SqlMeta {
  changes: number;
  rows_read?: number;
}

export interface SqlRunResult {
  meta: SqlMeta;
}

export interface SqlStatement {
  bind(...values: SqlValue[]): SqlStatement;
  all<T = Record<string, SqlValue>>(): Promise<{ results: T[]; meta?: Partial<SqlMeta> }>;
  first<T = Record<string, SqlValue>>(): Promise<T | null>;
  run(): Promise<SqlRunResult>;
}

export interface SqlDatabase {
  prepare(sql: string): SqlStatement;
  /**
   * Runs the statements in order as one transaction: all or nothing. Writes are single batches,
   * guarded in SQL (`WHERE version = ?`, then `… WHERE changes() = 1`), never read-then-write
   * transactions, because D1 has no interactive transactions.
   */
  batch(statements: SqlStatement[]): Promise<Array<SqlRunResult & { results?: unknown[] }>>;
  /**
   * `batch` over statements made as they run (node:sqlite only): a large import never holds
   * all its statements and their bound values at once. Without it, the statements are collected
   * into one `batch` (D1, whose batch is one request anyway).
   */
  batchEach?(statements: Iterable<SqlStatement>): Promise<SqlRunResult[]>;
  /** How many values one statement may bind: D1's 100 unless the driver says more. */
  readonly maxBoundValues?: number;
  /** Runs a script of statements without parameters (not atomic on D1); the result is runtime-specific. */
  exec(sql: string): Promise<unknown>;
}
