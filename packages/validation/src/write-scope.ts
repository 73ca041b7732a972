import {
  type Activity,
  type Dataset,
  MUNICIPAL_WORKSHOP,
  type MunicipalityRegistry,
  type Network,
  type Participation,
  type Period,
  type Programme,
  participationKey,
  type Theme,
} from '@verkosto/core';
import { hasErrors, type ValidationIssue } from './issues.ts';
import { checkDatasetRules, type ValidationOptions } from './validate.ts';

/**
 * One write to a dataset: the entity of `kind` with key `key` (an id, or a participation's
 * `periodId/code`) becomes `after`; without `after` it is removed. Removing a period removes its
 * themes, members, activities and programme with it. A programme's key is its period's id.
 * `before` is what the data holds at the key (always given when it holds something): the scope
 * follows both states.
 */
export type Write =
  | { kind: 'network'; key: string; before?: Network; after?: Network }
  | { kind: 'period'; key: string; before?: Period; after?: Period }
  | { kind: 'theme'; key: string; before?: Theme; after?: Theme }
  | { kind: 'participation'; key: string; before?: Participation; after?: Participation }
  | { kind: 'activity'; key: string; before?: Activity; after?: Activity }
  | { kind: 'programme'; key: string; before?: Programme; after?: Programme };

type Written = NonNullable<Write['after']>;

const COLLECTION = {
  network: 'networks',
  period: 'periods',
  theme: 'themes',
  participation: 'participations',
  activity: 'activities',
  programme: 'programmes',
} as const;

const keyOf = (kind: Write['kind'], entity: Written) =>
  kind === 'participation'
    ? participationKey(entity as Participation)
    : kind === 'programme'
      ? (entity as Programme).periodId
      : (entity as { id: string }).id;

/** The dataset with the write applied. */
export function applyWrite(dataset: Dataset, write: Write): Dataset {
  const collection = COLLECTION[write.kind];
  const items = (dataset[collection] ?? []) as Written[];
  const next = { ...dataset };
  const at = items.findIndex((item) => keyOf(write.kind, item) === write.key);
  let changed: unknown[];
  if (write.after === undefined) changed = items.filter((_, i) => i !== at);
  else if (at < 0) changed = [...items, write.after];
  else changed = items.map((item, i) => (i === at ? write.after! : item));
  (next[collection] as unknown[]) = changed;
  if (write.kind === 'period' && write.after === undefined) {
    next.themes = next.themes.filter((t) => t.periodId !== write.key);
    next.participations = next.participations.filter((p) => p.periodId !== write.key);
    if (next.activities) next.activities = next.activities.filter((a) => a.periodId !== write.key);
    if (next.programmes) next.programmes = next.programmes.filter((p) => p.periodId !== write.key);
  }
  return next;
}

/**
 * What the rules need to judge a write, as keys a store can look up by index:
 * - `networks`: networks taken whole: their periods and the themes of those periods;
 * - `networksOfPeriods`: the same, for the networks of these periods;
 * - `periods`: periods by key (the written one, a member's period);
 * - `themes`: themes by key (the written one, what it refers to), with their networks whole, so
 *   that what a theme refers to is in scope too;
 * - `membersOf`: periods whose members are in scope;
 * - `activitiesOf`: periods whose activities, programme and themes are in scope (the activity
 *   rules of a period see its members too: a scope names them in `membersOf`);
 * - `members`: members by key (`periodId/code`), besides the periods' whole in `membersOf`;
 * - `activities`: activities by id;
 * - `workshops`: a period's activities for one municipality, as `periodId/code` (the
 *   `activities (period_id, municipality_code)` index): a member's workshops;
 * - `programmesOf`: periods whose programme is in scope (without their activities).
 * Every source is in scope (a short list), and the network of every period in scope. The
 * periods of `members`, `workshops` and `programmesOf` are the scope's to name in `periods`.
 */
export interface WriteScope {
  networks: string[];
  networksOfPeriods: string[];
  periods: string[];
  themes: string[];
  membersOf: string[];
  activitiesOf: string[];
  members?: string[];
  activities?: string[];
  workshops?: string[];
  programmesOf?: string[];
}

/**
 * A municipality and every municipality joined to it by mergers, either way and through
 * chains: whose workshops and memberships can count together. A workshop for a municipality
 * belongs to its own membership or, after a merger, to a merged predecessor's (core's
 * `workshopMembership`); a quota counts a membership's workshops under any of those codes.
 */
export function mergerFamily(registry: MunicipalityRegistry, code: string): string[] {
  const family = new Set([code]);
  const queue = [code];
  while (queue.length > 0) {
    const next = queue.pop()!;
    for (const related of [...registry.predecessors(next), ...registry.successors(next)])
      if (!family.has(related.code)) {
        family.add(related.code);
        queue.push(related.code);
      }
  }
  return [...family].sort();
}

/** The keys (`periodId/code`) of a period's members and workshops a quota check needs. */
const familyKeys = (registry: MunicipalityRegistry, periodId: string, code: string) =>
  mergerFamily(registry, code).map((c) => participationKey({ periodId, municipalityCode: c }));

const present = (values: Array<string | undefined>) => [
  ...new Set(values.filter((v): v is string => v !== undefined)),
];

/**
 * The scope of a write: the entity's rules and the rules of its period and network. A member's
 * rules look at its period only; a period's at its network's periods and themes and its members;
 * a theme's at its network's periods and themes; a network's at its periods. An activity's or a
 * programme's rules look at its period: its members, activities, programme and themes. Members,
 * periods and themes judge the activities of their periods too (a workshop's member, the
 * period's dates, an activity's themes).
 *
 * With the registry (`options`), members and activities are narrower, by key: an activity sees
 * itself, its period's row and programme, the themes it names and — a municipal workshop — the
 * members and workshops of its municipality's merger family in its period (membership on its
 * day, the quota); any other activity sees no other activity. A member sees its period's
 * members, programme and its merger family's workshops. Without the registry, both see their
 * period whole.
 */
export function writeScope(
  write: Write,
  options?: Pick<ValidationOptions, 'registry'>,
): WriteScope {
  const scope: WriteScope = {
    networks: [],
    networksOfPeriods: [],
    periods: [],
    themes: [],
    membersOf: [],
    activitiesOf: [],
  };
  switch (write.kind) {
    case 'network':
      scope.networks = [write.key];
      break;
    case 'period': {
      const versions = [write.before, write.after];
      scope.networks = present(versions.map((p) => p?.networkId));
      scope.periods = [write.key];
      scope.themes = present(versions.map((p) => p?.leadThemeId));
      scope.membersOf = [write.key];
      scope.activitiesOf = [write.key];
      break;
    }
    case 'theme': {
      const versions = [write.before, write.after];
      const periods = present(versions.map((t) => t?.periodId));
      scope.networksOfPeriods = periods;
      scope.periods = periods;
      scope.themes = present([
        write.key,
        ...versions.flatMap((t) => [t?.parentId, t?.continuesThemeId]),
      ]);
      scope.membersOf = periods;
      scope.activitiesOf = periods;
      break;
    }
    case 'participation':
    case 'activity': {
      const periods = present([write.before?.periodId, write.after?.periodId]);
      scope.periods = periods;
      if (!options) {
        scope.membersOf = periods;
        scope.activitiesOf = periods;
      } else {
        const { registry } = options;
        scope.programmesOf = periods;
        let keys: string[];
        if (write.kind === 'participation') {
          scope.membersOf = periods;
          keys = [write.before, write.after].flatMap((m) =>
            m ? familyKeys(registry, m.periodId, m.municipalityCode) : [],
          );
        } else {
          scope.activities = [write.key];
          keys = [write.before, write.after].flatMap((a) =>
            a?.kind === MUNICIPAL_WORKSHOP && a.municipalityCode
              ? familyKeys(registry, a.periodId, a.municipalityCode)
              : [],
          );
          scope.members = present(keys);
        }
        scope.workshops = present(keys);
      }
      // An activity's themes by key: one of another period is told from none.
      if (write.kind === 'activity')
        scope.themes = present([write.before, write.after].flatMap((a) => a?.themeIds ?? []));
      break;
    }
    case 'programme': {
      const periods = present([write.before?.periodId, write.after?.periodId]);
      scope.periods = periods;
      scope.membersOf = periods;
      scope.activitiesOf = periods;
      break;
    }
  }
  return scope;
}

/**
 * The scope of an import: the union of the scopes of its rows, each written as it comes (and a
 * period's current network taken whole too, in case the import moves it). Every dataset rule
 * then runs on that part: the networks the import touches, with the members of the periods it
 * touches. Nothing in it refers outside it (stored data has no errors), so its issues are the
 * whole dataset's issues in what the import touches.
 */
export function importScope(
  data: Partial<
    Pick<
      Dataset,
      'networks' | 'periods' | 'themes' | 'participations' | 'activities' | 'programmes'
    >
  >,
): WriteScope {
  const sets = {
    networks: new Set<string>(),
    networksOfPeriods: new Set<string>(),
    periods: new Set<string>(),
    themes: new Set<string>(),
    membersOf: new Set<string>(),
    activitiesOf: new Set<string>(),
  };
  const add = (scope: WriteScope) => {
    for (const key of Object.keys(sets) as Array<keyof typeof sets>)
      for (const value of scope[key]) sets[key].add(value);
  };
  for (const n of data.networks ?? []) add(writeScope({ kind: 'network', key: n.id, after: n }));
  for (const p of data.periods ?? []) {
    add(writeScope({ kind: 'period', key: p.id, after: p }));
    sets.networksOfPeriods.add(p.id);
  }
  for (const t of data.themes ?? []) add(writeScope({ kind: 'theme', key: t.id, after: t }));
  // Members: their periods, and those periods' networks whole, so that every rule sees all it
  // refers to (an import reports every issue of what it touches, not only new ones). One pass,
  // no per-row objects: a members CSV may have 250 000 rows.
  // Activities and programmes the same way: their periods whole (members, activities, themes).
  // Rows come grouped by period: a row of the same period as the one before adds nothing.
  for (const rows of [data.participations, data.activities, data.programmes]) {
    let last: string | undefined;
    for (const m of rows ?? []) {
      if (m.periodId === last) continue;
      last = m.periodId;
      sets.periods.add(m.periodId);
      sets.membersOf.add(m.periodId);
      sets.activitiesOf.add(m.periodId);
      sets.networksOfPeriods.add(m.periodId);
    }
  }
  for (const a of data.activities ?? []) for (const id of a.themeIds) sets.themes.add(id);
  return {
    networks: [...sets.networks],
    networksOfPeriods: [...sets.networksOfPeriods],
    periods: [...sets.periods],
    themes: [...sets.themes],
    membersOf: [...sets.membersOf],
    activitiesOf: [...sets.activitiesOf],
  };
}

/**
 * The part of a dataset in a scope, in the dataset's order: what a store loads by index. A
 * store's own loader must select exactly this (the API tests compare them).
 */
export function selectScope(dataset: Dataset, scope: WriteScope): Dataset {
  const byKey = new Set([...scope.periods, ...scope.activitiesOf]);
  const activityPeriods = new Set(scope.activitiesOf);
  const themeKeys = new Set(scope.themes);
  const periodsOfThemes = new Set(
    dataset.themes.filter((t) => themeKeys.has(t.id)).map((t) => t.periodId),
  );
  const whole = new Set(scope.networks);
  const networksOf = new Set([...scope.networksOfPeriods, ...periodsOfThemes]);
  for (const p of dataset.periods) if (networksOf.has(p.id)) whole.add(p.networkId);
  const periods = dataset.periods.filter(
    (p) => byKey.has(p.id) || whole.has(p.networkId) || periodsOfThemes.has(p.id),
  );
  const wholePeriods = new Set(periods.filter((p) => whole.has(p.networkId)).map((p) => p.id));
  const networkIds = new Set([...whole, ...periods.map((p) => p.networkId)]);
  const members = new Set(scope.membersOf);
  const memberKeys = new Set(scope.members ?? []);
  const activityIds = new Set(scope.activities ?? []);
  const workshops = new Set(scope.workshops ?? []);
  const programmePeriods = new Set([...activityPeriods, ...(scope.programmesOf ?? [])]);
  return {
    formatVersion: dataset.formatVersion,
    sources: dataset.sources,
    networks: dataset.networks.filter((n) => networkIds.has(n.id)),
    periods,
    themes: dataset.themes.filter(
      (t) => themeKeys.has(t.id) || wholePeriods.has(t.periodId) || activityPeriods.has(t.periodId),
    ),
    participations: dataset.participations.filter(
      (p) => members.has(p.periodId) || memberKeys.has(participationKey(p)),
    ),
    activities: (dataset.activities ?? []).filter(
      (a) =>
        activityPeriods.has(a.periodId) ||
        activityIds.has(a.id) ||
        (a.municipalityCode !== undefined &&
          workshops.has(
            participationKey({ periodId: a.periodId, municipalityCode: a.municipalityCode }),
          )),
    ),
    programmes: (dataset.programmes ?? []).filter((p) => programmePeriods.has(p.periodId)),
  };
}

/** An issue's identity: its code and facts, without pointers (which move as rows come and go). */
export function issueIdentity(issue: ValidationIssue): string {
  const { first: _first, ...params } = (issue.params ?? {}) as Record<string, unknown>;
  return `${issue.code}|${JSON.stringify(params)}`;
}

export interface WriteCheck {
  /** True when the write brings no error. */
  ok: boolean;
  /** The issues the write brings (issues already in the data are not the writer's to fix). */
  issues: ValidationIssue[];
}

/**
 * Judges a write by the rules it could break: every dataset rule on the data before and after
 * it, and the issues that are new. Give it the whole dataset, or only `selectScope(dataset,
 * writeScope(write))` — the verdict is the same (a property test proves it), and the scope is
 * what a write touches instead of everything stored.
 */
export function checkWrite(dataset: Dataset, write: Write, options: ValidationOptions): WriteCheck {
  const existing = new Set(checkDatasetRules(dataset, options).map(issueIdentity));
  const issues = checkDatasetRules(applyWrite(dataset, write), options).filter(
    (i) => !existing.has(issueIdentity(i)),
  );
  return { ok: !hasErrors(issues), issues };
}
