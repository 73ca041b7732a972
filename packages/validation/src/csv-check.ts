import {
  type Activity,
  type Dataset,
  type MunicipalityRegistry,
  replacePeriodRows,
} from '@verkosto/core';
import type { ParsedCsv } from './csv.ts';
import { issue, pointer, type ValidationIssue } from './issues.ts';
import { checkDatasetRules, sortIssues } from './validate.ts';

/**
 * The one check of a CSV file's rows, for the CLI and the API's import alike: same file, same
 * verdict, same lines.
 */

/** A dataset that CSV rows are checked with, and the issues it has on its own. */
export interface CsvBase {
  dataset: Dataset;
  /** `code path` of every issue the dataset has without the CSV, computed on first use. */
  issues: () => Set<string>;
}

const keyOf = (found: ValidationIssue) => `${found.code} ${found.path}`;

/**
 * What `checkCsvRows` needs of a read CSV: the collection its rows go into, the rows, their
 * lines and their shape issues. A `ParsedCsv` is one; so are an activities CSV's rows.
 */
export type CsvRows =
  | Pick<ParsedCsv, 'collection' | 'records' | 'lines' | 'issues'>
  | { collection: 'activities'; records: Activity[]; lines: number[]; issues: ValidationIssue[] };

/** The base for `checkCsvRows`: a dataset, its own issues computed only if needed. */
export function csvBase(dataset: Dataset, registry: MunicipalityRegistry): CsvBase {
  let issues: Set<string> | undefined;
  return {
    dataset,
    issues: () => {
      issues ??= new Set(checkDatasetRules(dataset, { registry }).map(keyOf));
      return issues;
    },
  };
}

/**
 * Checks CSV rows together with the dataset they belong to: the rows replace the dataset's rows
 * for the periods they cover, and every rule runs on the result. Issues in the CSV's rows are
 * reported with their lines; issues the rows cause elsewhere in the dataset (a lead theme the
 * CSV leaves out) with the dataset's path and no line. Without a dataset, only the rows' shape
 * is checked.
 */
export function checkCsvRows(
  parsed: CsvRows,
  base: CsvBase | undefined,
  registry: MunicipalityRegistry,
): ValidationIssue[] {
  const { collection } = parsed;
  const prefix = `/${collection}/`;
  const rowOf = (path: string) => Number(path.slice(prefix.length).split('/', 1)[0]);
  const restOf = (path: string) => path.slice(prefix.length).split('/').slice(1);
  // The file as a whole is wrong (syntax, columns), or there is nothing to check the rows with.
  if (!base || parsed.issues.some((i) => i.path === '')) return sortIssues(parsed.issues);

  // Rows whose shape is wrong are reported as such; the rest are checked against the dataset.
  const broken = new Set(
    parsed.issues.filter((i) => i.severity === 'error').map((i) => rowOf(i.path)),
  );
  // rowOfPosition: the CSV row of each checked record (all of them, in order, when none is broken:
  // no second list of a large file's rows).
  const checked =
    broken.size === 0
      ? undefined
      : parsed.records.flatMap((_, row) => (broken.has(row) ? [] : [row]));
  const rowOfPosition = (position: number) => (checked ? checked[position]! : position);
  // keptAt: where each kept row of the dataset was, so that issues about it name its own path.
  const { dataset: combined, keptIndexes: keptAt } = replacePeriodRows(
    base.dataset,
    collection,
    (checked ? checked.map((row) => parsed.records[row]!) : parsed.records) as NonNullable<
      Dataset[typeof collection]
    >,
  );
  const lineOf = (position: number) => parsed.lines[rowOfPosition(position)]!;

  const mapped = checkDatasetRules(combined, { registry }).flatMap((found) => {
    const position = found.path.startsWith(prefix) ? rowOf(found.path) - keptAt.length : -1;
    if (position < 0) {
      // Elsewhere in the dataset: reported only when the CSV's rows caused it.
      const path = found.path.startsWith(prefix)
        ? pointer(collection, keptAt[rowOf(found.path)]!, ...restOf(found.path))
        : found.path;
      const moved = { ...found, path };
      return base.issues().has(keyOf(moved)) ? [] : [moved];
    }
    const path = pointer(collection, rowOfPosition(position), ...restOf(found.path));
    // A duplicate's first occurrence is named by its CSV line, or as being in the dataset.
    if (found.params?.first !== undefined) {
      const { first, ...params } = found.params;
      const other = rowOf(String(first)) - keptAt.length;
      if (other >= 0) params.firstLine = lineOf(other);
      return [issue(found.code, path, params, lineOf(position))];
    }
    return [{ ...found, path, line: lineOf(position) }];
  });
  return sortIssues([...parsed.issues, ...mapped]);
}
