import type { Activity, Network, Participation, Period, Theme } from '@verkosto/core';
import type { FormIssue } from './issues.ts';

/**
 * The API's own entity validation, run in the browser before a save. Loaded on first use, so
 * the validation package (and zod) stay out of the first page load.
 */
export async function validateForm(
  kind: 'network' | 'period' | 'theme' | 'participation' | 'activity',
  entity: Network | Period | Theme | Participation | Activity,
): Promise<{ ok: boolean; issues: FormIssue[] }> {
  const { validateEntity } = await import('@verkosto/validation');
  return validateEntity(kind, entity);
}
