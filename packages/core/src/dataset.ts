import type { Activity } from './activity.ts';
import type { Network } from './network.ts';
import type { Participation } from './participation.ts';
import type { Period } from './period.ts';
import type { Programme } from './programme.ts';
import type { Source } from './source.ts';
import type { Theme } from './theme.ts';

/** The version of the dataset format this package reads and writes. */
export const DATASET_FORMAT_VERSION = 1;

/**
 * The one dataset format that the seed, the validator, and the API's import and export
 * share. Municipalities are not part of it: they come from the reference registry and are
 * referred to by their official code.
 */
export interface Dataset {
  /** Where editors find the JSON Schema; ignored by readers. */
  $schema?: string;
  formatVersion: typeof DATASET_FORMAT_VERSION;
  sources: Source[];
  networks: Network[];
  periods: Period[];
  themes: Theme[];
  participations: Participation[];
  /** What the network does. Optional, so that datasets written before activities still read. */
  activities?: Activity[];
  /** Each period's programme (at most one a period). Optional, like `activities`. */
  programmes?: Programme[];
}

/** A dataset with nothing in it. */
export function emptyDataset(): Dataset {
  return {
    formatVersion: DATASET_FORMAT_VERSION,
    sources: [],
    networks: [],
    periods: [],
    themes: [],
    participations: [],
  };
}

/** The members of a period, by code. */
export function membersOf(
  dataset: Pick<Dataset, 'participations'>,
  periodId: string,
): Participation[] {
  return dataset.participations
    .filter((p) => p.periodId === periodId)
    .sort((a, b) => a.municipalityCode.localeCompare(b.municipalityCode));
}

/** The collections whose rows belong to a period and come as a list per period (the CSV forms). */
export type PeriodRowsCollection = 'participations' | 'themes';

/** Every collection a CSV replaces period by period: members, themes and activities. */
export type CsvRowsCollection = PeriodRowsCollection | 'activities';

/**
 * A list of rows for some periods replaces what the dataset has for those periods: the members,
 * themes or activities CSV is the list as the admin keeps it. Returns the new dataset and, by
 * position in the original collection, the rows that were kept (the replaced ones come after
 * them).
 */
export function replacePeriodRows<C extends CsvRowsCollection>(
  dataset: Dataset,
  collection: C,
  rows: NonNullable<Dataset[C]>,
): { dataset: Dataset; keptIndexes: number[] } {
  const periods = new Set(rows.map((row) => row.periodId));
  const existing = (dataset[collection] ?? []) as Array<{ periodId: string }>;
  const keptIndexes: number[] = [];
  existing.forEach((row, index) => {
    if (!periods.has(row.periodId)) keptIndexes.push(index);
  });
  const kept = keptIndexes.map((index) => existing[index]!);
  return { dataset: { ...dataset, [collection]: [...kept, ...rows] }, keptIndexes };
}
