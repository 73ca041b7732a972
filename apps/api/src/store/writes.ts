import type { MunicipalityRegistry } from '@verkosto/core';
import { checkWrite, type ValidationIssue, type Write, writeScope } from '@verkosto/validation';
import type { SqlStatement } from '../db/driver.ts';
import { commit } from './commit.ts';
import {
  BY_KIND,
  deleteRow,
  type EntityDescription,
  insertRow,
  selectRow,
  setDeleted,
  updateRow,
} from './entities.ts';
import { ConflictError, InvalidError, NotFoundError, StaleError } from './errors.ts';
import { loadScope } from './scope.ts';
import type { Store } from './store.ts';

/**
 * Every write goes the same way: read the row by its key, check the caller's version, check the
 * rules the change could break on the data in its scope (loaded by index: the member's period,
 * or the network's periods and themes — never the whole dataset), then commit (commit.ts): the guarded change, its audit row and
 * the version bump in one batch. If the guard finds another version, nothing is written.
 */

export type WritableKind =
  | 'network'
  | 'period'
  | 'theme'
  | 'participation'
  | 'activity'
  | 'programme';
type EntityOf<K extends WritableKind> = Parameters<(typeof BY_KIND)[K]['keyOf']>[0];

export type Change<K extends WritableKind = WritableKind> =
  | { op: 'create'; kind: K; entity: EntityOf<K> }
  | { op: 'update'; kind: K; id: string; entity: EntityOf<K>; ifMatch: number }
  | { op: 'delete'; kind: K; id: string; ifMatch: number }
  | { op: 'restore'; kind: 'period' | 'theme'; id: string; ifMatch: number }
  | { op: 'purge'; kind: 'period' | 'theme'; id: string };

export interface WriteResult {
  /** The item's new version (0 when it is gone). */
  version: number;
  warnings: ValidationIssue[];
}

/** Applies one change for an actor; throws the store's domain errors for what the caller must fix. */
export async function applyChange(
  store: Store,
  registry: MunicipalityRegistry,
  actor: string,
  change: Change,
): Promise<WriteResult> {
  const { db } = store;
  const d = BY_KIND[change.kind] as EntityDescription<never>;
  const entity = 'entity' in change ? (change.entity as never) : undefined;
  const id = change.op === 'create' ? d.keyOf(entity!) : change.id;
  const row = await selectRow(db, d, id);
  if (change.op === 'create') {
    if (row) throw new ConflictError(`${change.kind} ${id} already exists.`);
  } else {
    const live =
      row &&
      (change.op === 'restore'
        ? row.deleted_at !== null
        : change.op === 'purge' || row.deleted_at === null);
    if (!row || !live)
      throw new NotFoundError(
        change.op === 'restore' ? 'Nothing deleted to restore here.' : 'No such item.',
      );
    // If-Match: * (-1) accepts whatever version is current.
    if ('ifMatch' in change && change.ifMatch === -1) change.ifMatch = row.version;
    if ('ifMatch' in change && row.version !== change.ifMatch)
      throw new StaleError(
        `The item is at version ${row.version}; you sent If-Match for ${change.ifMatch}.`,
        row.version,
      );
  }

  const before = row ? JSON.parse(row.data) : undefined;
  // The rules this write could break, on the data in its scope only (same verdict as on all).
  const write = {
    kind: change.kind,
    key: id,
    before: row && row.deleted_at === null ? before : undefined,
    after:
      change.op === 'create' || change.op === 'update'
        ? entity
        : change.op === 'restore'
          ? before
          : undefined,
  } as Write;
  const { ok, issues } = checkWrite(await loadScope(db, writeScope(write, { registry })), write, {
    registry,
  });
  if (!ok)
    throw new InvalidError(
      'The change would make the data invalid.',
      issues.filter((i) => i.severity === 'error'),
    );

  let statement: SqlStatement;
  let after: unknown;
  switch (change.op) {
    case 'create':
      statement = insertRow(db, d, entity!);
      after = entity;
      break;
    case 'update':
      statement = updateRow(db, d, entity!, { ifMatch: change.ifMatch });
      after = entity;
      break;
    case 'delete':
      statement = d.softDelete
        ? setDeleted(db, d, id, true, change.ifMatch)
        : deleteRow(db, d, id, change.ifMatch);
      break;
    case 'restore':
      statement = setDeleted(db, d, id, false, change.ifMatch);
      after = before;
      break;
    case 'purge':
      statement = deleteRow(db, d, id);
      break;
  }
  const reversible = change.op === 'restore' ? undefined : before;
  await commit(store, {
    changes: [statement],
    audit: {
      actor,
      action: change.op,
      entity: change.kind,
      entityId: id,
      before: reversible,
      after,
    },
    guard: { description: d, key: id },
    // After the audit row, not among the changes: the guard reads changes() of the change alone.
    also: change.op === 'create' && d.afterInsert ? [d.afterInsert(db, [entity!])] : undefined,
    conflict: (reason) =>
      reason === 'exists'
        ? `${change.kind} ${id} already exists.`
        : `Other data depends on ${change.kind} ${id}, or it refers to something missing.`,
  });
  // The guard held, so the row is at exactly one version past the one read.
  const version =
    change.op === 'create'
      ? 1
      : change.op === 'purge' || (change.op === 'delete' && !d.softDelete)
        ? 0
        : row!.version + 1;
  return { version, warnings: issues };
}
