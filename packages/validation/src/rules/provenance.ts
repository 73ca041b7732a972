import { issue, pointer, type ValidationIssue } from '../issues.ts';

/**
 * Every fact names its source. A write without one is allowed — the admin may add the source
 * later — but it answers a `missing_source` warning, so the gap is never silent. Checked on a
 * single entity (`validateEntity`): the API's writes and the admin's forms pass it through.
 */
export function provenanceIssues(
  kind: 'network' | 'period' | 'theme' | 'participation',
  entity: { sources: readonly string[] },
  at: (field: string) => string = (field) => pointer(field),
): ValidationIssue[] {
  return entity.sources.length === 0 ? [issue('missing_source', at('sources'), { kind })] : [];
}
