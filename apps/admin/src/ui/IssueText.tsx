import { useLanguage } from '../i18n.ts';
import { type FormIssue, issueText } from './issues.ts';

/**
 * An issue's message in the UI's language: the admin's own words for the codes it knows, else
 * the validation's, marked `lang="fi"` when that is only in Finnish.
 */
export function IssueText({ issue }: { issue: FormIssue }) {
  const language = useLanguage();
  const { text, lang } = issueText(issue, language);
  return lang === language ? text : <span lang={lang}>{text}</span>;
}
