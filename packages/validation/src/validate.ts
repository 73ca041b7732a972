import type { Dataset, MunicipalityRegistry } from '@verkosto/core';
import type { z } from 'zod';
import { hasErrors, pointer, type ValidationIssue } from './issues.ts';
import {
  activityIssues,
  buildIndex,
  DATASET_RULES,
  periodDateIssues,
  programmeIssues,
  provenanceIssues,
  themeOriginIssues,
} from './rules/index.ts';
import {
  ActivitySchema,
  DatasetFrameSchema,
  ENTITY_SCHEMAS,
  type EntityKind,
  NetworkSchema,
  ParticipationSchema,
  PeriodSchema,
  ProgrammeSchema,
  SourceSchema,
  ThemeSchema,
} from './schemas.ts';
import { fromZodIssues } from './zod-issues.ts';

export interface ValidationOptions {
  /** The municipality registry to check codes and dates against (`municipalityRegistry` from @verkosto/data). */
  registry: MunicipalityRegistry;
}

export interface ValidationReport<T = Dataset> {
  /** True when there are no errors (warnings allowed). */
  ok: boolean;
  issues: ValidationIssue[];
  /** The parsed data, when its shape is valid (even if dataset rules found errors). */
  dataset?: T;
}

let collator: Intl.Collator | undefined;

/** Orders issues by where they are (`/themes/2` before `/themes/10`), then errors first. */
export function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
  collator ??= new Intl.Collator('en', { numeric: true });
  const { compare } = collator;
  return issues.sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      compare(a.path, b.path) ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.code.localeCompare(b.code),
  );
}

/** Runs every dataset rule on data whose shape is already valid. */
export function checkDatasetRules(dataset: Dataset, options: ValidationOptions): ValidationIssue[] {
  const context = { registry: options.registry, index: buildIndex(dataset) };
  const issues: ValidationIssue[] = [];
  for (const rule of DATASET_RULES) {
    const found = rule.check(dataset, context);
    for (const one of found) issues.push(one);
  }
  return issues;
}

const DATASET_ITEMS = {
  sources: SourceSchema,
  networks: NetworkSchema,
  periods: PeriodSchema,
  themes: ThemeSchema,
  participations: ParticipationSchema,
  activities: ActivitySchema,
  programmes: ProgrammeSchema,
} as const;

/**
 * Checks a dataset's shape (`DatasetSchema`), item by item: the same issues as
 * `DatasetSchema.safeParse`, but any number of bad items is safe (zod gathers an object's issues
 * with one spread call, which overflows the stack at about 130 000). With `maxIssues`, stops
 * once that many are found (`stopped`): a bad item costs zod some 30 µs, so a server bounds it.
 * The dataset when valid.
 */
export function parseDataset(
  input: unknown,
  options: { maxIssues?: number } = {},
): { dataset?: Dataset; issues: ValidationIssue[]; stopped?: boolean } {
  const maxIssues = options.maxIssues ?? Number.POSITIVE_INFINITY;
  const frame = DatasetFrameSchema.safeParse(input, { reportInput: true });
  if (!frame.success) return { issues: fromZodIssues(frame.error.issues) };
  const issues: ValidationIssue[] = [];
  const dataset: Record<string, unknown> = { ...frame.data };
  for (const [key, schema] of Object.entries(DATASET_ITEMS)) {
    const items = frame.data[key as keyof typeof DATASET_ITEMS];
    // activities and programmes are optional: a dataset written before them has neither.
    if (items === undefined) continue;
    const parsedItems: unknown[] = [];
    for (let i = 0; i < items.length; i++) {
      if (issues.length >= maxIssues) return { issues, stopped: true };
      const parsed = schema.safeParse(items[i], { reportInput: true });
      if (parsed.success) parsedItems.push(parsed.data);
      else for (const one of fromZodIssues(parsed.error.issues, [key, i])) issues.push(one);
    }
    dataset[key] = parsedItems;
  }
  return issues.length > 0 ? { issues } : { dataset: dataset as unknown as Dataset, issues };
}

/**
 * Validates a whole dataset: its shape first (schemas), then — when the shape holds — every
 * dataset rule. The same function serves the CLI, the API's writes and imports, and the admin app.
 * To check a proposed change (one entity written), validate the dataset with the change applied.
 */
export function validateDataset(input: unknown, options: ValidationOptions): ValidationReport {
  const parsed = parseDataset(input);
  if (!parsed.dataset) return { ok: false, issues: sortIssues(parsed.issues) };
  const { dataset } = parsed;
  const issues = sortIssues(checkDatasetRules(dataset, options));
  return { ok: !hasErrors(issues), issues, dataset };
}

type EntityOf<K extends EntityKind> = z.output<(typeof ENTITY_SCHEMAS)[K]>;

/** The rules that need only the entity itself, run by `validateEntity` once its shape holds. */
const ENTITY_RULES: { [K in EntityKind]?: (entity: EntityOf<K>) => ValidationIssue[] } = {
  network: (network) => provenanceIssues('network', network),
  period: (period) => [
    ...periodDateIssues(period, (field) => pointer(field)),
    ...provenanceIssues('period', period),
  ],
  theme: (theme) => [
    ...themeOriginIssues(theme, (field) => pointer(field)),
    ...provenanceIssues('theme', theme),
  ],
  participation: (participation) => provenanceIssues('participation', participation),
  activity: (activity) => activityIssues(activity, pointer),
  programme: (programme) => programmeIssues(programme, pointer),
};

/**
 * Validates one entity (a write body, a form) with paths relative to it: its shape, then the
 * rules that need nothing else (a period ends after it starts; a continued theme names the theme
 * it continues; a warning `missing_source` when it names no source). Rules that look across entities need the whole dataset: run `validateDataset`
 * on it with the entity in place.
 */
export function validateEntity<K extends EntityKind>(
  kind: K,
  input: unknown,
): ValidationReport<EntityOf<K>> {
  const parsed = ENTITY_SCHEMAS[kind].safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: sortIssues(fromZodIssues(parsed.error.issues)) };
  const entity = parsed.data as EntityOf<K>;
  const issues = sortIssues(ENTITY_RULES[kind]?.(entity) ?? []);
  return { ok: !hasErrors(issues), issues, dataset: entity };
}
