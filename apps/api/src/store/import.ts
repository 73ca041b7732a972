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
  insertStatements,
  updateRow,
} from './entities.ts';
import { orderThemes, type Store } from './store.ts';

/**
 * An import merges incoming data into the current data. A dataset (JSON) creates what is new
 * and updates what differs (never moving anything: `checkImportMoves`), and deletes nothing. A members or themes CSV replaces the rows of
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
  /** The data after the import, when its rules were checked (`checkRules`); else undefined. */
  after: Dataset | undefined;
  issues: ValidationIssue[];
  ok: boolean;
  changes: Record<'created' | 'updated' | 'deleted' | 'unchanged', Record<Collection, number>>;
  /** The rows to write, per collection (no copies of the entities: the import's own objects). */
  rows: Record<'create' | 'update' | 'delete', Record<Collection, Entity[]>>;
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
const none = (): Record<Collection, Entity[]> => ({
  sources: [],
  networks: [],
  periods: [],
  themes: [],
  participations: [],
  activities: [],
  programmes: [],
});

/**
 * What an import changes, and (unless `checkRules` is false: a CSV's rows are checked by
 * @verkosto/validation's checkCsvRows, with their lines) every rule's issues on the result.
 * Each entity's key is made once; the data after the import is assembled only to check it.
 */
export function planImport(
  current: Dataset,
  input: ImportInput,
  registry: MunicipalityRegistry,
  options: { checkRules?: boolean } = {},
): ImportPlan {
  const checkRules = options.checkRules !== false;
  const plan: ImportPlan = {
    after: checkRules ? { ...current } : undefined,
    issues: [],
    ok: true,
    changes: { created: zero(), updated: zero(), deleted: zero(), unchanged: zero() },
    rows: { create: none(), update: none(), delete: none() },
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
    if (stored.length === 0 && !plan.after) {
      // Nothing stored to compare with (a CSV into new periods): every row is new, no keys needed.
      for (const entity of incoming) plan.rows.create[collection].push(entity);
      plan.changes.created[collection] += incoming.length;
      continue;
    }
    const storedKeys = stored.map((e) => keyOf(collection, e));
    const incomingKeys = incoming.map((e) => keyOf(collection, e));
    const existing = new Map(storedKeys.map((key, index) => [key, stored[index]!]));
    const removed = new Set<string>();
    if (collection === replacing) {
      const kept = new Set(replacePeriodRows(current, collection, incoming as never).keptIndexes);
      const incomingSet = new Set(incomingKeys);
      storedKeys.forEach((key, index) => {
        if (kept.has(index) || incomingSet.has(key)) return;
        removed.add(key);
        plan.rows.delete[collection].push(stored[index]!);
        plan.changes.deleted[collection] += 1;
      });
    }
    incoming.forEach((entity, index) => {
      const before = existing.get(incomingKeys[index]!);
      if (!before) {
        plan.rows.create[collection].push(entity);
        plan.changes.created[collection] += 1;
      } else if (canonical(before) !== canonical(entity)) {
        plan.rows.update[collection].push(entity);
        plan.changes.updated[collection] += 1;
      } else {
        plan.changes.unchanged[collection] += 1;
      }
    });
    if (plan.after) {
      const next = new Map(existing);
      for (const key of removed) next.delete(key);
      incoming.forEach((entity, index) => {
        next.set(incomingKeys[index]!, entity);
      });
      (plan.after[collection] as Entity[]) = [...next.values()];
    }
  }
  if (plan.after) plan.issues = checkDatasetRules(plan.after, { registry });
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
  // Made as the batch runs (node:sqlite): one chunk's values and JSON at a time, not the import's.
  function* changes(): Generator<SqlStatement> {
    for (const collection of COLLECTIONS)
      for (const e of plan.rows.delete[collection])
        yield deleteRow(db, ENTITIES[collection], keyOf(collection, e));
    for (const collection of COLLECTIONS) {
      const created = plan.rows.create[collection];
      // Parents and continued themes first, so foreign keys hold at the end of every statement.
      const ordered = collection === 'themes' ? orderThemes(created as Theme[]) : created;
      yield* insertStatements(db, describe(collection), ordered);
    }
    for (const collection of COLLECTIONS)
      for (const e of plan.rows.update[collection])
        yield updateRow(db, describe(collection), e, { revive: true });
  }
  await commit(store, {
    changes: changes(),
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
