import type { SqlDatabase, SqlRunResult, SqlStatement, SqlValue } from './driver.ts';

/**
 * A database that adds up the rows D1 says each statement read (`meta.rows_read`): what a
 * request costs on Workers, where D1 bills and slows by rows read. node:sqlite reports none, so
 * on Node the count stays 0.
 */
export interface RowsReadCounter {
  readonly db: SqlDatabase;
  /** Rows read since the last reset. */
  rowsRead(): number;
  reset(): void;
}

export function countRowsRead(db: SqlDatabase): RowsReadCounter {
  let total = 0;
  const add = (rows: number | undefined) => {
    total += rows ?? 0;
  };

  class Counted implements SqlStatement {
    readonly inner: SqlStatement;
    constructor(inner: SqlStatement) {
      this.inner = inner;
    }
    bind(...values: SqlValue[]): SqlStatement {
      return new Counted(this.inner.bind(...values));
    }
    async all<T>() {
      const result = await this.inner.all<T>();
      add(result.meta?.rows_read);
      return result;
    }
    // D1's first() drops the meta; all() of the same statement reads the same rows.
    async first<T>(): Promise<T | null> {
      return (await this.all<T>()).results[0] ?? null;
    }
    async run(): Promise<SqlRunResult> {
      const result = await this.inner.run();
      add(result.meta.rows_read);
      return result;
    }
  }

  return {
    db: {
      prepare: (sql) => new Counted(db.prepare(sql)),
      async batch(statements) {
        const results = await db.batch(statements.map((s) => (s instanceof Counted ? s.inner : s)));
        for (const result of results) add(result.meta.rows_read);
        return results;
      },
      exec: (sql) => db.exec(sql),
    },
    rowsRead: () => total,
    reset() {
      total = 0;
    },
  };
}
