import type { Theme } from '@verkosto/core';
import { issue, pointer, type ValidationIssue } from '../issues.ts';
import type { DatasetRule } from './rule.ts';

/** Each origin that needs a reference, and the field that holds it. */
const PAIRS = [
  ['continued', 'continuesThemeId'],
  ['borrowed', 'borrowedFrom'],
] as const;

/**
 * The origin check for one theme, needing nothing else: the dataset rule runs it for every theme,
 * `validateEntity` for a single one (a form, a write body). `at` makes the path of a field.
 */
export function themeOriginIssues(theme: Theme, at: (field: string) => string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [origin, field] of PAIRS) {
    const hasOrigin = theme.origin === origin;
    const hasField = Boolean(theme[field]);
    if (hasOrigin === hasField) continue;
    const code = hasOrigin ? 'origin_requires_reference' : 'reference_requires_origin';
    issues.push(issue(code, at(field), { origin, field }));
  }
  // Only a link can be inferred: the mark without one would claim nothing.
  if (theme.continuesInferred !== undefined && !theme.continuesThemeId)
    issues.push(
      issue('reference_requires_origin', at('continuesInferred'), {
        field: 'continuesInferred',
        origin: 'continued',
      }),
    );
  return issues;
}

export const themeOriginRule: DatasetRule = {
  id: 'theme-origin',
  codes: ['origin_requires_reference', 'reference_requires_origin'],
  description: {
    fi: 'Jatkettu teema nimeää jatkamansa teeman ja lainattu teema lainauspaikkansa – eikä päinvastoin; päätellyksi voi merkitä vain jatkolinkin.',
    en: 'A continued theme names the theme it continues and a borrowed one where it came from — and not the other way round; only a continuation link can be marked inferred.',
  },
  check(dataset) {
    const issues: ValidationIssue[] = [];
    dataset.themes.forEach((theme, i) => {
      issues.push(...themeOriginIssues(theme, (field) => pointer('themes', i, field)));
    });
    return issues;
  },
};
