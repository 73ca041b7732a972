import type { SqlDatabase, SqlRunResult, SqlStatement } from '../db/driver.ts';
import { type EntityDescription, selectRow } from './entities.ts';
import { ConflictError, StaleError } from './errors.ts';
import type { Store } from './store.ts';

export interface AuditEntry {
  actor: string;
  action: 'create' | 'update' | 'delete' | 'restore' | 'purge' | 'import';
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export interface CommitInput {
  /**
   * The statements that change the data, in order. An iterable (an import's rows) is consumed
   * as the batch runs where the driver can (`batchEach`), so they are never all held at once.
   */
  changes: SqlStatement[] | Iterable<SqlStatement>;
  audit: AuditEntry;
  /**
   * A single write: `changes[0]` is guarded (`WHERE version = ?`); the audit row and the version
   * bump happen only if it changed exactly one row, else nothing is written and the caller gets
   * a StaleError with the item's current version.
   */
  guard?: { description: EntityDescription<never>; key: string };
  /** Written with the change, after it (e.g. an import's idempotency key). */
  also?: SqlStatement[];
  /** The detail of a ConflictError when the database refuses the batch. */
  conflict: (reason: 'exists' | 'reference' | 'check') => string;
}

const auditStatement = (db: SqlDatabase, a: AuditEntry, guarded: boolean) =>
  db
    .prepare(
      `INSERT INTO audit_log (actor, action, entity, entity_id, before, after) SELECT ?, ?, ?, ?, ?, ?${guarded ? ' WHERE changes() = 1' : ''}`,
    )
    .bind(
      a.actor,
      a.action,
      a.entity,
      a.entityId,
      a.before === undefined ? null : JSON.stringify(a.before),
      a.after === undefined ? null : JSON.stringify(a.after),
    );

/** Bumps the data version in the same transaction, so caches everywhere see the write. */
export const bumpVersion = (db: SqlDatabase, guarded = false) =>
  db.prepare(
    `UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'${guarded ? ' AND changes() = 1' : ''}`,
  );

/**
 * The one way data changes, for single writes and imports alike: one atomic batch of the
 * changes, one audit row and the version bump; constraint errors become ConflictErrors. A commit
 * without changes writes no audit row and bumps no version (only `also`). D1 has no interactive
 * transactions, so guards live in SQL, never in a read-then-write.
 */
export async function commit(store: Store, input: CommitInput): Promise<SqlRunResult[]> {
  const { db } = store;
  const guarded = input.guard !== undefined;
  // The first change tells whether there are any, without making the rest.
  const changes = input.changes[Symbol.iterator]();
  const first = changes.next();
  const changed = !first.done;
  function* statements(): Generator<SqlStatement> {
    if (changed) {
      yield first.value;
      yield* { [Symbol.iterator]: () => changes };
      yield auditStatement(db, input.audit, guarded);
      // After the audit insert, changes() is 1 exactly when the guarded change wrote.
      yield bumpVersion(db, guarded);
    }
    yield* input.also ?? [];
  }
  if (!changed && !input.also?.length) return [];
  let results: SqlRunResult[];
  try {
    results = db.batchEach ? await db.batchEach(statements()) : await db.batch([...statements()]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/UNIQUE|PRIMARY KEY/i.test(message)) throw new ConflictError(input.conflict('exists'));
    if (/FOREIGN KEY/i.test(message)) throw new ConflictError(input.conflict('reference'));
    if (/CHECK constraint/i.test(message)) throw new ConflictError(input.conflict('check'));
    throw error;
  } finally {
    if (changed) store.invalidate();
  }
  if (input.guard && results[0]!.meta.changes !== 1) {
    // Someone else wrote between our read and our batch.
    const now = await selectRow(db, input.guard.description, input.guard.key);
    throw new StaleError('The item changed while you were saving.', now?.version ?? 0);
  }
  return results;
}
