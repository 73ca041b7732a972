import {
  type CsvRowsCollection,
  type Dataset,
  type MunicipalityRegistry,
  replacePeriodRows,
  type Theme,
} from '@verkosto/core';
import { checkDatasetRules, hasErrors, type ValidationIssue } from '@verkosto/validation';
import type { SqlStatement } from '../db/driver.ts';
import { commit } from './commit.ts';
import {
  type AnyEntity,
  COLLECTIONS,
  type Collection,
  deleteRow,
  ENTITIES,
  type EntityDescription,
  insertRow,
  updateRow,
} from './entities.ts';
import { orderThemes, type Store } from './store.ts';

/**
 * An import merges incoming data into the current data. A dataset (JSON) creates what is new
 * and updates what differs, and deletes nothing. A members or themes CSV replaces the rows of
 * the periods it covers — it is the list as the admin keeps it.
 */
export interface ImportInput {
  kind: 'dataset' | 'members' | 'themes' | 'activities';
  data: Partial<
    Pick<
      Dataset,
      'sources' | 'networks' | 'periods' | 'themes' | 'participations' | 'activities' | 'programmes'
    >
  >;
}

type Entity = AnyEntity;
// Any entity of a collection fits its description at run time.
const describe = (collection: Collection) => ENTITIES[collection] as EntityDescription<Entity>;
const keyOf = (collection: Collection, e: Entity) => describe(collection).keyOf(e);

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

const zero = () => ({
  sources: 0,
  networks: 0,
  periods: 0,
  themes: 0,
  participations: 0,
  activities: 0,
  programmes: 0,
});

/**
 * What an import changes, and (unless `checkRules` is false: a CSV's rows are checked by
 * @verkosto/validation's checkCsvRows, with their lines) every rule's issues on the result.
 */
export function planImport(
  current: Dataset,
  input: ImportInput,
  registry: MunicipalityRegistry,
  options: { checkRules?: boolean } = {},
): ImportPlan {
  const plan: ImportPlan = {
    after: { ...current },
    issues: [],
    ok: true,
    changes: { created: zero(), updated: zero(), deleted: zero(), unchanged: zero() },
    rows: { create: [], update: [], delete: [] },
  };
  // A CSV is the list of the periods it covers (core's replacePeriodRows); a dataset only adds and updates.
  const replacing: CsvRowsCollection | undefined =
    input.kind === 'members'
      ? 'participations'
      : input.kind === 'themes'
        ? 'themes'
        : input.kind === 'activities'
          ? 'activities'
          : undefined;

  for (const collection of COLLECTIONS) {
    const incoming = (input.data[collection] ?? []) as Entity[];
    const stored = (current[collection] ?? []) as Entity[];
    const existing = new Map(stored.map((e) => [keyOf(collection, e), e]));
    const next = new Map(existing);
    if (collection === replacing) {
      const kept = new Set(replacePeriodRows(current, collection, incoming as never).keptIndexes);
      const incomingKeys = new Set(incoming.map((i) => keyOf(collection, i)));
      stored.forEach((e, index) => {
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
  if (options.checkRules !== false) plan.issues = checkDatasetRules(plan.after, { registry });
  plan.ok = !hasErrors(plan.issues);
  return plan;
}

/**
 * Commits the plan (commit.ts): deletes, then creates in reference order, then updates, one
 * audit row and the version bump — or, when the plan changes nothing, only `also`.
 */
export async function commitImport(
  store: Store,
  plan: ImportPlan,
  actor: string,
  summary: object,
  also: SqlStatement[] = [],
): Promise<void> {
  const { db } = store;
  const changes: SqlStatement[] = [];
  for (const [collection, e] of plan.rows.delete)
    changes.push(deleteRow(db, ENTITIES[collection], keyOf(collection, e)));
  for (const collection of COLLECTIONS) {
    const created = plan.rows.create.filter(([c]) => c === collection).map(([, e]) => e);
    const ordered = collection === 'themes' ? orderThemes(created as Theme[]) : created;
    for (const e of ordered) changes.push(insertRow(db, describe(collection), e));
  }
  for (const [collection, e] of plan.rows.update)
    changes.push(updateRow(db, describe(collection), e, { revive: true }));
  await commit(store, {
    changes,
    audit: {
      actor,
      action: 'import',
      entity: 'dataset',
      entityId: crypto.randomUUID(),
      after: summary,
    },
    also,
    conflict: () => 'The import conflicts with the data as it is now; nothing was written.',
  });
}
