import type {
  Dataset,
  MunicipalityRegistry,
  Network,
  Participation,
  Period,
  Theme,
} from '@verkosto/core';
import { checkDatasetRules, hasErrors, type ValidationIssue } from '@verkosto/validation';
import type { SqlDatabase, SqlStatement } from '../db/driver.ts';
import { ProblemError } from '../http/problem.ts';
import { insert } from './rows.ts';
import { type ItemKind, itemKey, type Snapshot, type Store } from './store.ts';

/**
 * Every write goes the same way: apply the change to the current data in memory, run every
 * dataset rule on the result (the data must stay valid), then commit one atomic batch that
 * (1) changes the row only if its version is still the one the caller read, (2) writes exactly
 * one audit row if it did, and (3) bumps the data version. If the guard finds another version,
 * nothing is written and the caller gets 412 with the current ETag.
 */

export type WritableKind = Exclude<ItemKind, 'source'>;
type EntityOf<K extends WritableKind> = {
  network: Network;
  period: Period;
  theme: Theme;
  participation: Participation;
}[K];

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

const COLLECTION = {
  network: 'networks',
  period: 'periods',
  theme: 'themes',
  participation: 'participations',
} as const;
const TABLE = COLLECTION;
const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

export const idOf = (kind: WritableKind, entity: Network | Period | Theme | Participation) =>
  kind === 'participation'
    ? `${(entity as Participation).periodId}/${(entity as Participation).municipalityCode}`
    : (entity as { id: string }).id;

const whereId = (kind: WritableKind) =>
  kind === 'participation' ? 'period_id = ? AND municipality_code = ?' : 'id = ?';
const idValues = (kind: WritableKind, id: string) =>
  kind === 'participation' ? id.split('/') : [id];

/** The audit row, written only when the statement before it changed exactly one row. */
function audit(
  db: SqlDatabase,
  actor: string,
  action: string,
  kind: WritableKind,
  id: string,
  before: unknown,
  after: unknown,
): SqlStatement {
  return db
    .prepare(
      'INSERT INTO audit_log (actor, action, entity, entity_id, before, after) SELECT ?, ?, ?, ?, ?, ? WHERE changes() = 1',
    )
    .bind(
      actor,
      action,
      kind,
      id,
      before === undefined ? null : JSON.stringify(before),
      after === undefined ? null : JSON.stringify(after),
    );
}

/** The columns the database enforces, from the entity. */
function columns(
  kind: WritableKind,
  e: Network | Period | Theme | Participation,
): Record<string, string | number | null> {
  switch (kind) {
    case 'network':
      return { data: JSON.stringify(e) };
    case 'period': {
      const p = e as Period;
      return {
        network_id: p.networkId,
        ordinal: p.ordinal,
        start_date: p.startDate,
        end_date: p.endDate,
        data: JSON.stringify(p),
      };
    }
    case 'theme': {
      const t = e as Theme;
      return {
        slug: t.slug,
        parent_id: t.parentId ?? null,
        continues_theme_id: t.continuesThemeId ?? null,
        data: JSON.stringify(t),
      };
    }
    case 'participation': {
      const p = e as Participation;
      return {
        role: p.role,
        joined_on: p.joinedOn ?? null,
        left_on: p.leftOn ?? null,
        data: JSON.stringify(p),
      };
    }
  }
}

function withChange(dataset: Dataset, change: Change, restored?: unknown): Dataset {
  const collection = COLLECTION[change.kind];
  const items = dataset[collection] as Array<Network | Period | Theme | Participation>;
  const others =
    'id' in change ? items.filter((item) => idOf(change.kind, item) !== change.id) : items;
  const next = { ...dataset };
  switch (change.op) {
    case 'create':
      (next[collection] as unknown[]) = [...items, change.entity];
      break;
    case 'update':
      (next[collection] as unknown[]) = items.map((item) =>
        idOf(change.kind, item) === change.id ? change.entity : item,
      );
      break;
    case 'delete':
    case 'purge':
      (next[collection] as unknown[]) = others;
      if (change.kind === 'period') {
        next.themes = next.themes.filter((t) => t.periodId !== change.id);
        next.participations = next.participations.filter((p) => p.periodId !== change.id);
      }
      break;
    case 'restore':
      (next[collection] as unknown[]) = [...others, restored];
      break;
  }
  return next;
}

/** Rule issues that the change brings: errors already in the data are not the caller's to fix. */
function newIssues(
  before: Dataset,
  after: Dataset,
  registry: MunicipalityRegistry,
): ValidationIssue[] {
  const existing = new Set(
    checkDatasetRules(before, { registry }).map(
      (i) => `${i.code}|${JSON.stringify(i.params ?? {})}`,
    ),
  );
  return checkDatasetRules(after, { registry }).filter(
    (i) => !existing.has(`${i.code}|${JSON.stringify(i.params ?? {})}`),
  );
}

async function currentRow(db: SqlDatabase, kind: WritableKind, id: string) {
  const deleted = kind === 'period' || kind === 'theme' ? ', deleted_at' : ', NULL AS deleted_at';
  return db
    .prepare(`SELECT data, version${deleted} FROM ${TABLE[kind]} WHERE ${whereId(kind)}`)
    .bind(...idValues(kind, id))
    .first<{ data: string; version: number; deleted_at: string | null }>();
}

/** Applies one change for an actor; throws problems for what the caller must fix. */
export async function applyChange(
  store: Store,
  registry: MunicipalityRegistry,
  actor: string,
  change: Change,
): Promise<WriteResult> {
  const { db } = store;
  const snapshot: Snapshot = await store.snapshot();
  const id = change.op === 'create' ? idOf(change.kind, change.entity) : change.id;
  const row = change.op === 'create' ? null : await currentRow(db, change.kind, id);
  if (change.op !== 'create') {
    const live =
      row &&
      (change.op === 'restore'
        ? row.deleted_at !== null
        : change.op === 'purge' || row.deleted_at === null);
    if (!row || !live)
      throw new ProblemError('not-found', {
        detail: change.op === 'restore' ? 'Nothing deleted to restore here.' : 'No such item.',
      });
    // If-Match: * (-1) accepts whatever version is current.
    if ('ifMatch' in change && change.ifMatch === -1) change.ifMatch = row.version;
    if ('ifMatch' in change && row.version !== change.ifMatch) {
      throw new ProblemError(
        'precondition-failed',
        {
          detail: `The item is at version ${row.version}; you sent If-Match for ${change.ifMatch}.`,
          currentVersion: row.version,
        },
        { etag: `"v${row.version}"` },
      );
    }
  } else if (snapshot.versions.has(itemKey(change.kind, id))) {
    throw new ProblemError('conflict', { detail: `${change.kind} ${id} already exists.` });
  }

  const before = row ? JSON.parse(row.data) : undefined;
  const after = withChange(snapshot.dataset, change, before);
  const issues = newIssues(snapshot.dataset, after, registry);
  if (hasErrors(issues)) {
    throw new ProblemError('bad-request', {
      detail: 'The change would make the data invalid.',
      issues: issues.filter((i) => i.severity === 'error'),
    });
  }

  const values = idValues(change.kind, id);
  const table = TABLE[change.kind];
  let statements: SqlStatement[];
  switch (change.op) {
    case 'create':
      statements = [
        insert[change.kind](db, change.entity as never),
        audit(db, actor, 'create', change.kind, id, undefined, change.entity),
      ];
      break;
    case 'update': {
      const cols = columns(change.kind, change.entity);
      const set = Object.keys(cols)
        .map((c) => `${c} = ?`)
        .join(', ');
      statements = [
        db
          .prepare(
            `UPDATE ${table} SET ${set}, version = version + 1, updated_at = ${NOW} WHERE ${whereId(change.kind)} AND version = ?`,
          )
          .bind(...Object.values(cols), ...values, change.ifMatch),
        audit(db, actor, 'update', change.kind, id, before, change.entity),
      ];
      break;
    }
    case 'delete':
      statements =
        change.kind === 'period' || change.kind === 'theme'
          ? [
              db
                .prepare(
                  `UPDATE ${table} SET deleted_at = ${NOW}, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL`,
                )
                .bind(id, change.ifMatch),
              audit(db, actor, 'delete', change.kind, id, before, undefined),
            ]
          : [
              db
                .prepare(`DELETE FROM ${table} WHERE ${whereId(change.kind)} AND version = ?`)
                .bind(...values, change.ifMatch),
              audit(db, actor, 'delete', change.kind, id, before, undefined),
            ];
      break;
    case 'restore':
      statements = [
        db
          .prepare(
            `UPDATE ${table} SET deleted_at = NULL, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NOT NULL`,
          )
          .bind(id, change.ifMatch),
        audit(db, actor, 'restore', change.kind, id, undefined, before),
      ];
      break;
    case 'purge':
      statements = [
        db.prepare(`DELETE FROM ${table} WHERE id = ?`).bind(id),
        audit(db, actor, 'purge', change.kind, id, before, undefined),
      ];
      break;
  }
  // The data version moves only if the guarded statement wrote (changes() of the audit insert).
  statements.push(
    db.prepare(
      "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version' AND changes() = 1",
    ),
  );

  let results: Awaited<ReturnType<SqlDatabase['batch']>>;
  try {
    results = await db.batch(statements);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/UNIQUE|PRIMARY KEY/i.test(message))
      throw new ProblemError('conflict', { detail: `${change.kind} ${id} already exists.` });
    if (/FOREIGN KEY/i.test(message))
      throw new ProblemError('conflict', {
        detail: `Other data depends on ${change.kind} ${id}, or it refers to something missing.`,
      });
    throw error;
  } finally {
    store.invalidate();
  }
  if (results[0]!.meta.changes !== 1) {
    // Someone else wrote between our read and our batch.
    const now = await currentRow(db, change.kind, id);
    throw new ProblemError(
      'precondition-failed',
      { detail: 'The item changed while you were saving.', currentVersion: now?.version ?? 0 },
      now ? { etag: `"v${now.version}"` } : {},
    );
  }
  const latest =
    change.op === 'delete' && change.kind === 'participation'
      ? null
      : await currentRow(db, change.kind, id);
  return { version: change.op === 'purge' ? 0 : (latest?.version ?? 0), warnings: issues };
}
