import type { Dataset } from '@verkosto/core';
import { issue, pointer, type ValidationIssue } from './issues.ts';

type Movable = 'periods' | 'themes' | 'activities';
type EntityIn<C extends Movable> = NonNullable<Dataset[C]>[number];

/** What each movable entity belongs to: the field an import must leave as it is stored. */
const OWNERS: { [C in Movable]: { kind: string; field: string; of: (e: EntityIn<C>) => string } } =
  {
    periods: { kind: 'period', field: 'networkId', of: (p) => p.networkId },
    themes: { kind: 'theme', field: 'periodId', of: (t) => t.periodId },
    activities: { kind: 'activity', field: 'periodId', of: (a) => a.periodId },
  };

/**
 * An import creates and updates, but never moves a period to another network, nor a theme or an
 * activity to another period — as the write routes cannot. A move would change the place it leaves,
 * which the import neither names nor checks. Each such row is an error at its owner field; `lines`
 * are a CSV's lines by row.
 */
export function checkImportMoves(
  stored: Partial<Pick<Dataset, Movable>>,
  incoming: Partial<Pick<Dataset, Movable>>,
  lines?: readonly number[],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const check = <C extends Movable>(collection: C) => {
    const rows: ReadonlyArray<EntityIn<C>> = incoming[collection] ?? [];
    if (rows.length === 0) return;
    const { kind, field, of } = OWNERS[collection];
    const before: ReadonlyArray<EntityIn<C>> = stored[collection] ?? [];
    const owners = new Map(before.map((e) => [e.id, of(e)]));
    rows.forEach((row, index) => {
      const from = owners.get(row.id);
      const to = of(row);
      if (from === undefined || from === to) return;
      issues.push(
        issue(
          'moved_by_import',
          pointer(collection, index, field),
          { kind, id: row.id, from, to },
          lines?.[index],
        ),
      );
    });
  };
  check('periods');
  check('themes');
  check('activities');
  return issues;
}
