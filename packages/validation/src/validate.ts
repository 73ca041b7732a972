import type { Dataset, MunicipalityRegistry } from '@verkosto/core';
import type { z } from 'zod';
import { hasErrors, type ValidationIssue } from './issues.ts';
import { buildIndex, DATASET_RULES } from './rules/index.ts';
import { DatasetSchema, ENTITY_SCHEMAS, type EntityKind } from './schemas.ts';
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

/** Orders issues by where they are, then errors before warnings, for stable output. */
export function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
  return issues.sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      a.path.localeCompare(b.path, 'en', { numeric: true }) ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.code.localeCompare(b.code),
  );
}

/** Runs every dataset rule on data whose shape is already valid. */
export function checkDatasetRules(dataset: Dataset, options: ValidationOptions): ValidationIssue[] {
  const context = { dataset, registry: options.registry, index: buildIndex(dataset) };
  return DATASET_RULES.flatMap((rule) => rule.check(context));
}

/**
 * Validates a whole dataset: its shape first (schemas), then — when the shape holds — every
 * dataset rule. The same function serves the CLI, the API's writes and imports, and the admin app.
 */
export function validateDataset(input: unknown, options: ValidationOptions): ValidationReport {
  const parsed = DatasetSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, issues: sortIssues(fromZodIssues(parsed.error.issues)) };
  }
  const dataset = parsed.data as Dataset;
  const issues = sortIssues(checkDatasetRules(dataset, options));
  return { ok: !hasErrors(issues), issues, dataset };
}

type EntityOf<K extends EntityKind> = z.output<(typeof ENTITY_SCHEMAS)[K]>;

/** Validates the shape of one entity (a write body, a form), with paths relative to it. */
export function validateEntity<K extends EntityKind>(
  kind: K,
  input: unknown,
): ValidationReport<EntityOf<K>> {
  const parsed = ENTITY_SCHEMAS[kind].safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: sortIssues(fromZodIssues(parsed.error.issues)) };
  return { ok: true, issues: [], dataset: parsed.data as EntityOf<K> };
}
