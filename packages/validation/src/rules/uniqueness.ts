import { issue, pointer, type ValidationIssue } from '../issues.ts';
import type { DatasetRule } from './rule.ts';

const COLLECTIONS = ['sources', 'networks', 'periods', 'themes'] as const;

export const uniquenessRule: DatasetRule = {
  id: 'uniqueness',
  codes: ['duplicate_id', 'duplicate_theme_slug', 'duplicate_participation'],
  description: {
    fi: 'Tunnisteet ovat yksikäsitteisiä; teeman lyhytnimi on yksikäsitteinen kaudella; kunta on kauden jäsen vain kerran.',
    en: 'Ids are unique; theme slugs are unique within a period; a municipality is a member of a period once.',
  },
  check(dataset) {
    const issues: ValidationIssue[] = [];
    for (const collection of COLLECTIONS) {
      const seen = new Map<string, string>();
      dataset[collection].forEach((item, index) => {
        const first = seen.get(item.id);
        if (first)
          issues.push(
            issue('duplicate_id', pointer(collection, index, 'id'), { id: item.id, first }),
          );
        else seen.set(item.id, pointer(collection, index));
      });
    }
    const slugs = new Map<string, number>();
    dataset.themes.forEach((theme, index) => {
      const key = `${theme.periodId}\u0000${theme.slug}`;
      const first = slugs.get(key);
      if (first !== undefined) {
        issues.push(
          issue('duplicate_theme_slug', pointer('themes', index, 'slug'), {
            periodId: theme.periodId,
            slug: theme.slug,
            first: pointer('themes', first),
          }),
        );
      } else slugs.set(key, index);
    });
    // Per period, the row where each municipality first appears; pointers are built only for duplicates.
    const members = new Map<string, Map<string, number>>();
    dataset.participations.forEach((p, index) => {
      let codes = members.get(p.periodId);
      if (!codes) {
        codes = new Map();
        members.set(p.periodId, codes);
      }
      const first = codes.get(p.municipalityCode);
      if (first === undefined) codes.set(p.municipalityCode, index);
      else {
        issues.push(
          issue('duplicate_participation', pointer('participations', index, 'municipalityCode'), {
            code: p.municipalityCode,
            periodId: p.periodId,
            first: pointer('participations', first),
          }),
        );
      }
    });
    return issues;
  },
};
