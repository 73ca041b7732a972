import type { Problem } from '@verkosto/client';
import { type MessageKey, translate, type UiLanguage } from '../i18n.ts';

/** An issue as both the browser's validation and the API's problem+json carry it. */
export interface FormIssue {
  path: string;
  severity: string;
  /** The validation code (`missing_source`), when the issue came from a check. */
  code?: string;
  /** The values the message names (`{ kind: 'period' }`). */
  params?: Record<string, string | number>;
  /** @verkosto/validation's own text: Finnish and English (Swedish where it has one). */
  message: { fi: string; sv?: string; en: string };
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

/** The labels of the fields a text check can point at, by path inside the entity. */
const FIELD_LABELS: Record<string, MessageKey> = {
  '/name/fi': 'nameFi',
  '/name/sv': 'nameSv',
  '/name/en': 'nameEn',
  '/description/fi': 'descriptionFi',
  '/description/sv': 'descriptionSv',
  '/description/en': 'descriptionEn',
  '/title/fi': 'titleFi',
  '/title/sv': 'titleSv',
  '/shortName': 'shortName',
  '/organiser': 'organiser',
  '/label': 'periodLabel',
  '/borrowedFrom': 'borrowedFrom',
  '/sources': 'fieldSources',
};

/** The kinds of entity the admin edits, as the API and the audit log name them. */
export const ENTITY_KINDS = [
  'network',
  'period',
  'theme',
  'participation',
  'activity',
  'programme',
] as const;
const IS_ENTITY_KIND = new Set<string>(ENTITY_KINDS);

/**
 * The admin's own text of an issue whose code it knows, naming the field by the label the form
 * shows (not the data's field name); undefined for a code it does not know.
 */
function ownMessage(issue: FormIssue, language: UiLanguage): string | undefined {
  const params = issue.params ?? {};
  const field = FIELD_LABELS[fieldPath(issue.path).replace(/\/\d+$/, '')];
  switch (issue.code) {
    case 'missing_source': {
      const kind = String(params.kind ?? '');
      if (!IS_ENTITY_KIND.has(kind)) return undefined;
      return translate(language, 'issue_missing_source', {
        kind: translate(language, `entity_${kind}` as MessageKey),
        field: translate(language, 'fieldSources'),
      });
    }
    case 'untrimmed_text':
      return (
        field && translate(language, 'issue_untrimmed_text', { field: translate(language, field) })
      );
    case 'unknown_activity_kind':
      return params.kind === undefined
        ? undefined
        : translate(language, 'issue_unknown_activity_kind', {
            field: translate(language, 'activityKind'),
            kind: String(params.kind),
            known: String(params.known ?? ''),
          });
    default:
      return undefined;
  }
}

/**
 * An issue's text in the UI's language, and the language it is really in: the admin's own text
 * for the codes it knows, else the validation message (in Finnish where it has no Swedish).
 */
export function issueText(
  issue: FormIssue,
  language: UiLanguage,
): { text: string; lang: UiLanguage } {
  const own = ownMessage(issue, language);
  if (own !== undefined) return { text: own, lang: language };
  const given = issue.message[language];
  return given ? { text: given, lang: language } : { text: issue.message.fi, lang: 'fi' };
}

export const messageOf = (issue: FormIssue, language: UiLanguage) =>
  issueText(issue, language).text;

/** A problem+json answer as the issues a form shows; a problem without issues becomes one general issue. */
export function issuesOfProblem(
  problem: Partial<Problem> | undefined,
  fallback: string,
): FormIssue[] {
  if (problem?.issues?.length) return problem.issues;
  const text = problem?.detail ?? problem?.title ?? fallback;
  return [{ path: '', severity: 'error', message: { fi: text, en: text } }];
}
