import type { ValidationIssue } from './issues.ts';

export type MessageLanguage = 'fi' | 'en';

const SEVERITY = {
  fi: { error: 'virhe', warning: 'varoitus' },
  en: { error: 'error', warning: 'warning' },
} as const;

/** One line for people: `rivi 4 /participations/2/municipalityCode: virhe: … [code]`. */
export function formatIssue(issue: ValidationIssue, language: MessageLanguage = 'fi'): string {
  const where = [
    issue.line !== undefined ? `${language === 'fi' ? 'rivi' : 'line'} ${issue.line}` : '',
    issue.path || '/',
  ]
    .filter(Boolean)
    .join(' ');
  return `${where}: ${SEVERITY[language][issue.severity]}: ${issue.message[language]} [${issue.code}]`;
}
