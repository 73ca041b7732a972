import type { Dataset, MunicipalityRegistry, Period, Theme } from '@verkosto/core';
import type { IssueCode, ValidationIssue } from '../issues.ts';

/** Indexes built once per validation, so every rule stays linear in the size of the data. */
export interface DatasetIndex {
  networks: Map<string, number>;
  periods: Map<string, { period: Period; index: number }>;
  themes: Map<string, { theme: Theme; index: number }>;
  sources: Set<string>;
}

/** What a rule may consult besides the dataset. */
export interface RuleContext {
  /** Statistics Finland's municipalities, for codes and dates. */
  registry: MunicipalityRegistry;
  /** Built once by `buildIndex(dataset)` and shared by every rule. */
  index: DatasetIndex;
}

/**
 * A dataset rule: a pure function from a dataset whose shape is valid to the issues it finds.
 * Rules run in time linear in the size of the data (indexes, no nested scans).
 */
export interface DatasetRule {
  id: string;
  /** The issue codes this rule can report. */
  codes: readonly IssueCode[];
  description: { fi: string; en: string };
  check(dataset: Dataset, context: RuleContext): ValidationIssue[];
}

/** The first occurrence of each id wins; duplicates are reported by the uniqueness rule. */
function firstById<T extends { id: string }>(
  items: readonly T[],
): Map<string, { item: T; index: number }> {
  const map = new Map<string, { item: T; index: number }>();
  items.forEach((item, index) => {
    if (!map.has(item.id)) map.set(item.id, { item, index });
  });
  return map;
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const periods = new Map<string, { period: Period; index: number }>();
  for (const [id, { item, index }] of firstById(dataset.periods))
    periods.set(id, { period: item, index });
  const themes = new Map<string, { theme: Theme; index: number }>();
  for (const [id, { item, index }] of firstById(dataset.themes))
    themes.set(id, { theme: item, index });
  const networks = new Map<string, number>();
  for (const [id, { index }] of firstById(dataset.networks)) networks.set(id, index);
  return { networks, periods, themes, sources: new Set(dataset.sources.map((s) => s.id)) };
}
