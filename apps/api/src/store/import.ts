import {
  type Dataset,
  type MunicipalityRegistry,
  type Network,
  type Participation,
  type Period,
  type PeriodRowsCollection,
  replacePeriodRows,
  type Source,
  type Theme,
} from '@verkosto/core';
import { checkDatasetRules, hasErrors, type ValidationIssue } from '@verkosto/validation';
import type { SqlDatabase, SqlStatement } from '../db/driver.ts';
import { insert } from './rows.ts';
import { orderThemes, type Snapshot } from './store.ts';

/**
 * An import merges incoming data into the current data. A dataset (JSON) creates what is new
 * and updates what differs, and deletes nothing. A members or themes CSV replaces the rows of
 * the periods it covers — it is the list as the admin keeps it.
 */
export interface ImportInput {
  kind: 'dataset' | 'members' | 'themes';
  data: Partial<Pick<Dataset, 'sources' | 'networks' | 'periods' | 'themes' | 'participations'>>;
  /** For a CSV: the line in the file of each incoming row, so rule issues can name it. */
  lines?: number[];
}

type Collection = 'sources' | 'networks' | 'periods' | 'themes' | 'participations';
const COLLECTIONS: Collection[] = ['sources', 'networks', 'periods', 'themes', 'participations'];
type Entity = Source | Network | Period | Theme | Participation;
const keyOf = (collection: Collection, e: Entity) =>
  collection === 'participations'
    ? `${(e as Participation).periodId}/${(e as Participation).municipalityCode}`
    : (e as { id: string }).id;

export interface ImportPlan {
  after: Dataset;
  issues: ValidationIssue[];
  ok: boolean;
  changes: Record<'created' | 'updated' | 'deleted' | 'unchanged', Record<Collection, number>>;
  rows: {
    create: Array<[Collection, Entity]>;
    update: Array<[Collection, Entity]>;
    delete: Array<[Collection, Entity]>;
  };
}

/** JSON with sorted keys: parsing reorders keys, and the order means nothing. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

const zero = () => ({ sources: 0, networks: 0, periods: 0, themes: 0, participations: 0 });

export function planImport(
  snapshot: Snapshot,
  input: ImportInput,
  registry: MunicipalityRegistry,
): ImportPlan {
  const current = snapshot.dataset;
  const plan: ImportPlan = {
    after: { ...current },
    issues: [],
    ok: true,
    changes: { created: zero(), updated: zero(), deleted: zero(), unchanged: zero() },
    rows: { create: [], update: [], delete: [] },
  };
  // A CSV is the list of the periods it covers (core's replacePeriodRows); a dataset only adds and updates.
  const replacing: PeriodRowsCollection | undefined =
    input.kind === 'members' ? 'participations' : input.kind === 'themes' ? 'themes' : undefined;

  for (const collection of COLLECTIONS) {
    const incoming = (input.data[collection] ?? []) as Entity[];
    const existing = new Map(
      (current[collection] as Entity[]).map((e) => [keyOf(collection, e), e]),
    );
    const next = new Map(existing);
    if (collection === replacing) {
      const kept = new Set(replacePeriodRows(current, collection, incoming as never).keptIndexes);
      const incomingKeys = new Set(incoming.map((i) => keyOf(collection, i)));
      (current[collection] as Entity[]).forEach((e, index) => {
        const key = keyOf(collection, e);
        if (kept.has(index) || incomingKeys.has(key)) return;
        next.delete(key);
        plan.rows.delete.push([collection, e]);
        plan.changes.deleted[collection] += 1;
      });
    }
    for (const entity of incoming) {
      const key = keyOf(collection, entity);
      const before = existing.get(key);
      if (!before) {
        plan.rows.create.push([collection, entity]);
        plan.changes.created[collection] += 1;
      } else if (canonical(before) !== canonical(entity)) {
        plan.rows.update.push([collection, entity]);
        plan.changes.updated[collection] += 1;
      } else {
        plan.changes.unchanged[collection] += 1;
      }
      next.set(key, entity);
    }
    (plan.after[collection] as Entity[]) = [...next.values()];
  }
  plan.issues = checkDatasetRules(plan.after, { registry });
  if (replacing && input.lines) addLines(plan, replacing, input);
  plan.ok = !hasErrors(plan.issues);
  return plan;
}

/**
 * The rules speak of the data after the import (`/participations/30`); a CSV's author needs the
 * line of the file that row came from.
 */
function addLines(plan: ImportPlan, collection: PeriodRowsCollection, input: ImportInput) {
  const lineOf = new Map<string, number>();
  ((input.data[collection] ?? []) as Entity[]).forEach((entity, i) => {
    const line = input.lines?.[i];
    if (line !== undefined) lineOf.set(keyOf(collection, entity), line);
  });
  const after = plan.after[collection] as Entity[];
  const pattern = new RegExp(`^/${collection}/(\\d+)(?:/|$)`);
  for (const issue of plan.issues) {
    const index = pattern.exec(issue.path)?.[1];
    const entity = index === undefined ? undefined : after[Number(index)];
    const line = entity && lineOf.get(keyOf(collection, entity));
    if (line !== undefined && issue.line === undefined) issue.line = line;
  }
}

const UPDATE: Record<Collection, string> = {
  sources: 'UPDATE sources SET data = ?, version = version + 1 WHERE id = ?',
  networks: 'UPDATE networks SET data = ?, version = version + 1 WHERE id = ?',
  periods:
    'UPDATE periods SET network_id = ?, ordinal = ?, start_date = ?, end_date = ?, data = ?, version = version + 1, deleted_at = NULL WHERE id = ?',
  themes:
    'UPDATE themes SET slug = ?, parent_id = ?, continues_theme_id = ?, data = ?, version = version + 1, deleted_at = NULL WHERE id = ?',
  participations:
    'UPDATE participations SET role = ?, joined_on = ?, left_on = ?, data = ?, version = version + 1 WHERE period_id = ? AND municipality_code = ?',
};

function updateStatement(db: SqlDatabase, collection: Collection, e: Entity): SqlStatement {
  const data = JSON.stringify(e);
  switch (collection) {
    case 'periods': {
      const p = e as Period;
      return db
        .prepare(UPDATE.periods)
        .bind(p.networkId, p.ordinal, p.startDate, p.endDate, data, p.id);
    }
    case 'themes': {
      const t = e as Theme;
      return db
        .prepare(UPDATE.themes)
        .bind(t.slug, t.parentId ?? null, t.continuesThemeId ?? null, data, t.id);
    }
    case 'participations': {
      const p = e as Participation;
      return db
        .prepare(UPDATE.participations)
        .bind(p.role, p.joinedOn ?? null, p.leftOn ?? null, data, p.periodId, p.municipalityCode);
    }
    default:
      return db.prepare(UPDATE[collection]).bind(data, (e as { id: string }).id);
  }
}

const INSERT = {
  sources: insert.source,
  networks: insert.network,
  periods: insert.period,
  themes: insert.theme,
  participations: insert.participation,
};

/** The plan as one batch: deletes, then creates in reference order, updates, one audit row, the version bump. */
export function importStatements(
  db: SqlDatabase,
  plan: ImportPlan,
  actor: string,
  summary: object,
): SqlStatement[] {
  const statements: SqlStatement[] = [];
  for (const [collection, e] of plan.rows.delete) {
    statements.push(
      collection === 'participations'
        ? db
            .prepare('DELETE FROM participations WHERE period_id = ? AND municipality_code = ?')
            .bind((e as Participation).periodId, (e as Participation).municipalityCode)
        : db.prepare(`DELETE FROM ${collection} WHERE id = ?`).bind((e as { id: string }).id),
    );
  }
  for (const collection of COLLECTIONS) {
    const created = plan.rows.create.filter(([c]) => c === collection).map(([, e]) => e);
    const ordered = collection === 'themes' ? orderThemes(created as Theme[]) : created;
    for (const e of ordered) statements.push(INSERT[collection](db, e as never));
  }
  for (const [collection, e] of plan.rows.update)
    statements.push(updateStatement(db, collection, e));
  statements.push(
    db
      .prepare(
        "INSERT INTO audit_log (actor, action, entity, entity_id, before, after) VALUES (?, 'import', 'dataset', ?, NULL, ?)",
      )
      .bind(actor, crypto.randomUUID(), JSON.stringify(summary)),
  );
  statements.push(
    db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'"),
  );
  return statements;
}
