import type { LocalizedText } from '@verkosto/core';
import { issue, pointer, type ValidationIssue } from '../issues.ts';
import type { DatasetRule } from './rule.ts';

/** Blank, overlong and control-character text is refused by the schemas; this catches what slips past a spreadsheet. */
export const textRule: DatasetRule = {
  id: 'text',
  codes: ['untrimmed_text'],
  description: {
    fi: 'Nimissä ja otsikoissa ei ole välilyöntejä alussa tai lopussa.',
    en: 'Names and titles do not start or end with white space.',
  },
  check(dataset) {
    const issues: ValidationIssue[] = [];
    const names = (collection: string, i: number, name: LocalizedText) => {
      for (const [language, value] of Object.entries(name)) {
        if (value !== undefined && value !== value.trim())
          issues.push(issue('untrimmed_text', pointer(collection, i, 'name', language)));
      }
    };
    dataset.networks.forEach((n, i) => {
      names('networks', i, n.name);
    });
    dataset.themes.forEach((t, i) => {
      names('themes', i, t.name);
    });
    dataset.periods.forEach((p, i) => {
      if (p.label !== p.label.trim())
        issues.push(issue('untrimmed_text', pointer('periods', i, 'label')));
    });
    dataset.sources.forEach((s, i) => {
      if (s.title !== s.title.trim())
        issues.push(issue('untrimmed_text', pointer('sources', i, 'title')));
    });
    return issues;
  },
};
