/**
 * The API's Worker with its D1 binding wrapped to add up `rows_read` from every result's meta, for
 * the bench's rows-per-request figure. `GET /__bench/rows-read` answers the total since the last
 * call and resets it. Only `pnpm bench` runs this entry; throughput is measured on the real one.
 */
import worker from '../../../apps/api/src/worker.ts';

let rowsRead = 0;
type Meta = { meta?: { rows_read?: number } };
const add = <T extends Meta>(result: T) => {
  rowsRead += result.meta?.rows_read ?? 0;
  return result;
};

function statement(inner: D1PreparedStatement): D1PreparedStatement {
  const wrapped = {
    inner,
    bind: (...values: unknown[]) => statement(inner.bind(...values)),
    all: async () => add(await inner.all()),
    run: async () => add(await inner.run()),
    raw: (...args: []) => inner.raw(...args),
    // first() reports no meta: the same query through all(), its first row.
    first: async (column?: string) => {
      const { results } = add(await inner.all<Record<string, unknown>>());
      const row = results[0];
      return row === undefined ? null : column ? row[column] : row;
    },
  };
  return wrapped as unknown as D1PreparedStatement;
}

const unwrap = (statements: D1PreparedStatement[]) =>
  statements.map((s) => (s as unknown as { inner: D1PreparedStatement }).inner);

function session(inner: D1DatabaseSession): D1DatabaseSession {
  return {
    prepare: (sql: string) => statement(inner.prepare(sql)),
    batch: async (statements: D1PreparedStatement[]) =>
      (await inner.batch(unwrap(statements))).map(add),
    getBookmark: () => inner.getBookmark(),
  } as unknown as D1DatabaseSession;
}

function database(inner: D1Database): D1Database {
  return {
    prepare: (sql: string) => statement(inner.prepare(sql)),
    batch: async (statements: D1PreparedStatement[]) =>
      (await inner.batch(unwrap(statements))).map(add),
    exec: (sql: string) => inner.exec(sql),
    withSession: (constraint?: string) => session(inner.withSession(constraint)),
  } as unknown as D1Database;
}

let wrappedDb: D1Database | undefined;

export default {
  fetch(request: Request, env: { DB: D1Database }, ctx: ExecutionContext) {
    if (new URL(request.url).pathname === '/__bench/rows-read') {
      const total = rowsRead;
      rowsRead = 0;
      return Response.json({ rowsRead: total });
    }
    wrappedDb ??= database(env.DB);
    return worker.fetch(request, { ...env, DB: wrappedDb } as never, ctx);
  },
};
