import { issue, pointer, type ValidationIssue } from '../issues.ts';
import type { DatasetRule } from './rule.ts';

export const referencesRule: DatasetRule = {
  id: 'references',
  codes: [
    'unknown_network',
    'unknown_period',
    'unknown_theme',
    'unknown_source',
    'theme_parent_other_period',
    'theme_parent_cycle',
    'continued_theme_not_earlier',
    'lead_theme_other_period',
  ],
  description: {
    fi: 'Jokainen viittaus osuu olemassa olevaan verkostoon, kauteen, teemaan ja lähteeseen; yläteema on samalta kaudelta ilman kehiä; jatkettu teema on saman verkoston aiemmalta kaudelta.',
    en: 'Every reference points at an existing network, period, theme and source; a parent theme is of the same period, without cycles; a continued theme is from an earlier period of the same network.',
  },
  check(dataset, { index }) {
    const issues: ValidationIssue[] = [];
    const sourcesOf = (collection: string, i: number, ids: readonly string[]) => {
      ids.forEach((id, j) => {
        if (!index.sources.has(id))
          issues.push(issue('unknown_source', pointer(collection, i, 'sources', j), { id }));
      });
    };

    dataset.networks.forEach((network, i) => {
      sourcesOf('networks', i, network.sources);
    });
    dataset.periods.forEach((period, i) => {
      if (!index.networks.has(period.networkId)) {
        issues.push(
          issue('unknown_network', pointer('periods', i, 'networkId'), { id: period.networkId }),
        );
      }
      if (period.leadThemeId) {
        const lead = index.themes.get(period.leadThemeId);
        if (!lead)
          issues.push(
            issue('unknown_theme', pointer('periods', i, 'leadThemeId'), {
              id: period.leadThemeId,
            }),
          );
        else if (lead.theme.periodId !== period.id) {
          issues.push(
            issue('lead_theme_other_period', pointer('periods', i, 'leadThemeId'), {
              id: period.leadThemeId,
              themePeriodId: lead.theme.periodId,
            }),
          );
        }
      }
      sourcesOf('periods', i, period.sources);
    });

    dataset.themes.forEach((theme, i) => {
      const period = index.periods.get(theme.periodId)?.period;
      if (!period)
        issues.push(
          issue('unknown_period', pointer('themes', i, 'periodId'), { id: theme.periodId }),
        );
      if (theme.parentId) {
        const parent = index.themes.get(theme.parentId)?.theme;
        if (!parent)
          issues.push(
            issue('unknown_theme', pointer('themes', i, 'parentId'), { id: theme.parentId }),
          );
        else if (parent.periodId !== theme.periodId) {
          issues.push(
            issue('theme_parent_other_period', pointer('themes', i, 'parentId'), {
              parentId: parent.id,
              parentPeriodId: parent.periodId,
              periodId: theme.periodId,
            }),
          );
        }
      }
      if (theme.continuesThemeId) {
        const continued = index.themes.get(theme.continuesThemeId)?.theme;
        const continuedPeriod = continued && index.periods.get(continued.periodId)?.period;
        if (!continued) {
          issues.push(
            issue('unknown_theme', pointer('themes', i, 'continuesThemeId'), {
              id: theme.continuesThemeId,
            }),
          );
        } else if (
          period &&
          continuedPeriod &&
          (continuedPeriod.networkId !== period.networkId ||
            continuedPeriod.startDate >= period.startDate)
        ) {
          issues.push(
            issue('continued_theme_not_earlier', pointer('themes', i, 'continuesThemeId'), {
              id: continued.id,
              periodId: continued.periodId,
            }),
          );
        }
      }
      sourcesOf('themes', i, theme.sources);
    });

    // Parent cycles: walk up from each theme; each theme is finished once, so this is linear.
    const state = new Map<string, 'walking' | 'done'>();
    dataset.themes.forEach((theme, i) => {
      const trail: string[] = [];
      let cursor: string | undefined = theme.id;
      while (cursor && !state.has(cursor)) {
        state.set(cursor, 'walking');
        trail.push(cursor);
        cursor = index.themes.get(cursor)?.theme.parentId;
      }
      if (cursor && state.get(cursor) === 'walking') {
        const cycle = [...trail.slice(trail.indexOf(cursor)), cursor].join(' → ');
        issues.push(issue('theme_parent_cycle', pointer('themes', i, 'parentId'), { cycle }));
      }
      for (const id of trail) state.set(id, 'done');
    });

    dataset.participations.forEach((p, i) => {
      if (!index.periods.has(p.periodId)) {
        issues.push(
          issue('unknown_period', pointer('participations', i, 'periodId'), { id: p.periodId }),
        );
      }
      sourcesOf('participations', i, p.sources);
    });
    return issues;
  },
};
