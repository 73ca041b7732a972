import { issue, pointer, type ValidationIssue } from '../issues.ts';
import type { DatasetRule } from './rule.ts';

export const themeOriginRule: DatasetRule = {
  id: 'theme-origin',
  codes: ['origin_requires_reference', 'reference_requires_origin'],
  description: {
    fi: 'Jatkettu teema nimeää jatkamansa teeman ja lainattu teema lainauspaikkansa – eikä päinvastoin.',
    en: 'A continued theme names the theme it continues and a borrowed one where it came from — and not the other way round.',
  },
  check(dataset) {
    const issues: ValidationIssue[] = [];
    dataset.themes.forEach((theme, i) => {
      const at = (field: string) => pointer('themes', i, field);
      if (theme.origin === 'continued' && !theme.continuesThemeId) {
        issues.push(
          issue('origin_requires_reference', at('continuesThemeId'), {
            origin: 'continued',
            field: 'continuesThemeId',
          }),
        );
      }
      if (theme.origin !== 'continued' && theme.continuesThemeId) {
        issues.push(
          issue('reference_requires_origin', at('continuesThemeId'), {
            origin: 'continued',
            field: 'continuesThemeId',
          }),
        );
      }
      if (theme.origin === 'borrowed' && !theme.borrowedFrom) {
        issues.push(
          issue('origin_requires_reference', at('borrowedFrom'), {
            origin: 'borrowed',
            field: 'borrowedFrom',
          }),
        );
      }
      if (theme.origin !== 'borrowed' && theme.borrowedFrom) {
        issues.push(
          issue('reference_requires_origin', at('borrowedFrom'), {
            origin: 'borrowed',
            field: 'borrowedFrom',
          }),
        );
      }
    });
    return issues;
  },
};
