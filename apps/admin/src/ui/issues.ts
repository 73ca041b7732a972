import type { Problem } from '@verkosto/client';
import type { UiLanguage } from '../i18n.ts';

/** An issue as both the browser's validation and the API's problem+json carry it. */
export interface FormIssue {
  path: string;
  severity: string;
  message: { fi: string; en: string };
}

/**
 * Where an issue belongs in a form. Entity checks give paths inside the entity (`/name/fi`);
 * dataset rules give paths inside the dataset (`/themes/12/continuesThemeId`): both point at
 * the same field once the collection and index are taken off.
 */
export function fieldPath(path: string): string {
  return path.replace(/^\/(?:networks|periods|themes|participations|sources)\/\d+(?=\/|$)/, '');
}

/** The issues about `field` (a JSON pointer such as `/name/fi`) or anything inside it. */
export function issuesAt(issues: readonly FormIssue[], field: string): FormIssue[] {
  return issues.filter((issue) => {
    const path = fieldPath(issue.path);
    return path === field || path.startsWith(`${field}/`);
  });
}

/** The issues that match none of the form's fields, to show above its buttons. */
export function otherIssues(issues: readonly FormIssue[], fields: readonly string[]): FormIssue[] {
  return issues.filter((issue) => !fields.some((field) => issuesAt([issue], field).length > 0));
}

export const messageOf = (issue: FormIssue, language: UiLanguage) => issue.message[language];

/** A problem+json answer as the issues a form shows; a problem without issues becomes one general issue. */
export function issuesOfProblem(
  problem: Partial<Problem> | undefined,
  fallback: string,
): FormIssue[] {
  if (problem?.issues?.length) return problem.issues;
  const text = problem?.detail ?? problem?.title ?? fallback;
  return [{ path: '', severity: 'error', message: { fi: text, en: text } }];
}
